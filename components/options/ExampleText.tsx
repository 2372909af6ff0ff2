/**
 * A rule's example sentence with its expected span (written `[like this]`
 * in the rule data) shown highlighted. Rendered as text only.
 */
export function exampleParts(example: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let rest = example;
  for (;;) {
    const open = rest.indexOf('[');
    const close = open < 0 ? -1 : rest.indexOf(']', open + 1);
    if (open < 0 || close < 0) break;
    if (open > 0) parts.push({ text: rest.slice(0, open), marked: false });
    parts.push({ text: rest.slice(open + 1, close), marked: true });
    rest = rest.slice(close + 1);
  }
  if (rest !== '') parts.push({ text: rest, marked: false });
  return parts;
}

export function ExampleText({ example }: { example: string }) {
  return (
    <>
      {exampleParts(example).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
