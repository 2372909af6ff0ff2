/**
 * Inserting text into someone else's editor as if the rep typed it: focus
 * the body, put a collapsed selection where the text goes and let the
 * browser's own `insertText` command do the edit, so the editor sees the
 * usual beforeinput/input events, keeps the text and undo can revert it.
 * Only when the command is unavailable or refused does Quid edit the DOM
 * itself (announced with the same InputEvents; undo cannot revert that one).
 */

export type InsertOutcome = 'native' | 'editor' | 'fallback' | 'failed';

export interface DomPosition {
  node: Node;
  offset: number;
}

function collapsedAt(doc: Document, at: DomPosition): Range {
  const range = doc.createRange();
  range.setStart(at.node, at.offset);
  range.collapse(true);
  return range;
}

export function insertText(body: HTMLElement, at: DomPosition, text: string): InsertOutcome {
  const doc = body.ownerDocument;
  const selection = doc.defaultView?.getSelection();
  if (!selection || !body.contains(at.node)) return 'failed';
  try {
    body.focus({ preventScroll: true });
    selection.removeAllRanges();
    selection.addRange(collapsedAt(doc, at));
  } catch {
    return 'failed';
  }
  const before = body.textContent ?? '';

  let done: boolean;
  try {
    done = typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
  } catch {
    done = false;
  }
  if (done && body.textContent !== before) return 'native';

  // Editors that handle input themselves (they cancel beforeinput and apply the edit) get the chance first.
  const init: InputEventInit = { inputType: 'insertText', data: text, bubbles: true, composed: true };
  const target = (selection.anchorNode?.nodeType === 1 ? selection.anchorNode : selection.anchorNode?.parentNode) ?? body;
  const proceed = target.dispatchEvent(new InputEvent('beforeinput', { ...init, cancelable: true }));
  if (!proceed) return body.textContent !== before ? 'editor' : 'failed';

  try {
    const range = selection.rangeCount > 0 ? selection.getRangeAt(0) : collapsedAt(doc, at);
    if (!body.contains(range.startContainer)) return 'failed';
    const node = doc.createTextNode(text);
    range.insertNode(node);
    const after = doc.createRange();
    after.setStartAfter(node);
    after.collapse(true);
    selection.removeAllRanges();
    selection.addRange(after);
    node.parentNode?.dispatchEvent(new InputEvent('input', init));
    return 'fallback';
  } catch {
    return 'failed';
  }
}
