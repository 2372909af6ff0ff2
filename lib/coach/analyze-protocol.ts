/**
 * The compose coach asks the background to analyse the rep's text. The
 * engine and its rules (most of Quid's code) then live once, in the service
 * worker, instead of in every webmail tab, and no analysis ever runs on the
 * webmail page's main thread. The text crosses only inside the extension;
 * the background keeps nothing of it.
 */
import type { Analysis } from '../engine/types.ts';
import { Invalid, object, parseWith, string, type Parsed } from '../validate.ts';

export const ANALYZE = 'quid/analyze';

/** Far beyond any email (a pasted document of ~8 MB): the coach sends at most this much of a draft. */
export const MAX_DRAFT_CHARS = 8_000_000;

export interface AnalyzeRequest {
  type: typeof ANALYZE;
  /** The rep's own text, as the host adapter read it (plain text: quoted history is already left out). */
  text: string;
}

export type AnalyzeResult = { ok: true; analysis: Analysis } | { ok: false; error: string };

export function analyzeRequest(text: string): AnalyzeRequest {
  return { type: ANALYZE, text: text.length > MAX_DRAFT_CHARS ? text.slice(0, MAX_DRAFT_CHARS) : text };
}

export function parseAnalyzeRequest(value: unknown): Parsed<AnalyzeRequest> {
  return parseWith((): AnalyzeRequest => {
    const o = object(value, 'message', ['type', 'text']);
    if (o.type !== ANALYZE) throw new Invalid(`message.type: not ${ANALYZE}`);
    return { type: ANALYZE, text: string(o.text, 'message.text', MAX_DRAFT_CHARS) };
  }, 'message');
}
