import { describe, expect, it, vi } from 'vitest';
import { dedupeRecipients, parseAddressList, parseMailbox } from '../../lib/webmail/addresses.ts';
import { mapText, readableText, type Region } from '../../lib/webmail/text.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { classifyGmailBody } from '../../lib/webmail/gmail.ts';
import { classifyOutlookBody } from '../../lib/webmail/outlook.ts';
import { maskedStructure, onceReporter } from '../../lib/webmail/mask.ts';
import { observeSend } from '../../lib/webmail/send.ts';
import { adapterFor, hostFor } from '../../lib/webmail/detect.ts';
import { WEBMAIL_HOSTNAMES, WEBMAIL_MATCHES } from '../../lib/webmail/hosts.ts';
import type { SelectorMiss } from '../../lib/webmail/types.ts';
import { click, keydown } from './load.ts';

const html = (markup: string) => {
  const el = document.createElement('div');
  el.innerHTML = markup;
  return el;
};

describe('detect: the adapter for a location', () => {
  it.each([
    ['mail.google.com', 'gmail'],
    ['MAIL.GOOGLE.COM.', 'gmail'],
    ['outlook.office.com', 'outlook'],
    ['outlook.office365.com', 'outlook'],
    ['outlook.live.com', 'outlook'],
    ['outlook.cloud.microsoft', 'outlook'],
    ['google.com', null],
    ['mail.google.com.evil.example', null],
    ['outlook.example', null],
    ['constructor', null],
    ['', null],
  ] as const)('%s → %s', (hostname, host) => {
    expect(hostFor(hostname)).toBe(host);
    expect(adapterFor({ hostname })?.host ?? null).toBe(host);
  });

  it('matches exactly the hosts it has an adapter for', () => {
    expect(WEBMAIL_MATCHES).toEqual(Object.keys(WEBMAIL_HOSTNAMES).map((h) => `https://${h}/*`));
    expect(WEBMAIL_MATCHES).toHaveLength(5);
  });
});

describe('addresses', () => {
  it.each([
    ['Dana Whitfield <dana@northwind.example>', { address: 'dana@northwind.example', name: 'Dana Whitfield' }],
    ['"Ortiz, Ana" <ana@northwind.example>', { address: 'ana@northwind.example', name: 'Ortiz, Ana' }],
    ['<lee@northwind.example>', { address: 'lee@northwind.example', name: null }],
    ['lee@northwind.example', { address: 'lee@northwind.example', name: null }],
    ['lee@northwind.example <lee@northwind.example>', { address: 'lee@northwind.example', name: null }],
    ['Grace Liu (grace@wideworld.example)', { address: 'grace@wideworld.example', name: 'Grace Liu' }],
    ['Priya Raman', { address: null, name: 'Priya Raman' }],
    ['   ', null],
  ])('parseMailbox(%j)', (input, expected) => {
    expect(parseMailbox(input)).toEqual(expected);
  });

  it('splits typed lists on commas and semicolons outside quotes, and drops half-typed entries', () => {
    expect(parseAddressList('Morgan Lee <morgan@n.example>, "Ortiz, Ana" <ana@n.example>; lee@n.example, jor')).toEqual([
      { address: 'morgan@n.example', name: 'Morgan Lee' },
      { address: 'ana@n.example', name: 'Ortiz, Ana' },
      { address: 'lee@n.example', name: null },
    ]);
    expect(parseAddressList('')).toEqual([]);
  });

  it('keeps one entry per address and per bare name', () => {
    expect(
      dedupeRecipients([
        { address: 'A@x.example', name: null },
        { address: 'a@x.example', name: 'Ann' },
        { address: null, name: 'Bo' },
        { address: null, name: 'bo' },
        { address: null, name: null },
      ]),
    ).toEqual([
      { address: 'A@x.example', name: 'Ann' },
      { address: null, name: 'Bo' },
    ]);
  });
});

describe('readableText', () => {
  const read = (markup: string, classify: (el: Element) => Region = () => 'read') => readableText(html(markup), classify);

  it('renders blocks and <br> as line breaks and collapses white space like a browser', () => {
    expect(read('<div>Hi Jo,</div><div><br></div><div>We&#39;ll   waive\n the&nbsp;fee.</div><p>Next</p>line<br>end<br>')).toBe(
      "Hi Jo,\n\nWe'll waive the fee.\nNext\nline\nend",
    );
  });

  it('keeps pre-formatted text and leaves out hidden and non-text elements', () => {
    expect(read('<pre>a  b\nc</pre><div style="display: none">hidden</div><span hidden>x</span><style>p{}</style><div>shown</div>')).toBe(
      'a  b\nc\nshown',
    );
  });

  it('skips, drops the signature with its "-- " line, and stops at history', () => {
    const classify = (el: Element): Region =>
      el.classList.contains('q') ? 'skip' : el.classList.contains('sig') ? 'signature' : el.id === 'stop' ? 'stop' : 'read';
    expect(read('<div>Own</div><blockquote class="q">quoted</blockquote><div>more</div>-- <br><div class="sig">Sam</div>', classify)).toBe(
      'Own\nmore',
    );
    expect(read('<div>Own</div><div><div id="stop">From: x</div><div>inside</div></div><div>after</div>', classify)).toBe('Own');
    // A "-- " in the middle of the text stays.
    expect(read('<div>a</div><div>-- </div><div>b</div><div class="sig">Sam</div>', classify)).toBe('a\n--\nb');
    // The delimiter as the whole text so far, and right after a long text.
    expect(read('-- <br><div class="sig">Sam</div>', classify)).toBe('');
    expect(read(`<div>${'x'.repeat(50)}</div><div>--</div><div class="sig">Sam</div>`, classify)).toBe('x'.repeat(50));
    // "--" glued to a word is not a delimiter.
    expect(read('<div>well--</div><div class="sig">Sam</div>', classify)).toBe('well--');
  });
});

describe('readableText is the text of mapText, read without the map', () => {
  const classify = (el: Element): Region =>
    el.classList.contains('q') ? 'skip' : el.classList.contains('sig') ? 'signature' : el.id === 'stop' ? 'stop' : 'read';
  it.each([
    '<div>Hi Jo,</div><div><br></div><div>We&#39;ll   waive\n the&nbsp;fee.</div><p>Next</p>line<br>end<br>',
    '<pre>a  b \t\nc  </pre><div>  lead and trail  </div>&nbsp; x <span> y</span>',
    '\n\n<div>\n</div> <div> a </div>\n\n',
    '<div>Own</div><blockquote class="q">quoted</blockquote><div>more</div>-- <br><div class="sig">Sam</div>',
    '<div>a</div><div>-- </div><div>b</div><div class="sig">Sam</div>',
    '-- <br><div class="sig">Sam</div>',
    '<div>Own</div><div><div id="stop">From: x</div><div>inside</div></div><div>after</div>',
    '',
  ])('%j', (markup) => {
    const el = html(markup);
    expect(readableText(el, classify)).toBe(mapText(el, classify).text);
  });

  const dir = 'tests/fixtures/webmail';
  it.each(readdirSync(dir).filter((f) => f.endsWith('.html')))('%s', (file) => {
    document.body.innerHTML = readFileSync(`${dir}/${file}`, 'utf8');
    const classifyBody = file.startsWith('outlook') ? classifyOutlookBody : classifyGmailBody;
    const bodies = [...document.querySelectorAll('[contenteditable="true"], [g_editable="true"]')];
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) expect(readableText(body, classifyBody)).toBe(mapText(body, classifyBody).text);
  });
});

describe('maskedStructure', () => {
  it('masks every text node and attribute value, keeps tags, ids, classes, roles and attribute names', () => {
    const el = html(
      '<div id=":7y" class="M9 aoI" role="region" aria-label="New Message" data-hovercard-id="ann@x.example">' +
        '<span title="Ann Lee">Confidential pricing</span><input value="secret subject" name="subjectbox"></div>',
    );
    const out = maskedStructure(el);
    expect(out).toContain('div#:7y.M9.aoI[role=region] aria-label=(11) data-hovercard-id=(13)');
    expect(out).toContain('span title=(7)');
    expect(out).toContain('#text(20)');
    expect(out).toContain('input value=(14) name=(10)');
    for (const secret of ['New Message', 'ann@', 'Ann Lee', 'Confidential', 'secret', 'subjectbox']) expect(out).not.toContain(secret);
  });

  it('masks ids and classes that do not look like identifiers, and all of them inside the draft but host markers', () => {
    const el = html(
      '<div id="jo@x.example" class="has space? ok" role="made up"></div>' +
        '<div contenteditable="true" class="Am"><div class="customer-acme" id="intro">Hi</div><div class="gmail_signature">Sam</div></div>',
    );
    const out = maskedStructure(el);
    expect(out).toContain('div#(12).has.(6).ok[role=(7)]');
    expect(out).toContain('div#(5).(13)');
    expect(out).not.toContain('customer-acme');
    expect(out).not.toContain('intro');
    expect(out).toContain('div.gmail_signature');
    expect(out).toContain('div.Am contenteditable=(4)');
  });

  it('lists its ancestors as a path and masks those inside a draft', () => {
    const el = html('<section class="outer"><div contenteditable="true" class="Am"><p class="secret-name"><b>x</b></p></div></section>');
    const inner = el.querySelector('b') as Element;
    const out = maskedStructure(inner);
    expect(out.split('\n')[0]).toBe('in: div > section.outer > div.Am > p.(11)');
  });

  it('caps its size', () => {
    const el = html('<div>x</div>'.repeat(50));
    const out = maskedStructure(el, { maxNodes: 10 });
    expect(out.split('\n')).toHaveLength(11);
    expect(out).toMatch(/… \d+ more nodes$/);
  });

  it('reports each miss once, computing the structure only then', () => {
    const seen: SelectorMiss[] = [];
    const report = onceReporter('gmail', (m) => seen.push(m));
    const el = html('<div class="x">draft words</div>');
    report('body', el);
    report('body', el);
    report('subject', el);
    expect(seen.map((m) => [m.host, m.what])).toEqual([
      ['gmail', 'body'],
      ['gmail', 'subject'],
    ]);
    expect(seen[0]?.structure).not.toContain('draft');
    expect(() => onceReporter('outlook', () => {
      throw new Error('logger down');
    })('body', el)).not.toThrow();
  });
});

describe('observeSend', () => {
  const setup = (markup: string) => {
    const root = html(markup);
    document.body.append(root);
    const onSend = vi.fn();
    const off = observeSend(root, onSend, { sendButtons: () => Array.from(root.querySelectorAll('.send')) });
    return { root, onSend, off };
  };

  it('counts a keydown and the click a <button> synthesizes from it as one send', () => {
    const { root, onSend, off } = setup('<button class="send"><span>Send</span></button>');
    const button = root.querySelector('button') as Element;
    keydown(button, 'Enter');
    click(button);
    expect(onSend).toHaveBeenCalledTimes(1);
    off();
  });

  it('ignores auto-repeat, IME composition, Alt/Shift combinations and disabled buttons', () => {
    const { root, onSend, off } = setup('<div class="send" role="button" aria-disabled="true">Send</div><div contenteditable="true" id="b"></div>');
    const body = root.querySelector('#b') as Element;
    keydown(body, 'Enter', { ctrlKey: true, repeat: true });
    keydown(body, 'Enter', { ctrlKey: true, isComposing: true });
    keydown(body, 'Enter', { ctrlKey: true, altKey: true });
    keydown(body, 'Enter', { ctrlKey: true, shiftKey: true });
    click(root.querySelector('.send') as Element);
    expect(onSend).not.toHaveBeenCalled();
    off();
  });

  it('never lets a listener error reach the page', () => {
    const root = html('<div class="send" role="button">Send</div>');
    const onError = vi.fn();
    const off = observeSend(root, () => undefined, {
      sendButtons: () => {
        throw new Error('lookup failed');
      },
      onError,
    });
    expect(() => click(root.querySelector('.send') as Element)).not.toThrow();
    expect(onError).toHaveBeenCalledTimes(1);
    off();
  });
});
