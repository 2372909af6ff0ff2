import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml } from '../../lib/engine/html-to-text.ts';

describe('htmlToText', () => {
  it('renders blocks and breaks as lines and decodes entities', () => {
    const { text } = htmlToText('<div dir="ltr">Hi Jo,<div><br></div><div>We&#39;ll waive the&nbsp;fee &amp; more.</div></div>');
    expect(text).toBe("Hi Jo,\n\nWe'll waive the fee & more.\n");
  });

  it('marks Gmail quote and signature as excluded', () => {
    const html =
      '<div dir="ltr">I can take 10% off.<br clear="all"><div><br></div>-- <br><div dir="ltr" class="gmail_signature">Sam<br>Book a demo</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Jane wrote:<br></div><blockquote class="gmail_quote">Can you do 20% off?</blockquote></div>';
    const { text, excluded } = htmlToText(html);
    const kept = excluded.reduce((s, e) => s.replace(text.slice(e.start, e.end), ''), text);
    expect(kept).toContain('I can take 10% off.');
    expect(kept).not.toContain('Book a demo');
    expect(kept).not.toContain('20% off');
    expect(excluded.map((e) => e.reason).sort()).toEqual(['quote', 'signature']);
  });

  it('excludes everything from Outlook\'s reply header on', () => {
    const html = '<div>Net 60 works for us.</div><hr><div id="divRplyFwdMsg"><b>From:</b> Jane</div><div>Can you do net 90?</div>';
    const { text, excluded } = htmlToText(html);
    expect(excluded).toHaveLength(1);
    expect(text.slice(0, excluded[0]?.start).trim()).toBe('Net 60 works for us.');
  });

  it('ignores script and style content', () => {
    const { text } = htmlToText('<p>Hello</p><script>alert("I can take 50% off")</script><style>p{}</style>');
    expect(text.trim()).toBe('Hello');
  });

  it('survives malformed markup', () => {
    expect(() => htmlToText('<div><p>Unclosed <b>bold<div></span>text')).not.toThrow();
    expect(htmlToText('<div><p>Unclosed <b>bold<div></span>text').text).toContain('text');
  });

  it('tells markup from prose', () => {
    expect(looksLikeHtml('<div>Hi</div>')).toBe(true);
    expect(looksLikeHtml('If x < 3 and y > 2, we can talk.')).toBe(false);
  });
});
