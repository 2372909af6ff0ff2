import { describe, expect, it, vi } from 'vitest';
import type { ComposeHandle, ComposeState, Recipients, SelectorMiss, WebmailAdapter } from '../../lib/webmail/types.ts';
import { createGmailAdapter } from '../../lib/webmail/gmail.ts';
import { createOutlookAdapter } from '../../lib/webmail/outlook.ts';
import { maskedStructure } from '../../lib/webmail/mask.ts';
import { click, keydown, loadFixture } from './load.ts';

/**
 * Fixture → expected drafts. Each fixture is a dated, invented-people page
 * reproducing one host state (see the comment at the top of each file).
 */

interface ExpectedCompose {
  state: ComposeState;
  subject: string;
  threadId: string | null;
  recipients: Recipients;
  ownText: string;
  /** Text on the page (quoted gives, the signature link) that must stay out of `ownText`. */
  excluded: string[];
}

interface FixtureCase {
  fixture: string;
  host: 'gmail' | 'outlook';
  composes: ExpectedCompose[];
}

const r = (address: string | null, name: string | null = null) => ({ address, name });

const CASES: FixtureCase[] = [
  {
    fixture: 'gmail-2020-10-new-message.html',
    host: 'gmail',
    composes: [
      {
        state: 'dialog',
        subject: 'Northwind pilot: next steps',
        threadId: 'thread-a:r-8125539021184470017',
        recipients: {
          // a classic chip (.vR + hidden input) and an address typed but not yet a chip
          to: [r('dana.whitfield@northwind.example', 'Dana Whitfield'), r('lee.chen@northwind.example')],
          // a comma-separated list left in the classic textarea, one name with a comma
          cc: [r('morgan.lee@northwind.example', 'Morgan Lee'), r('ana.ortiz@northwind.example', 'Ortiz, Ana')],
          bcc: [],
        },
        ownText:
          'Hi Dana,\n\nThanks for the walkthrough on Tuesday. To keep things moving, I can extend your trial by 30 days at no cost.\n\n' +
          'Could you set up a call with your CFO next week so we can review the order form together?\n\nBest,\nSam',
        excluded: ['Book a demo', 'Account Executive', '-- '],
      },
    ],
  },
  {
    fixture: 'gmail-2026-07-new-message-chips.html',
    host: 'gmail',
    composes: [
      {
        state: 'dialog',
        subject: 'Fabrikam rollout: pricing options',
        threadId: 'thread-a:r-2290384756120938475',
        recipients: {
          to: [
            r('priya.raman@fabrikam.example', 'Priya Raman'),
            r('procurement@fabrikam.example'), // data-name only repeats the address
            r('jordan.blake@fabrikam.example'), // typed, not yet a chip
          ],
          cc: [r('ken.adams@fabrikam.example', 'Ken Adams')],
          bcc: [],
        },
        ownText:
          'Hi Priya,\n\nGreat speaking with you and Ken. I can offer a 15% discount on the annual plan if that helps the budget conversation.\n\n' +
          'Who else should be on the call when we walk through the contract?\n\nThanks,\nSam',
        excluded: ['Book a demo', '+1 415 555 0134', '-- '],
      },
    ],
  },
  {
    fixture: 'gmail-2026-07-inline-reply.html',
    host: 'gmail',
    composes: [
      {
        state: 'inline',
        subject: 'Re: Pilot timeline for Fabrikam',
        threadId: 'thread-f:1837465029384756102',
        recipients: { to: [r('priya.raman@fabrikam.example', 'Priya Raman')], cc: [], bcc: [] },
        ownText: 'Hi Priya,\n\nConfirmed on the fee. In return, could you share the pilot success criteria by Friday?\n\nBest,\nSam',
        excluded: ['We will waive the onboarding fee', 'second training session free of charge', 'wrote:', 'Book a demo'],
      },
    ],
  },
  {
    fixture: 'gmail-2026-07-forward.html',
    host: 'gmail',
    composes: [
      {
        state: 'inline',
        subject: 'Fwd: Pilot timeline for Fabrikam',
        threadId: 'thread-f:1837465029384756102',
        recipients: {
          to: [r('dana.whitfield@brightloom.example', 'Dana Whitfield'), r('legal@brightloom.example', 'Legal Team')],
          cc: [],
          bcc: [],
        },
        ownText: 'Dana, can you check whether finance would approve this before I answer?\n\nSam',
        excluded: ['three extra months at the current price', 'Forwarded message', 'Book a demo'],
      },
    ],
  },
  {
    fixture: 'gmail-2026-07-two-composes.html',
    host: 'gmail',
    composes: [
      {
        state: 'dialog',
        subject: 'Contoso renewal',
        threadId: 'thread-a:r-1029384756473829101',
        recipients: { to: [r('lena.fischer@contoso.example', 'Lena Fischer')], cc: [], bcc: [] },
        ownText: 'Hi Lena,\n\nI can waive the implementation fee for the renewal.\n\nBest,\nSam',
        excluded: ['Book a demo', 'Tailspin', 'Would Thursday work'],
      },
      {
        state: 'dialog',
        subject: 'Intro: Brightloom x Tailspin',
        threadId: 'thread-a:r-5566778899001122334',
        // chips without role=option/data-name: the name is the chip's text
        recipients: { to: [r('omar.haddad@tailspin.example', 'Omar Haddad')], cc: [], bcc: [r('crm@brightloom.example')] },
        ownText: 'Hi Omar,\n\nWould Thursday work for a 20-minute intro with your operations lead?\n\nSam',
        excluded: ['waive the implementation fee', 'Hi Lena'],
      },
    ],
  },
  {
    fixture: 'gmail-2026-07-fullscreen.html',
    host: 'gmail',
    composes: [
      {
        state: 'fullscreen',
        subject: 'Proposal for Wide World Importers',
        threadId: 'thread-a:r-1122334455667788990',
        recipients: {
          to: [r('grace.liu@wideworld.example', 'Grace Liu')],
          cc: [r('finance@wideworld.example')],
          bcc: [r('deals@brightloom.example', 'Brightloom Deals')],
        },
        ownText:
          'Hi Grace,\n\nAttached is the proposal. We can include onboarding for up to 50 seats at no extra cost, provided we can announce ' +
          'Wide World Importers as a customer.\n\nKind regards,\nSam',
        excluded: ['Book a demo'],
      },
    ],
  },
  {
    fixture: 'gmail-2026-07-popout.html',
    host: 'gmail',
    composes: [
      {
        state: 'popout',
        subject: 'Follow-up: security review',
        threadId: 'thread-a:r-6677889900112233445',
        recipients: { to: [r('noah.brooks@adventure-works.example', 'Noah Brooks')], cc: [], bcc: [] },
        ownText:
          'Hi Noah,\n\nHappy to send our SOC 2 report and the pen-test summary.\n' +
          'Once your team has reviewed them, could we get a decision date on the calendar?\n\nSam',
        excluded: ['Book a demo'],
      },
    ],
  },
  {
    fixture: 'outlook-2026-07-reading-pane-reply.html',
    host: 'outlook',
    composes: [
      {
        state: 'reading-pane',
        subject: 'Pilot timeline for Fabrikam',
        threadId: 'AAQkAGI2ZmFicmlrYW0tcGlsb3QtdGltZWxpbmUAEABwaWxvdF90aW1lbGluZQ==',
        // the chip shows only the display name; the Cc chip only the address
        recipients: { to: [r(null, 'Priya Raman')], cc: [r('ken.adams@fabrikam.example')], bcc: [] },
        ownText: 'Hi Priya,\n\nYes, we can hold the 2025 price. Could you confirm the signing date so I can reserve it?\n\nBest,\nSam',
        excluded: ['20% discount', 'premium support at no extra cost', 'From:', 'Book a demo'],
      },
    ],
  },
  {
    fixture: 'outlook-2026-07-new-message.html',
    host: 'outlook',
    composes: [
      {
        state: 'reading-pane',
        subject: 'Pilot extension for Fabrikam',
        // a conversation is selected in the list, but a new message belongs to none yet
        threadId: null,
        recipients: {
          to: [r(null, 'Priya Raman'), r('ken.adams@fabrikam.example', 'Ken Adams'), r('ops@contoso.example')],
          cc: [r('lena.fischer@contoso.example', 'Lena Fischer')],
          bcc: [r(null, 'Brightloom Deals')],
        },
        ownText:
          'Hi Priya,\n\nAs promised, we can extend the pilot by two weeks free of charge so your team can finish testing.\n\n' +
          'Could you introduce me to whoever signs off on the budget?\n\nThanks,\nSam',
        excluded: ['Book a demo', 'Account Executive'],
      },
    ],
  },
  {
    fixture: 'outlook-2026-07-popout.html',
    host: 'outlook',
    composes: [
      {
        state: 'popout',
        subject: 'RE: Contract timing',
        threadId: null,
        recipients: { to: [r('grace.liu@wideworld.example', 'Grace Liu')], cc: [r(null, 'Finance Team')], bcc: [] },
        ownText: 'Hi Grace,\n\nThe contract is attached. If you sign by Friday, I can lock in the current rate for two years.\n\nSam',
        excluded: ['analytics add-on for free', 'We need the contract', 'From:', 'Book a demo'],
      },
    ],
  },
];

/** Where each fixture's Send button, its menu half, and (inline replies) Send & Archive sit; only the tests need this. */
const CONTROLS = {
  gmail: { send: 'div.T-I.aoO[role=button]', menu: 'div.hG[role=button]', sendAndArchive: 'div.Uo[role=button]' },
  outlook: { send: '.fui-SplitButton__primaryActionButton', menu: '.fui-SplitButton__menuButton', sendAndArchive: null },
} as const;

function adapterFor(host: 'gmail' | 'outlook', misses: SelectorMiss[] = [], url?: string): WebmailAdapter {
  const options = { report: (m: SelectorMiss) => misses.push(m), url: () => url ?? '' };
  return host === 'gmail' ? createGmailAdapter(options) : createOutlookAdapter(options);
}

function composesOf(c: FixtureCase, misses: SelectorMiss[] = []): { doc: Document; composes: ComposeHandle[] } {
  const doc = loadFixture(c.fixture);
  return { doc, composes: adapterFor(c.host, misses).findComposes(doc) };
}

describe.each(CASES)('$fixture', (c) => {
  it(`finds ${c.composes.length} compose(s) without reporting a miss`, () => {
    const misses: SelectorMiss[] = [];
    const { composes } = composesOf(c, misses);
    expect(composes).toHaveLength(c.composes.length);
    for (const compose of composes) {
      expect(compose.host).toBe(c.host);
      expect(compose.body()).not.toBeNull();
      compose.recipients();
      compose.subject();
      compose.onSend(() => {})();
    }
    expect(misses).toEqual([]);
  });

  describe.each(c.composes.map((expected, index) => ({ expected, index })))('compose $index', ({ expected, index }) => {
    const compose = () => {
      const found = composesOf(c).composes[index];
      if (!found) throw new Error(`compose ${index} not found`);
      return found;
    };

    it('reads state, subject and thread id', () => {
      const h = compose();
      expect(h.state()).toBe(expected.state);
      expect(h.subject()).toBe(expected.subject);
      expect(h.threadId()).toBe(expected.threadId);
    });

    it("reads the rep's own address where the page shows it", () => {
      // Every Gmail fixture is signed in as Sam (alias input or title); Outlook shows it only with the From field open.
      expect(compose().sender()).toBe(c.host === 'gmail' ? 'sam.okafor@brightloom.example' : null);
    });

    it('reads To, Cc and Bcc with addresses and names', () => {
      expect(compose().recipients()).toEqual(expected.recipients);
    });

    it("reads the rep's own text, without quoted history or signature", () => {
      const h = compose();
      const text = h.ownText();
      expect(text).toBe(expected.ownText);
      const page = h.root.ownerDocument.body.textContent ?? '';
      for (const left of expected.excluded) {
        if (left !== '-- ') expect(page, `the fixture shows "${left}"`).toContain(left);
        expect(text).not.toContain(left);
      }
    });

    it('reports a click on Send exactly once', () => {
      const h = compose();
      const button = h.root.querySelector(CONTROLS[c.host].send);
      expect(button).not.toBeNull();
      const onSend = vi.fn();
      const off = h.onSend(onSend);
      const event = click(button?.firstElementChild ?? (button as Element));
      expect(onSend).toHaveBeenCalledTimes(1);
      expect(onSend).toHaveBeenCalledWith({ trigger: 'click' });
      expect(event.defaultPrevented).toBe(false);
      off();
    });

    it('reports Enter and Space on the focused Send button once each', () => {
      const h = compose();
      const button = h.root.querySelector(CONTROLS[c.host].send) as HTMLElement;
      for (const key of ['Enter', ' ']) {
        const onSend = vi.fn();
        const off = h.onSend(onSend);
        const event = keydown(button, key);
        // A real <button> also fires a click for Enter/Space: still one send.
        if (button.tagName === 'BUTTON') click(button);
        expect(onSend, key).toHaveBeenCalledTimes(1);
        expect(onSend).toHaveBeenCalledWith({ trigger: 'key' });
        expect(event.defaultPrevented).toBe(false);
        off();
      }
    });

    it('reports Ctrl+Enter and ⌘+Enter in the body, not a plain Enter', () => {
      const h = compose();
      const body = h.body() as HTMLElement;
      for (const init of [{ ctrlKey: true }, { metaKey: true }]) {
        const onSend = vi.fn();
        const off = h.onSend(onSend);
        const event = keydown(body, 'Enter', init);
        expect(onSend).toHaveBeenCalledTimes(1);
        expect(onSend).toHaveBeenCalledWith({ trigger: 'shortcut' });
        expect(event.defaultPrevented).toBe(false);
        off();
      }
      const onSend = vi.fn();
      const off = h.onSend(onSend);
      keydown(body, 'Enter');
      keydown(body, 'Enter', { shiftKey: true });
      keydown(body, ' ');
      click(body);
      expect(onSend).not.toHaveBeenCalled();
      off();
    });

    it('ignores the send menu, and stops after unsubscribing', () => {
      const h = compose();
      const onSend = vi.fn();
      const off = h.onSend(onSend);
      const menu = h.root.querySelector(CONTROLS[c.host].menu);
      expect(menu).not.toBeNull();
      click(menu as Element);
      keydown(menu as Element, 'Enter');
      expect(onSend).not.toHaveBeenCalled();
      off();
      off();
      click(h.root.querySelector(CONTROLS[c.host].send) as Element);
      keydown(h.body() as Element, 'Enter', { ctrlKey: true });
      expect(onSend).not.toHaveBeenCalled();
    });

    it('lets the event reach the page unchanged, even when the callback throws', () => {
      const h = compose();
      const pageListener = vi.fn();
      h.root.ownerDocument.addEventListener('click', pageListener);
      const off = h.onSend(() => {
        throw new Error('boom');
      });
      expect(() => click(h.root.querySelector(CONTROLS[c.host].send) as Element)).not.toThrow();
      expect(pageListener).toHaveBeenCalledTimes(1);
      off();
    });
  });
});

describe('several composes at once', () => {
  const twoComposes = CASES.find((c) => c.fixture === 'gmail-2026-07-two-composes.html') as FixtureCase;

  it('keeps each compose to its own send', () => {
    const { composes } = composesOf(twoComposes);
    const [a, b] = composes as [ComposeHandle, ComposeHandle];
    const sentA = vi.fn();
    const sentB = vi.fn();
    const offA = a.onSend(sentA);
    const offB = b.onSend(sentB);
    click(b.root.querySelector(CONTROLS.gmail.send) as Element);
    expect(sentA).not.toHaveBeenCalled();
    expect(sentB).toHaveBeenCalledTimes(1);
    keydown(a.body() as Element, 'Enter', { ctrlKey: true });
    expect(sentA).toHaveBeenCalledTimes(1);
    expect(sentB).toHaveBeenCalledTimes(1);
    offA();
    offB();
  });

  it('finds the same composes from any ancestor, and one from its own root', () => {
    const { doc, composes } = composesOf(twoComposes);
    const adapter = adapterFor('gmail');
    expect(adapter.findComposes(doc.body).map((h) => h.root)).toEqual(composes.map((h) => h.root));
    const first = composes[0] as ComposeHandle;
    expect(adapter.findComposes(first.root).map((h) => h.root)).toEqual([first.root]);
  });

  it.each(CASES)('$fixture: finds the compose a subtree inside it belongs to', (c) => {
    const { composes } = composesOf(c);
    const adapter = adapterFor(c.host);
    for (const h of composes) {
      const inside = (h.body() as HTMLElement).firstElementChild as Element;
      expect(adapter.findComposes(inside).map((x) => x.root)).toEqual([h.root]);
    }
  });

  it('reports Send & Archive in an inline reply as a send', () => {
    const c = CASES.find((x) => x.fixture === 'gmail-2026-07-inline-reply.html') as FixtureCase;
    const h = composesOf(c).composes[0] as ComposeHandle;
    const onSend = vi.fn();
    const off = h.onSend(onSend);
    click(h.root.querySelector(CONTROLS.gmail.sendAndArchive) as Element);
    expect(onSend).toHaveBeenCalledWith({ trigger: 'click' });
    off();
  });
});

describe('reading live values', () => {
  it('reads what the rep types now, not what the page was loaded with', () => {
    const c = CASES.find((x) => x.fixture === 'gmail-2026-07-new-message-chips.html') as FixtureCase;
    const h = composesOf(c).composes[0] as ComposeHandle;
    (h.root.querySelector('input[name=subjectbox]') as HTMLInputElement).value = 'Updated subject';
    (h.root.querySelector('div[name=cc] input[peoplekit-id]') as HTMLInputElement).value = 'Ana <ana@fabrikam.example>, an';
    const body = h.body() as HTMLElement;
    body.innerHTML = '<div>One line</div><div>two&nbsp; spaced<br>three</div>';
    expect(h.subject()).toBe('Updated subject');
    expect(h.recipients().cc).toEqual([r('ken.adams@fabrikam.example', 'Ken Adams'), r('ana@fabrikam.example', 'Ana')]);
    expect(h.ownText()).toBe('One line\ntwo  spaced\nthree');
  });

  it('takes an old-style hex thread id from the URL when the compose has none (Gmail)', () => {
    const doc = loadFixture('gmail-2026-07-new-message-chips.html');
    for (const input of Array.from(doc.querySelectorAll('input[name=rt], input[name=lts]'))) input.remove();
    const withHex = adapterFor('gmail', [], 'https://mail.google.com/mail/u/0/#inbox/17a2b3c4d5e6f708').findComposes(doc);
    expect(withHex[0]?.threadId()).toBe('17a2b3c4d5e6f708');
    const withToken = adapterFor('gmail', [], 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmqhbqKWwTDdKxYuQzvb').findComposes(doc);
    expect(withToken[0]?.threadId()).toBeNull();
  });

  it('takes the conversation from the list’s active row when no row is marked selected (Outlook)', () => {
    const doc = loadFixture('outlook-2026-07-reading-pane-reply.html');
    for (const row of Array.from(doc.querySelectorAll('[aria-selected]'))) row.removeAttribute('aria-selected');
    const h = adapterFor('outlook').findComposes(doc)[0];
    expect(h?.threadId()).toBe('AAQkAGI2ZmFicmlrYW0tcGlsb3QtdGltZWxpbmUAEABwaWxvdF90aW1lbGluZQ==');
  });
});

describe('when the layout changes', () => {
  const strip = (doc: Document, selector: string, attrs: string[]) => {
    for (const el of Array.from(doc.querySelectorAll(selector))) for (const a of attrs) el.removeAttribute(a);
  };

  it.each(CASES)('$fixture: no hooks left → zero composes, no throw, no report', (c) => {
    const doc = loadFixture(c.fixture);
    strip(doc, '*', ['class', 'role', 'g_editable', 'aria-multiline', 'textprediction', 'id', 'data-testid', 'data-app-section', 'name']);
    const misses: SelectorMiss[] = [];
    expect(adapterFor(c.host, misses).findComposes(doc)).toEqual([]);
  });

  it('Gmail: a compose whose body selector stopped matching is skipped and reported, masked', () => {
    const doc = loadFixture('gmail-2026-07-two-composes.html');
    const firstBody = doc.querySelector('[g_editable=true]') as HTMLElement;
    for (const a of ['g_editable', 'class', 'role', 'aria-multiline']) firstBody.removeAttribute(a);
    const misses: SelectorMiss[] = [];
    const composes = adapterFor('gmail', misses).findComposes(doc);
    expect(composes.map((h) => h.subject())).toEqual(['Intro: Brightloom x Tailspin']);
    expect(misses.map((m) => m.what)).toEqual(['body']);
    const structure = misses[0]?.structure ?? '';
    expect(structure).toContain('div.M9');
    expect(structure).not.toContain('waive');
    expect(structure).not.toContain('@');
    expect(structure).not.toContain('Contoso renewal');
  });

  it('Gmail: missing recipients, subject, ids and Send degrade to empty values and one report each', () => {
    const doc = loadFixture('gmail-2026-07-new-message-chips.html');
    for (const el of Array.from(doc.querySelectorAll('table.GS, input[name], .IZ'))) el.remove();
    const misses: SelectorMiss[] = [];
    const [h] = adapterFor('gmail', misses).findComposes(doc);
    expect(h).toBeDefined();
    const handle = h as ComposeHandle;
    for (let i = 0; i < 3; i++) {
      expect(handle.recipients()).toEqual({ to: [], cc: [], bcc: [] });
      expect(handle.subject()).toBe('');
      expect(handle.threadId()).toBeNull();
    }
    expect(handle.ownText()).toContain('15% discount');
    const onSend = vi.fn();
    const off = handle.onSend(onSend);
    keydown(handle.body() as Element, 'Enter', { ctrlKey: true });
    expect(onSend).toHaveBeenCalledTimes(1);
    off();
    expect(misses.map((m) => m.what).sort()).toEqual(['recipientRow', 'sendButton', 'subject']);
  });

  it('Outlook: without a Send button the compose falls back to the window scope and reports it', () => {
    const doc = loadFixture('outlook-2026-07-new-message.html');
    doc.querySelector('[data-testid="ComposeSendButton"]')?.remove();
    const misses: SelectorMiss[] = [];
    const composes = adapterFor('outlook', misses).findComposes(doc);
    expect(composes).toHaveLength(1);
    expect(composes[0]?.root.getAttribute('role')).toBe('main');
    expect(composes[0]?.subject()).toBe('Pilot extension for Fabrikam');
    expect(misses.map((m) => m.what)).toEqual(['sendButton']);
  });

  it('Outlook: wells that stopped matching give empty recipients and one report', () => {
    const doc = loadFixture('outlook-2026-07-popout.html');
    strip(doc, '[aria-label="To"], [aria-label="Cc"]', ['contenteditable', 'role']);
    const misses: SelectorMiss[] = [];
    const h = adapterFor('outlook', misses).findComposes(doc)[0] as ComposeHandle;
    expect(h.recipients()).toEqual({ to: [], cc: [], bcc: [] });
    expect(h.recipients()).toEqual({ to: [], cc: [], bcc: [] });
    expect(misses.map((m) => m.what)).toEqual(['recipientWell']);
    expect(misses[0]?.structure).not.toContain('Grace');
  });

  it.each(CASES)('$fixture: a compose torn down under the handle returns empty values', (c) => {
    const { composes } = composesOf(c);
    for (const h of composes) {
      h.root.innerHTML = '';
      h.root.remove();
      expect(h.body()).toBeNull();
      expect(h.ownText()).toBe('');
      expect(h.recipients()).toEqual({ to: [], cc: [], bcc: [] });
      expect(h.subject()).toBe('');
      expect(() => h.threadId()).not.toThrow();
      expect(() => h.state()).not.toThrow();
    }
  });

  it.each(CASES)('$fixture: a DOM that throws on every query never throws out of the adapter', (c) => {
    const doc = loadFixture(c.fixture);
    const h = adapterFor(c.host).findComposes(doc)[0] as ComposeHandle;
    const boom = () => {
      throw new Error('hostile DOM');
    };
    const el = h.root as unknown as Record<string, unknown>;
    for (const method of ['querySelector', 'querySelectorAll', 'closest', 'matches', 'addEventListener']) el[method] = boom;
    expect(h.body()).toBeNull();
    expect(h.ownText()).toBe('');
    expect(h.recipients()).toEqual({ to: [], cc: [], bcc: [] });
    expect(typeof h.subject()).toBe('string');
    expect(() => h.threadId()).not.toThrow();
    expect(() => h.state()).not.toThrow();
    expect(() => h.onSend(() => {})()).not.toThrow();
    const throwing = { querySelectorAll: boom, querySelector: boom } as unknown as ParentNode;
    expect(adapterFor(c.host).findComposes(throwing)).toEqual([]);
  });
});

describe('maskedStructure of every compose', () => {
  /** Words of the draft, the subject and the recipients that a log must never contain. */
  function secrets(h: ComposeHandle): string[] {
    const rec = h.recipients();
    const people = [...rec.to, ...rec.cc, ...rec.bcc].flatMap((p) => [p.address ?? '', p.name ?? '']);
    const texts = [h.root.textContent ?? '', h.subject(), ...people];
    const words = new Set(texts.flatMap((t) => t.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 5));
    // Words that are also tag or attribute names in the outline are not a leak.
    for (const name of ['table', 'tbody', 'input', 'button', 'title', 'style']) words.delete(name);
    return [...words];
  }

  it.each(CASES)('$fixture: shows the structure and none of the text', (c) => {
    const { composes } = composesOf(c);
    for (const h of composes) {
      const out = maskedStructure(h.root);
      expect(out.split('\n').length).toBeGreaterThan(20);
      expect(out).toMatch(/#text\(\d+\)/);
      expect(out).not.toContain('@');
      for (const word of secrets(h)) expect(out, word).not.toMatch(new RegExp(`(^|[^\\p{L}\\p{N}_])${word}([^\\p{L}\\p{N}_]|$)`, 'u'));
      // Hooks stay readable: the body's attribute names, and the quote/signature markers inside the draft.
      expect(out).toMatch(c.host === 'gmail' ? /g_editable=\(4\)/ : /aria-multiline=\(4\)/);
      if (c.host === 'gmail' && !c.fixture.includes('two-composes') && !c.fixture.includes('2020')) {
        expect(out).toContain('.gmail_signature');
      }
    }
  });
});
