/**
 * One interface for every webmail host. An adapter finds the compose windows
 * under a root; a handle reads one compose lazily (every call re-queries its
 * own subtree, because the host re-renders parts of it at will) and never
 * throws: a part it cannot find comes back as null or empty.
 */

export type WebmailHost = 'gmail' | 'outlook';

/** A recipient as the compose shows it: chips often carry only one of the two. */
export interface Recipient {
  address: string | null;
  name: string | null;
}

export interface Recipients {
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
}

/**
 * Where the compose sits. Gmail: a pop-up `dialog` ("mole"), `fullscreen`,
 * `popout` (its own window), `inline` (reply or forward inside a thread).
 * Outlook: `reading-pane` (also a new message opened there) or `popout`.
 */
export type ComposeState = 'dialog' | 'fullscreen' | 'popout' | 'inline' | 'reading-pane' | 'unknown';

/**
 * How a send was attempted: a click on Send (or Send & Archive), Enter or
 * Space on the focused Send button, or Ctrl/⌘+Enter inside the compose.
 */
export type SendTrigger = 'click' | 'key' | 'shortcut';

export interface SendAttempt {
  trigger: SendTrigger;
}

export interface ComposeHandle {
  readonly host: WebmailHost;
  /** The compose's outermost own element: one per compose, stable while it is open. */
  readonly root: HTMLElement;
  state(): ComposeState;
  /** The editable body, or null when it cannot be found. */
  body(): HTMLElement | null;
  /**
   * The rep's new text as a reader sees it (blocks and `<br>` as line
   * breaks), without quoted history and without the signature.
   */
  ownText(): string;
  recipients(): Recipients;
  subject(): string;
  /** The thread (Gmail) or conversation (Outlook) id, when the page shows one. */
  threadId(): string | null;
  /** The rep's own address for this compose (the alias chosen, else the signed-in account), when the page shows it. */
  sender(): string | null;
  /**
   * Observes send attempts in the capture phase without preventing or
   * delaying them. The callback runs synchronously inside the listener, so
   * it can still read the draft before the host tears the compose down:
   * keep it short (take a snapshot, defer the rest). One physical send that
   * produces several events (Enter on a `<button>` also clicks it) is
   * reported once. Returns the unsubscribe function.
   */
  onSend(callback: (attempt: SendAttempt) => void): () => void;
}

/** A selector that stopped matching, with the surrounding structure masked. */
export interface SelectorMiss {
  host: WebmailHost;
  /** The selector table entry that found nothing, e.g. `body`. */
  what: string;
  /** `maskedStructure` of the element the lookup ran in: no text, no attribute values. */
  structure: string;
}

export type MissReporter = (miss: SelectorMiss) => void;

export interface AdapterOptions {
  /**
   * Receives each selector miss once per adapter (so a broken layout logs
   * one line per selector, not one per keystroke). Defaults to `console.debug`.
   */
  report?: MissReporter;
  /** The page URL (for ids only the URL carries); defaults to the compose document's location. */
  url?: () => string;
}

export interface WebmailAdapter {
  readonly host: WebmailHost;
  /** Every compose window under `root` (which may itself be one); never throws. */
  findComposes(root: ParentNode): ComposeHandle[];
}

/**
 * A host's selectors: each entry lists the alternatives tried in order, the
 * first (newest or most language-independent) first. `{field}` stands for
 * `to`, `cc` or `bcc` where an entry is per recipient field.
 */
export type SelectorTable = Readonly<Record<string, readonly string[]>>;
