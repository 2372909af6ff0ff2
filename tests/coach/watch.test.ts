import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserTimers } from '../../lib/coach/debounce.ts';
import { watchComposes, type Session, type Watcher } from '../../lib/coach/watch.ts';
import { createGmailAdapter } from '../../lib/webmail/gmail.ts';
import type { ComposeHandle } from '../../lib/webmail/types.ts';

/** Puts a fixture's body into the test window's document (MutationObserver needs the live one). */
function show(fixture: string): void {
  const html = readFileSync(join(import.meta.dirname, '../fixtures/webmail', fixture), 'utf8');
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';
}

interface FakeSession extends Session {
  handle: ComposeHandle;
  checks: number;
  detached: boolean;
}

let watcher: Watcher<FakeSession> | null = null;
afterEach(() => {
  watcher?.stop();
  watcher = null;
  document.body.innerHTML = '';
});

function start(overrides: { attach?: (h: ComposeHandle) => FakeSession; onError?: (stage: string) => void } = {}) {
  const attach = vi.fn(
    overrides.attach ??
      ((handle: ComposeHandle): FakeSession => {
        const s: FakeSession = { handle, checks: 0, detached: false, body: () => handle.body(), check: () => void s.checks++, detach: () => void (s.detached = true) };
        return s;
      }),
  );
  const onError = vi.fn(overrides.onError ?? (() => undefined));
  const findComposes = vi.fn();
  const adapter = createGmailAdapter({ report: () => undefined });
  const spied = { host: adapter.host, findComposes: (root: ParentNode) => (findComposes(), adapter.findComposes(root)) };
  watcher = watchComposes<FakeSession>({
    adapter: spied,
    doc: document,
    attach,
    timers: browserTimers,
    scanDelay: 5,
    isOwn: (n) => n.nodeName.toLowerCase() === 'quid-coach',
    onError,
  });
  return { watcher, attach, onError, findComposes };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 40));

describe('watchComposes', () => {
  beforeEach(() => show('gmail-2026-07-two-composes.html'));

  it('attaches one session per compose, and never twice', async () => {
    const { watcher, attach } = start();
    watcher.scan();
    expect(attach).toHaveBeenCalledTimes(2);
    watcher.scan();
    watcher.scan();
    expect(attach).toHaveBeenCalledTimes(2);
    expect(watcher.sessions().map((s) => s.checks)).toEqual([2, 2]);
  });

  it('attaches a compose added later, after a debounced scan', async () => {
    const { watcher, attach } = start();
    watcher.scan();
    const copy = document.querySelector('.M9')?.closest('[role=dialog]')?.cloneNode(true) as HTMLElement;
    document.body.append(copy);
    await settle();
    expect(attach).toHaveBeenCalledTimes(3);
  });

  it('detaches a compose that disappears', async () => {
    const { watcher } = start();
    watcher.scan();
    const [first, second] = watcher.sessions();
    first?.handle.root.closest('[role=dialog]')?.remove();
    await settle();
    expect(first?.detached).toBe(true);
    expect(second?.detached).toBe(false);
    expect(watcher.sessions()).toEqual([second]);
  });

  it('does not scan while the rep types in a body, nor for its own badge', async () => {
    const { watcher, findComposes } = start();
    watcher.scan();
    const calls = findComposes.mock.calls.length;
    const body = watcher.sessions()[0]?.body();
    body?.append(document.createElement('div'), 'typed');
    body?.parentElement?.append(document.createElement('quid-coach'));
    await settle();
    expect(findComposes.mock.calls.length).toBe(calls);
    document.body.append(document.createElement('div'));
    await settle();
    expect(findComposes.mock.calls.length).toBe(calls + 1);
  });

  it('reports a failing attach once and does not retry it on every scan', async () => {
    const { watcher, onError, attach } = start({
      attach: () => {
        throw new Error('boom');
      },
    });
    watcher.scan();
    watcher.scan();
    expect(attach).toHaveBeenCalledTimes(2);
    expect(onError).toHaveBeenCalledTimes(2);
    expect(onError.mock.calls.map((c) => c[0])).toEqual(['attach', 'attach']);
    expect(watcher.sessions()).toEqual([]);
  });

  it('stops: disconnects, detaches every session, ignores later mutations', async () => {
    const { watcher, findComposes } = start();
    watcher.scan();
    const sessions = watcher.sessions();
    watcher.stop();
    expect(sessions.every((s) => s.detached)).toBe(true);
    const calls = findComposes.mock.calls.length;
    document.body.append(document.createElement('div'));
    watcher.scan();
    await settle();
    expect(findComposes.mock.calls.length).toBe(calls);
  });
});
