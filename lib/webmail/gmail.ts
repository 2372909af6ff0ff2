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
  forField,
  innermost,
  isElement,
  matchesAny,
  outermost,
  queryFirst,
  queryUnion,
  safely,
} from './dom.ts';
import { addressInAttributes, addressInText, dedupeRecipients, findAddress, isAddress, parseAddressList, parseMailbox, withoutEcho } from './addresses.ts';
import { readableText, type Region } from './text.ts';
import { observeSend } from './send.ts';
import { onceReporter } from './mask.ts';

/**
 * Gmail (mail.google.com). Everything Quid knows about Gmail's compose DOM
 * is in the table below; sources are the keys of
 * ../shared/notes/webmail-dom.md (§1): ISDK = InboxSDK, GJS = gmail.js,
 * BRK = Briskine, MV = Mailvelope, FIX1 = the real 2020 capture. Form field
 * names, `g_editable` and structure come first; class names next; English
 * labels only as a last resort, because they are localized.
 */
export const GMAIL = {
  /** Compose roots. All alternatives are collected and the innermost kept (a dialog holds a .M9). */
  composeRoot: [
    'div.M9', // every state: dialog, full-screen, pop-out (GJS dom.composes, BRK); inline reply/forward since Sept 2025 (.ip.adB > .M9, ISDK PR #1274)
    '.ip.adB', // inline reply/forward before Sept 2025: the opened reply container (ISDK message view; its first child was the compose)
    '[role=dialog]', // dialog and full-screen: the dialog that holds the compose form (ISDK setup-compose-view-driver-stream)
  ],
  /** Tells a compose apart from other dialogs; also the last-resort root: the nearest ancestor of a body holding one. */
  composeMarker: [
    'input[name=composeid]', // hidden per-window id, every state (ISDK-cv, GJS id(), FIX1)
    'input[name=subjectbox]', // subject field, hidden but present in inline replies (FIX1, BRK)
    'form.bAs', // the metadata form (ISDK-cv getMetadataFormElement, FIX1)
  ],
  /** The editable body. */
  body: [
    '.Ap [g_editable=true]', // every state 2015–2026 (ISDK-cv getMaybeBodyElement, FIX1)
    '[g_editable=true]', // same attribute when the .Ap cell is renamed
    'div.Am.Al.editable', // class names (MV, FIX1)
    'div[contenteditable=true][role=textbox][aria-multiline=true]:not([id=subject])', // roles; the :not keeps Mixmax's field out (GJS PR #703)
  ],
  /** Inside the body: quoted history, never the rep's text. */
  bodyQuote: [
    '.gmail_quote', // "On … wrote:" block and blockquote of replies, the forwarded message of forwards (Gmail's sent HTML)
    '.gmail_extra', // the pre-2016 wrapper of quoted text
    'blockquote', // any other quoted block
    '.ajR', // the trimmed-content ("•••") toggle, should it sit inside the body (FIX1 has it after the body)
  ],
  /** Inside the body: the signature. */
  bodySignature: [
    '.gmail_signature', // signature block (Gmail's sent HTML)
    '[data-smartmail=gmail_signature]', // same block by its data attribute
    '.gmail_signature_prefix', // the "-- " delimiter Gmail wraps in a span since ~2021
  ],
  /** Newer ("PeopleKit", Oct 2021) recipient row of one field. */
  recipientRow: [
    '.GS .anm[name="{field}"]', // ISDK-pp getRecipientRowForType
    'div[name="{field}"]', // GJS tr.bzf div[name=to]
  ],
  /** Committed recipients (chips) inside a PeopleKit row; all collected, nested matches merged. */
  recipientChip: [
    '[role=option][data-hovercard-id]', // PeopleKit chip: address in data-hovercard-id, name in data-name (ISDK-gr, BRK)
    '[data-hovercard-id]', // newer chip without the option role (GJS div[data-hovercard-id], MV .afV[data-hovercard-id])
    '[role=option]', // a chip whose address moved out of data-hovercard-id: read attributes and text (BRK [name=to] [role=option])
  ],
  /** Inside a chip, the elements carrying its address (data-hovercard-id) and name (data-name): the chip itself or a descendant. */
  chipAddress: [
    '[data-hovercard-id]', // ISDK-gr, GJS, MV
  ],
  chipName: [
    '[data-name]', // ISDK-gr, BRK
  ],
  /** The address being typed in a PeopleKit row, before it becomes a chip (GJS #719). */
  recipientInput: [
    'input[peoplekit-id]', // the PeopleKit entry field (notes §1.3)
    'input[role=combobox]', // same field by role (ISDK set-recipients)
    'input:not([type=hidden])', // any text entry in the row
  ],
  /** Classic recipients (before PeopleKit): each chip keeps a hidden input with "Name <addr>". */
  classicChip: [
    '.vR input[type=hidden][name="{field}"]', // ISDK-pp getOldRecipientChips
    '.GS input[type=hidden][name="{field}"]', // GJS
  ],
  /** Classic typing fields: "Name <addr>, addr" text not yet turned into chips. */
  classicInput: [
    'textarea[name="{field}"]', // textarea.vO (FIX1, ISDK-pp)
    'input[name="{field}"]:not([type=hidden])', // ISDK accepts an input too
  ],
  subject: [
    'input[name=subjectbox]', // every state; hidden in inline replies (ISDK-cv, GJS, FIX1)
    'input[name=subject]', // hidden copy (GJS subject() fallback, FIX1)
  ],
  /** Subject of the thread an inline reply sits in, when the compose's own field is empty. */
  threadSubject: [
    'h2.hP', // thread view heading (third-party readers; ISDK thread view uses the same h2)
  ],
  /** Thread id inputs of the compose, read in this order. */
  threadIdInput: [
    'input[name=rt]', // "#thread-a:r-…" (new) or "#thread-f:…" (reply); present even on a new message (GJS thread_id(), FIX1)
    'input[name=lts]', // legacy hex thread id, replies only (ISDK-cv #setupIDs)
  ],
  /** Thread view ids, for inline composes only (a dialog may sit over an unrelated thread). */
  threadViewId: [
    '[data-thread-perm-id]', // "thread-f:…", may read "undefined" (ISDK-tv, GJS new)
    '[data-legacy-thread-id]', // hex (ISDK-tv, GJS h2[data-legacy-thread-id])
  ],
  /** The alias this compose sends from. */
  fromInput: [
    'input[name=from]', // hidden, value = the chosen alias; empty until the rep changes it (ISDK-fm, GJS from(), FIX1)
  ],
  sendButton: [
    '.IZ .Up div > div[role=button]:not(.Uo):not([aria-haspopup=true])', // structural, exactly one in FIX1 (ISDK-cv getSendButton)
    'div.T-I.T-I-atl[role=button]:not(.Uo):not([aria-haspopup=true])', // class names (GJS, EVI)
    'div[role=button][data-tooltip^="Send"]', // English UI only: "Send ‪(Ctrl-Enter)‬" (FIX1, NW)
  ],
  sendAndArchiveButton: [
    '.IZ .Up div > div[role=button].Uo:not([aria-haspopup=true])', // replies only (ISDK-cv getSendAndArchiveButton)
  ],
  /** States. */
  fullscreenContainer: [
    '.aSs .aSt', // holds the full-screen compose dialog (ISDK-eg getFullscreenComposeWindowContainer)
  ],
  popoutBody: [
    'body.xE.xp', // the pop-out window's body (ISDK-eg isStandaloneComposeWindow)
  ],
  inlineContainer: [
    '.ip', // reply container of a message in a thread (ISDK-mv)
    '.AO', // main content area: a compose here is inline (GJS is_inline)
  ],
  dialogContainer: [
    '[role=dialog]', // pop-up compose window (ISDK)
  ],
  /** The thread view around an inline compose, where its thread ids are read. */
  threadScope: [
    '[role=main]', // the conversation view (ISDK-eg getThreadContainerElement)
  ],
} as const satisfies SelectorTable;

type Field = 'to' | 'cc' | 'bcc';

/** Gmail ids are written with a leading "#" and sometimes as the strings "undefined"/"null". */
function cleanId(value: string | null | undefined): string | null {
  const v = (value ?? '').trim().replace(/^#/, '');
  return v === '' || v === 'undefined' || v === 'null' ? null : v;
}

/** A chip's address (data-hovercard-id, else any attribute or its text) and name (data-name, else its text). */
function chipRecipient(chip: Element): Recipient | null {
  const carrier = matchesAny(chip, GMAIL.chipAddress) ? chip : queryFirst(chip, GMAIL.chipAddress);
  const named = matchesAny(chip, GMAIL.chipName) ? chip : queryFirst(chip, GMAIL.chipName);
  const text = (chip.textContent ?? '').replace(/\s+/g, ' ').trim();
  const shown = parseMailbox(text);
  const hover = cleanId(carrier?.getAttribute('data-hovercard-id'));
  const address = (hover && isAddress(hover) ? hover : null) ?? addressInAttributes(chip) ?? addressInText(chip);
  const name = named?.getAttribute('data-name')?.trim() || shown?.name || null;
  if (!address && !name) return null;
  return withoutEcho({ address, name });
}

/** How this host's compose body splits into the rep's text, quoted history and signature. */
export function classifyGmailBody(el: Element): Region {
  if (matchesAny(el, GMAIL.bodySignature)) return 'signature';
  if (matchesAny(el, GMAIL.bodyQuote)) return 'skip';
  return 'read';
}

export function createGmailAdapter(options: AdapterOptions = {}): WebmailAdapter {
  const miss = onceReporter('gmail', options.report);

  const isCompose = (el: Element) => queryFirst(el, GMAIL.composeMarker) !== null || queryFirst(el, GMAIL.body) !== null;

  function stateOf(root: HTMLElement): ComposeState {
    const body = root.ownerDocument.body;
    if (body && matchesAny(body, GMAIL.popoutBody)) return 'popout';
    if (closestOf(root, GMAIL.fullscreenContainer)) return 'fullscreen';
    if (closestOf(root, GMAIL.dialogContainer)) return 'dialog';
    if (closestOf(root, GMAIL.inlineContainer)) return 'inline';
    return 'unknown';
  }


  function fieldRecipients(root: HTMLElement, field: Field): Recipient[] {
    const found: Recipient[] = [];
    for (const row of outermost(queryUnion(root, forField(GMAIL.recipientRow, field)))) {
      for (const chip of outermost(queryUnion(row, GMAIL.recipientChip))) {
        const r = chipRecipient(chip);
        if (r) found.push(r);
      }
      found.push(...parseAddressList(fieldValue(queryFirst(row, GMAIL.recipientInput))));
    }
    for (const hidden of queryUnion(root, forField(GMAIL.classicChip, field))) {
      const r = parseMailbox(fieldValue(hidden));
      if (r) found.push(r);
    }
    for (const input of queryUnion(root, forField(GMAIL.classicInput, field))) {
      found.push(...parseAddressList(fieldValue(input)));
    }
    return dedupeRecipients(found);
  }

  function handle(root: HTMLElement): ComposeHandle {
    const body = () => {
      const el = queryFirst(root, GMAIL.body);
      if (!el) miss('body', root);
      return el;
    };
    const state = () => safely(() => stateOf(root), 'unknown' as ComposeState);
    return {
      host: 'gmail',
      root,
      state,
      body: () => safely(body, null),
      ownText: () =>
        safely(() => {
          const el = body();
          return el ? readableText(el, classifyGmailBody) : '';
        }, ''),
      recipients: () =>
        safely(
          (): Recipients => {
            const r = { to: fieldRecipients(root, 'to'), cc: fieldRecipients(root, 'cc'), bcc: fieldRecipients(root, 'bcc') };
            const rows = queryFirst(root, [...forField(GMAIL.recipientRow, 'to'), ...forField(GMAIL.classicInput, 'to')]);
            if (!rows) miss('recipientRow', root);
            return r;
          },
          { to: [], cc: [], bcc: [] },
        ),
      subject: () =>
        safely(() => {
          const field = queryFirst(root, GMAIL.subject);
          if (!field) miss('subject', root);
          const own = fieldValue(field).trim();
          if (own !== '' || state() !== 'inline') return own;
          return (queryFirst(root.ownerDocument, GMAIL.threadSubject)?.textContent ?? '').trim();
        }, ''),
      threadId: () =>
        safely(() => {
          for (const selector of GMAIL.threadIdInput) {
            const id = cleanId(fieldValue(queryFirst(root, [selector])));
            if (id) return id;
          }
          if (state() === 'inline') {
            const thread = closestOf(root, GMAIL.threadScope) ?? root.ownerDocument;
            for (const selector of GMAIL.threadViewId) {
              const el = queryFirst(thread, [selector]);
              const id = cleanId(el?.getAttribute('data-thread-perm-id')) ?? cleanId(el?.getAttribute('data-legacy-thread-id'));
              if (id) return id;
            }
          }
          // Old-style URLs end in the legacy hex id; the newer "FMfcg…" tokens are not thread ids (GJS: "URL-based analysis is unreliable").
          const url = options.url?.() ?? root.ownerDocument.location?.href ?? '';
          const legacy = /#[^/?]+\/([0-9a-f]{16})(?:[/?]|$)/.exec(url);
          return legacy?.[1] ?? null;
        }, null),
      sender: () =>
        safely(() => {
          const alias = fieldValue(queryFirst(root, GMAIL.fromInput)).trim();
          // The signed-in account is in the title ("Inbox - jane@seller.com - Gmail"), as Simplify, Briskine and Mailvelope read it.
          return findAddress(alias) ?? findAddress(root.ownerDocument.title);
        }, null),
      onSend: (callback) =>
        safely(
          () => {
            if (!queryFirst(root, GMAIL.sendButton)) miss('sendButton', root);
            return observeSend(root, callback, {
              sendButtons: () =>
                [queryFirst(root, GMAIL.sendButton), queryFirst(root, GMAIL.sendAndArchiveButton)].filter(
                  (b): b is HTMLElement => b !== null,
                ),
            });
          },
          () => undefined,
        ),
    };
  }

  function findComposes(scope: ParentNode): ComposeHandle[] {
    return safely(() => {
      // Roots under the scope, or the one the scope itself sits in (a subtree a mutation reported).
      const around = isElement(scope) ? closestOf(scope, GMAIL.composeRoot) : null;
      const candidates = [...new Set([...(around ? [around] : []), ...queryUnion(scope, GMAIL.composeRoot)])].filter(isCompose);
      const roots = innermost(candidates);
      const accepted: HTMLElement[] = [];
      for (const root of roots) {
        if (queryFirst(root, GMAIL.body)) accepted.push(root);
        else miss('body', root);
      }
      // Bodies no root selector reached: climb to the nearest ancestor holding a compose marker.
      for (const body of queryUnion(scope, GMAIL.body.slice(0, 2))) {
        if (accepted.some((r) => r.contains(body))) continue;
        let el: HTMLElement | null = body.parentElement;
        while (el && queryFirst(el, GMAIL.composeMarker) === null) el = el.parentElement;
        if (el && !accepted.some((r) => el?.contains(r))) {
          miss('composeRoot', el);
          accepted.push(el);
        }
      }
      return accepted.map(handle);
    }, []);
  }

  return { host: 'gmail', findComposes };
}
