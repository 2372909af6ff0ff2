/**
 * The background's side of `quid/analyze`: every request is analysed with
 * the settings as they are now (read fresh, so a toggle in the options page
 * applies to the very next analysis), and a pasted document is analysed in
 * slices, so the service worker keeps answering other tabs and the ledger
 * meanwhile.
 */
import { analyzeText, analyzeTextInSlices } from '../engine/analyze-text.ts';
import type { Analysis } from '../engine/types.ts';
import { toAnalyzeOptions } from '../settings/analyze-options.ts';
import type { Settings } from '../settings/types.ts';
import type { AnalyzeRequest } from './analyze-protocol.ts';

/** Longer than any email: analysed in slices. */
export const LONG_DRAFT = 50_000;
const SLICE_MS = 16;

const turn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createAnalyzeService(settings: () => Promise<Settings>): (request: AnalyzeRequest) => Promise<Analysis> {
  return async ({ text }) => {
    const options = { ...toAnalyzeOptions(await settings()), format: 'text' as const };
    if (text.length <= LONG_DRAFT) return analyzeText(text, options);
    const analysis = await analyzeTextInSlices(text, options, [], { pause: turn, sliceMs: SLICE_MS });
    if (!analysis) throw new Error('analysis stopped');
    return analysis;
  };
}
