/** Splits "I can [take 15% off] today." into the sentence and the expected span. */
export function parseFlagExample(example: string): { text: string; start: number; end: number } | null {
  const open = example.indexOf('[');
  const close = example.indexOf(']', open + 1);
  if (open < 0 || close < 0 || example.indexOf('[', open + 1) !== -1 && example.indexOf('[', open + 1) < close) return null;
  const text = example.slice(0, open) + example.slice(open + 1, close) + example.slice(close + 1);
  return { text, start: open, end: close - 1 };
}
