/**
 * Finds the composes of a page and keeps one session per compose: a
 * MutationObserver on the page body, debounced, whose scans ask the host
 * adapter for the composes now present, attach the new ones and detach the
 * ones that are gone. Typing inside an attached body and Quid's own nodes
 * never trigger a scan, so a busy Gmail tab stays fast.
 */
import type { ComposeHandle, WebmailAdapter } from '../webmail/types.ts';
import { debounce, type Timers } from './debounce.ts';

export interface Session {
  /** The compose's editable body right now, or null. */
  body(): HTMLElement | null;
  /** Called on every scan while the compose is present (e.g. to re-anchor a UI the host removed). */
  check(): void;
  detach(): void;
}

export interface WatchOptions<S extends Session> {
  adapter: WebmailAdapter;
  doc: Document;
  attach(handle: ComposeHandle): S;
  timers: Timers;
  /** Quiet time after the last relevant mutation before a scan; 200 ms. */
  scanDelay?: number;
  /** Quid's own elements (the badge hosts): their comings and goings are not the page's. */
  isOwn(node: Node): boolean;
  /** A failure, with the compose it concerns when known; the watcher carries on. */
  onError(stage: string, error: unknown, where?: Element): void;
}

export interface Watcher<S> {
  /** Scans now (the first scan, or after an in-app navigation the observer cannot see). */
  scan(): void;
  /** Schedules a debounced scan. */
  schedule(): void;
  /** The live sessions, in attach order. */
  sessions(): S[];
  /** Disconnects and detaches everything. */
  stop(): void;
}

export function watchComposes<S extends Session>(options: WatchOptions<S>): Watcher<S> {
  const { adapter, doc } = options;
  // One session per compose root, never two; a root whose attach failed is not retried in a loop.
  const byRoot = new WeakMap<HTMLElement, S>();
  const failed = new WeakSet<HTMLElement>();
  const live = new Set<HTMLElement>();
  let stopped = false;

  const detach = (root: HTMLElement) => {
    const session = byRoot.get(root);
    live.delete(root);
    byRoot.delete(root);
    try {
      session?.detach();
    } catch (error) {
      options.onError('detach', error, root);
    }
  };

  const scan = () => {
    if (stopped) return;
    let found: ComposeHandle[];
    try {
      found = adapter.findComposes(doc);
    } catch (error) {
      options.onError('scan', error);
      return;
    }
    const present = new Set(found.map((h) => h.root));
    for (const root of [...live]) {
      if (!root.isConnected || !present.has(root)) detach(root);
    }
    for (const handle of found) {
      const root = handle.root;
      const existing = byRoot.get(root);
      if (existing) {
        try {
          existing.check();
        } catch (error) {
          options.onError('check', error, root);
        }
        continue;
      }
      if (failed.has(root)) continue;
      try {
        byRoot.set(root, options.attach(handle));
        live.add(root);
      } catch (error) {
        failed.add(root);
        options.onError('attach', error, root);
      }
    }
  };

  const scheduled = debounce(scan, options.scanDelay ?? 200, options.timers);

  const insideBody = (node: Node) => {
    for (const root of live) {
      const body = byRoot.get(root)?.body();
      if (body?.contains(node)) return true;
    }
    return false;
  };
  const onlyOwn = (nodes: NodeList) => {
    for (const n of Array.from(nodes)) if (!options.isOwn(n)) return false;
    return true;
  };
  const relevant = (record: MutationRecord) =>
    !(onlyOwn(record.addedNodes) && onlyOwn(record.removedNodes)) && !insideBody(record.target);

  const View = doc.defaultView;
  const observer = View
    ? new View.MutationObserver((records) => {
        if (stopped) return;
        try {
          if (records.some(relevant)) scheduled();
        } catch (error) {
          options.onError('observe', error);
        }
      })
    : null;
  observer?.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });

  return {
    scan,
    schedule: scheduled,
    sessions: () => [...live].map((r) => byRoot.get(r)).filter((s): s is S => s !== undefined),
    stop() {
      if (stopped) return;
      stopped = true;
      observer?.disconnect();
      scheduled.cancel();
      for (const root of [...live]) detach(root);
    },
  };
}
