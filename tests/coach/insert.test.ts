import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertText } from '../../lib/coach/insert.ts';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.contentEditable = 'true';
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('insertText', () => {
  it("uses the browser's insertText command when it works (undo can revert it)", () => {
    const body = editor('<div>Done.</div>');
    const text = body.querySelector('div')?.firstChild as Text;
    const exec = vi.fn((_cmd: string, _ui?: boolean, value?: string) => {
      const sel = getSelection();
      const node = sel?.anchorNode as Text;
      node.insertData(sel?.anchorOffset ?? 0, value ?? '');
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    expect(insertText(body, { node: text, offset: 5 }, ' Ask?')).toBe('native');
    expect(exec).toHaveBeenCalledWith('insertText', false, ' Ask?');
    expect(body.textContent).toBe('Done. Ask?');
    expect(document.activeElement).toBe(body);
    delete (document as { execCommand?: unknown }).execCommand;
  });

  it('falls back to a DOM insertion announced with beforeinput and input', () => {
    const body = editor('<div>Done.</div><div>Sam</div>');
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    const events: string[] = [];
    body.addEventListener('beforeinput', (e) => events.push(`${e.type}:${(e as InputEvent).inputType}:${(e as InputEvent).data}`));
    body.addEventListener('input', (e) => events.push(`${e.type}:${(e as InputEvent).inputType}`));
    const text = body.querySelector('div')?.firstChild as Text;
    expect(insertText(body, { node: text, offset: 5 }, ' Ask?')).toBe('fallback');
    expect(body.querySelector('div')?.textContent).toBe('Done. Ask?');
    expect(events).toEqual(['beforeinput:insertText: Ask?', 'input:insertText']);
    delete (document as { execCommand?: unknown }).execCommand;
  });

  it('lets an editor that handles beforeinput itself do the edit', () => {
    const body = editor('<div>Done.</div>');
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    body.addEventListener('beforeinput', (e) => {
      e.preventDefault();
      body.append(` ${(e as InputEvent).data ?? ''}`);
    });
    const text = body.querySelector('div')?.firstChild as Text;
    expect(insertText(body, { node: text, offset: 5 }, 'Ask?')).toBe('editor');
    delete (document as { execCommand?: unknown }).execCommand;
  });

  it('refuses a position outside the body', () => {
    const body = editor('<div>Done.</div>');
    const outside = document.createTextNode('elsewhere');
    document.body.append(outside);
    expect(insertText(body, { node: outside, offset: 0 }, 'Ask?')).toBe('failed');
    expect(body.textContent).toBe('Done.');
  });
});
