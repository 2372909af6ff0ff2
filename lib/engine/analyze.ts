import { analyzeText } from './analyze-text.ts';
import { htmlToText, looksLikeHtml } from './html-to-text.ts';
import type { Analysis, AnalyzeOptions } from './types.ts';

export { analyzeText, normalize } from './analyze-text.ts';

/**
 * The engine's entry point: finds the gives and gets of a draft, plain text
 * or HTML (a compose body's innerHTML), and its verdict. For HTML input the
 * offsets index `Analysis.text`, the text read from the markup.
 */
export function analyze(input: string, options: AnalyzeOptions = {}): Analysis {
  const format = options.format ?? 'auto';
  if (format === 'html' || (format === 'auto' && looksLikeHtml(input))) {
    const { text, excluded } = htmlToText(input);
    return analyzeText(text, options, excluded);
  }
  return analyzeText(input, options);
}
