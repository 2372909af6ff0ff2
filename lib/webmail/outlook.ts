import type {
  AdapterOptions,
  ComposeHandle,
  ComposeState,
  Recipient,
  Recipients,
  SelectorTable,
  WebmailAdapter,
} from './types.ts';
import {
  closestOf,
  fieldValue,
  isElement,
  matchesAny,
  outermost,
  queryAllFirst,
  queryFirst,
  queryUnion,
  safely,
} from './dom.ts';
import { addressInAttributes, addressInText, dedupeRecipients, findAddress, parseAddressList, parseMailbox, withoutEcho } from './addresses.ts';
import { readableText, type Region } from './text.ts';
import { observeSend } from './send.ts';
import { onceReporter } from './mask.ts';

/**
 * Outlook on the web (outlook.office.com, outlook.office365.com,
 * outlook.live.com, outlook.cloud.microsoft). Its class names are hashed and
 * change every few months, so this table leans on roles, aria state,
 * `data-testid` / `data-app-section` and the editor's structure. Sources are
 * the keys of ../shared/notes/webmail-dom.md (§2): BRK-o = Briskine's Outlook
 * plugin (its history gives the dates), TGL = Toggl, TM = TMetric, OWS =
 * outlook-web-skill, CUC/MNY = automation scripts, EVI = evicypher; WDX =
 * fperezdev/wd-extension-poc (found while building this file). "Sent mail"
 * means the HTML OWA produces, as seen in public mailing-list archives.
 */
export const OUTLOOK = {
  /** The editable body. */
  body: [
    '[contenteditable=true][aria-multiline=true]', // 2023–2026: the one multi-line editable (BRK-o spec picks [aria-multiline])
    'div[id^="editorParent_"][contenteditable=true]', // body id editorParent_N (public automation scripts)
    '[contenteditable=true][textprediction]', // the body's text-prediction attribute (BRK-o commit a58b6af1)
  ],
  /** Send; the compose root is the smallest ancestor of the body that holds one. */
  sendButton: [
    '[data-testid="ComposeSendButton"]', // 2023–2026: wrapper of the Send split button (TGL)
    'button[name="Send"]', // before 2023 (TGL PR #2154)
    'button[title^="Send"]', // English UI: "Send (Ctrl+Enter)" (CUC)
    '[role=button][aria-label="Send"], button[aria-label="Send"]', // English UI (MNY)
  ],
  /** Where the climb from the body stops: the window's compose scope. */
  composeBoundary: [
    '[data-app-section="Form_Content"]', // the popped-out compose window (BRK-o getParent)
    '[role=main]', // the main window (BRK-o getParent, MV)
  ],
  /** Recipient wells To, Cc, Bcc (in that order unless labelled); the first generation that matches wins. */
  recipientWell: [
    '[contenteditable=true]:not([aria-multiline=true])', // 2026-03: every editable but the body (BRK-o 1839856c)
    '[role=presentation][contenteditable]', // 2025-10 (BRK-o 43897bc6)
    '[role=textbox]:not([dir])', // 2024-06 (BRK-o 2d6cd71e)
    '[role=combobox]', // 2024-04 (BRK-o 450c2cab)
  ],
  /** Committed recipients (chips) in a well; the first generation that matches wins. */
  recipientChip: [
    ':scope > [contenteditable]', // 2026: the well's non-text children (BRK-o getFieldData)
    '[draggable=true]', // 2024–2025 (BRK-o)
    '[data-lpc-hover-target-id]', // 2024: persona-card hover target (BRK-o 2d6cd71e)
    '[class*="wellItemText-"]', // 2019–2021 (BRK-o)
  ],
  /** The text a chip shows: "Name", "addr" or "Name <addr>" (BRK-o spec: often the name alone). */
  recipientChipText: [
    '[class*="textContainer-"]', // BRK-o getFieldData
    '[class*="individualText-"]', // BRK-o getFieldData
  ],
  /** The subject field (absent in a reply inside the reading pane); the last match is taken. */
  subject: [
    'input[type=text][autocomplete=off]', // 2026: last such input in the compose (BRK-o)
    'input.ms-TextField-field', // 2019–2024 Fluent v8 (TGL, TM)
    'input[id^="subjectLine"]', // subjectLine0 (CUC)
    'input[aria-label="Add a subject"]', // English UI, before Jan 2023 (TGL PR #2154)
  ],
  /** The conversation's subject, shown above a reply in the reading pane. */
  conversationSubject: [
    '[data-app-section="SubjectLine"]', // seen in a public OWA reader (unattributed search excerpt); not verified
  ],
  /** Inside the body: the reply header and everything after it is history. */
  bodyHistory: [
    '#appendonsend', // marker OWA puts before the header (sent mail)
    '#mail-editor-reference-message-container', // newer wrapper of rule + header + quoted mail (sent mail)
    '#divRplyFwdMsg', // the "From: … Sent: …" header block (sent mail, notes §2)
  ],
  bodySignature: [
    '#Signature', // OWA's signature block, also div.elementToProof#Signature (sent mail)
  ],
  bodyQuote: [
    'blockquote', // any other quoted block
  ],
  /** States. */
  popout: [
    '[data-app-section="Form_Content"]', // popped-out compose window (BRK-o)
  ],
  readingPane: [
    '#ReadingPaneContainerId', // reading pane, also hosts inline replies and new messages (TGL 2024, EVI 2022)
    '[data-app-section="MailReadCompose"]', // same region by app section (WDX)
  ],
  /** Conversation ids: the conversation element around the compose, else the selected row of the list. */
  conversationItem: [
    '[data-convid]', // a compose nested in its conversation (assumed; not observed)
  ],
  selectedConversation: [
    '[role=option][data-convid][aria-selected=true]', // selected message-list row (OWS digest.js, SKILL.md)
    '[data-convid][aria-selected=true]', // same without the role
  ],
  /** The From field's address, shown only when the rep opened the From field ("BUG only works if From field is visible", BRK-o). */
  fromField: [
    '[role=complementary] [aria-haspopup=menu] + * [aria-haspopup=dialog]', // BRK-o getOutlookData
  ],
  /** The message list, whose active row (aria-activedescendant) carries data-convid (WDX). */
  messageList: [
    '[role=listbox][aria-activedescendant]',
  ],
} as const satisfies SelectorTable;

const FIELDS = ['to', 'cc', 'bcc'] as const;
type Field = (typeof FIELDS)[number];

/**
 * A well's own label, when it has one. "Cc" and "Bcc" read the same in most
 * languages; an unlabelled well takes the next free field in order.
 */
const FIELD_LABEL: ReadonlyArray<readonly [Field, RegExp]> = [
  ['bcc', /^\s*(?:bcc|cci|ccn)\b/i],
  ['cc', /^\s*cc\b/i],
  ['to', /^\s*to\b/i],
];

function chipRecipient(chip: Element): Recipient | null {
  const shownEl = queryFirst(chip, OUTLOOK.recipientChipText);
  const shown = parseMailbox((shownEl ?? chip).textContent?.replace(/\s+/g, ' ') ?? '');
  // The address when the DOM has it somewhere: the shown text, an attribute, or hidden text.
  const address = shown?.address ?? addressInAttributes(chip) ?? addressInText(chip);
  const name = shown?.name ?? null;
  if (!address && !name) return null;
  return withoutEcho({ address, name: name && findAddress(name) === name ? null : name });
}

function wellRecipients(well: Element): Recipient[] {
  const chips = outermost(queryAllFirst(well, OUTLOOK.recipientChip));
  const found = chips.map(chipRecipient).filter((r): r is Recipient => r !== null);
  // Typed but not yet resolved: the well's text outside the chips.
  const rest = well.cloneNode(true) as Element;
  for (const chip of outermost(queryAllFirst(rest, OUTLOOK.recipientChip))) chip.remove();
  found.push(...parseAddressList((rest.textContent ?? '').replace(/[\u200b\u00a0]/g, ' ')));
  return found;
}

/** How this host's compose body splits into the rep's text, quoted history and signature. */
export function classifyOutlookBody(el: Element): Region {
  if (matchesAny(el, OUTLOOK.bodyHistory)) return 'stop';
  if (matchesAny(el, OUTLOOK.bodySignature)) {
    // Without a signature OWA may put the history inside #Signature: then it ends the text.
    return queryFirst(el, OUTLOOK.bodyHistory) ? 'stop' : 'signature';
  }
  if (matchesAny(el, OUTLOOK.bodyQuote)) return 'skip';
  return 'read';
}

export function createOutlookAdapter(options: AdapterOptions = {}): WebmailAdapter {
  const miss = onceReporter('outlook', options.report);

  function bodyIn(root: HTMLElement): HTMLElement | null {
    return queryFirst(root, OUTLOOK.body);
  }

  function stateOf(root: HTMLElement): ComposeState {
    if (closestOf(root, OUTLOOK.popout)) return 'popout';
    if (closestOf(root, OUTLOOK.readingPane)) return 'reading-pane';
    // A popped-out window has no role=main (BRK-o: "the compose window doesn't contain role=main").
    if (!queryFirst(root.ownerDocument, OUTLOOK.composeBoundary)) return 'popout';
    return 'unknown';
  }


  function subjectField(root: HTMLElement): HTMLElement | null {
    const all = queryAllFirst(root, OUTLOOK.subject);
    return all[all.length - 1] ?? null;
  }

  function isReply(root: HTMLElement): boolean {
    const body = bodyIn(root);
    return (body !== null && queryFirst(body, OUTLOOK.bodyHistory) !== null) || subjectField(root) === null;
  }

  function recipientsOf(root: HTMLElement): Recipients {
    const body = bodyIn(root);
    const wells = outermost(
      queryAllFirst(root, OUTLOOK.recipientWell).filter((w) => !body || (!w.contains(body) && !body.contains(w))),
    );
    if (wells.length === 0) miss('recipientWell', root);
    const out: Recipients = { to: [], cc: [], bcc: [] };
    const labelled = wells.map((w) => {
      const label = w.getAttribute('aria-label') ?? '';
      return FIELD_LABEL.find(([, re]) => re.test(label))?.[0] ?? null;
    });
    const free = FIELDS.filter((f) => !labelled.includes(f));
    wells.forEach((well, i) => {
      const field = labelled[i] ?? free.shift();
      if (field) out[field].push(...wellRecipients(well));
    });
    return { to: dedupeRecipients(out.to), cc: dedupeRecipients(out.cc), bcc: dedupeRecipients(out.bcc) };
  }

  function conversationId(root: HTMLElement): string | null {
    const own = closestOf(root, OUTLOOK.conversationItem)?.getAttribute('data-convid');
    if (own) return own;
    // The selected conversation is the one replied to only for a reply in the reading pane.
    if (stateOf(root) !== 'reading-pane' || !isReply(root)) return null;
    const doc = root.ownerDocument;
    const selected = queryFirst(doc, OUTLOOK.selectedConversation)?.getAttribute('data-convid');
    if (selected) return selected;
    const activeId = queryFirst(doc, OUTLOOK.messageList)?.getAttribute('aria-activedescendant');
    const active = activeId ? doc.getElementById(activeId) : null;
    return closestOf(active ?? doc.documentElement, OUTLOOK.conversationItem)?.getAttribute('data-convid') ?? null;
  }

  function handle(root: HTMLElement): ComposeHandle {
    const body = () => {
      const el = bodyIn(root);
      if (!el) miss('body', root);
      return el;
    };
    return {
      host: 'outlook',
      root,
      state: () => safely(() => stateOf(root), 'unknown' as ComposeState),
      body: () => safely(body, null),
      ownText: () =>
        safely(() => {
          const el = body();
          return el ? readableText(el, classifyOutlookBody) : '';
        }, ''),
      recipients: () => safely(() => recipientsOf(root), { to: [], cc: [], bcc: [] }),
      subject: () =>
        safely(() => {
          const field = subjectField(root);
          if (field) return fieldValue(field).trim();
          const pane = closestOf(root, OUTLOOK.readingPane);
          const heading = pane ? queryFirst(pane, OUTLOOK.conversationSubject) : null;
          return (heading?.textContent ?? '').replace(/\s+/g, ' ').trim();
        }, ''),
      threadId: () => safely(() => conversationId(root), null),
      // Only when the From field is open; otherwise the ledger falls back to the rep's own-domain setting.
      sender: () => safely(() => findAddress(queryFirst(root.ownerDocument, OUTLOOK.fromField)?.textContent), null),
      onSend: (callback) =>
        safely(
          () => {
            if (!queryFirst(root, OUTLOOK.sendButton)) miss('sendButton', root);
            return observeSend(root, callback, {
              sendButtons: () => [queryFirst(root, OUTLOOK.sendButton)].filter((b): b is HTMLElement => b !== null),
            });
          },
          () => undefined,
        ),
    };
  }

  /** The smallest ancestor of the body that holds a Send button, within the window's compose scope. */
  function rootFor(body: HTMLElement): HTMLElement | null {
    const boundary = closestOf(body, OUTLOOK.composeBoundary);
    for (let el = body.parentElement; el; el = el.parentElement) {
      if (queryFirst(el, OUTLOOK.sendButton)) return el;
      if (el === boundary) break;
    }
    if (boundary) miss('sendButton', boundary);
    else miss('composeBoundary', body.parentElement ?? body);
    return boundary;
  }

  function findComposes(scope: ParentNode): ComposeHandle[] {
    return safely(() => {
      // Bodies under the scope, or the body the scope itself sits in (a subtree a mutation reported).
      const around = isElement(scope) ? closestOf(scope, OUTLOOK.body) : null;
      const bodies = outermost([...new Set([...(around ? [around] : []), ...queryUnion(scope, OUTLOOK.body)])]);
      const roots: HTMLElement[] = [];
      for (const body of bodies) {
        const root = rootFor(body);
        if (root && !roots.includes(root)) roots.push(root);
      }
      return roots.map(handle);
    }, []);
  }

  return { host: 'outlook', findComposes };
}
