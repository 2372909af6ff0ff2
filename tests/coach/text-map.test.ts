import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/engine/analyze.ts';
import { adapterFor } from '../../lib/webmail/detect.ts';
import { readableText } from '../../lib/webmail/text.ts';
import { CLASSIFY, mapText, positionAfter, positionBefore, rangeFor } from '../../lib/coach/text-map.ts';
import { loadFixture } from '../webmail/load.ts';

const FIXTURES = readdirSync(join(import.meta.dirname, '../fixtures/webmail')).filter((f) => f.endsWith('.html'));

// The test window's own document: happy-dom's Range misbehaves in documents made by DOMParser.
function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

describe('mapText agrees with the adapters', () => {
  it.each(FIXTURES)('%s: the mapped text is ownText() for every compose', (fixture) => {
    const host = fixture.startsWith('outlook') ? 'outlook' : 'gmail';
    const doc = loadFixture(fixture);
    const adapter = adapterFor({ hostname: host === 'gmail' ? 'mail.google.com' : 'outlook.office.com' }, { report: () => undefined });
    const composes = adapter?.findComposes(doc) ?? [];
    expect(composes.length).toBeGreaterThan(0);
    for (const compose of composes) {
      const el = compose.body();
      if (!el) throw new Error('no body');
      const map = mapText(el, CLASSIFY[host]);
      expect(map.text).toBe(compose.ownText());
      expect(map.nodes).toHaveLength(map.text.length);
      // Every character that comes from a text node is that node's character there (no-break spaces read as spaces).
      map.text.split('').forEach((ch, i) => {
        const node = map.nodes[i];
        if (!node) return expect(ch).toBe('\n');
        const source = (node.nodeValue ?? '')[map.offsets[i] ?? 0] ?? '';
        expect(/\s/.test(ch) ? /\s/.test(source) : source === ch).toBe(true);
      });
    }
  });

  const tricky: [string, string][] = [
    ['white space runs and a no-break space next to a space', '<div>  Hi \u00a0 there,\n  Priya </div><div>next</div>'],
    ['br and nested blocks', 'one<br>two<div><div>three</div></div><p>four</p>'],
    ['pre keeps its spaces', '<pre>a   b\n  c</pre>after'],
    ['hidden and script content', 'shown<span style="display:none">hidden</span><script>x</script><div hidden>no</div>'],
    ['a "-- " delimiter before the signature', '<div>text</div><div>-- </div><div class="gmail_signature">Sam</div>'],
    ['trailing blanks at line ends', '<div>a   </div><div> b </div><br><br>'],
    ['a quote in the middle', '<div>before</div><blockquote>quoted</blockquote><div>after</div>'],
  ];
  it.each(tricky)('%s', (_name, html) => {
    const el = body(html);
    expect(mapText(el, CLASSIFY.gmail).text).toBe(readableText(el, CLASSIFY.gmail));
    expect(mapText(el, CLASSIFY.outlook).text).toBe(readableText(el, CLASSIFY.outlook));
  });
});

describe('ranges and positions', () => {
  const el = body('<div>Hi Priya,</div><div><br></div><div>Thanks for the call. I can take <b>15% off</b> the first year.</div><div>Sam</div>');
  const map = mapText(el, CLASSIFY.gmail);

  it("turns a give's sentence into a Range over exactly that sentence", () => {
    const analysis = analyze(map.text, { format: 'text' });
    const give = analysis.gives[0];
    if (!give) throw new Error('expected a give');
    const range = rangeFor(map, give.sentence.start, give.sentence.end);
    expect(range?.toString()).toBe('I can take 15% off the first year.');
    // Spanning the <b>: from the div's text node to the one after the <b>.
    expect(range?.startContainer).not.toBe(range?.endContainer);
  });

  it('puts the position after a span right behind its last character', () => {
    const end = map.text.indexOf('year.') + 'year.'.length;
    const at = positionAfter(map, end);
    expect(at?.node.nodeValue?.slice(0, at.offset)).toBe(' the first year.');
  });

  it('steps over the line breaks Quid added', () => {
    const lineBreak = map.text.indexOf('\n');
    expect(map.nodes[lineBreak]).toBeNull();
    expect(positionBefore(map, lineBreak)?.node.nodeValue).toBe('Thanks for the call. I can take ');
    expect(positionAfter(map, lineBreak + 1)?.node.nodeValue).toBe('Hi Priya,');
  });

  it('gives no range for an empty or out-of-text span', () => {
    expect(rangeFor(map, 3, 3)).toBeNull();
    expect(rangeFor(map, map.text.length + 5, map.text.length + 9)).toBeNull();
    expect(rangeFor(mapText(body(''), CLASSIFY.gmail), 0, 1)).toBeNull();
  });
});
