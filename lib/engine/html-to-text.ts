import { Parser } from 'htmlparser2';
import { mergeSpans } from './spans.ts';
import type { Exclusion } from './types.ts';

/**
 * Turns a compose body's innerHTML into the plain text a reader sees, and
 * marks the parts the markup itself labels as quoted history or signature
 * (Gmail's `gmail_quote` / `gmail_signature`, Outlook's `divRplyFwdMsg`,
 * `<blockquote>`, Thunderbird's `moz-*`). Offsets of the findings then index
 * this text, which the caller gets back as `Analysis.text`.
 */

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg', 'object', 'iframe']);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'col', 'area', 'base', 'source', 'embed', 'track', 'param']);

type Attribs = Record<string, string>;

/** Which kind of excluded region an element opens, if any. */
function regionOf(name: string, attribs: Attribs): 'quote' | 'signature' | 'rest-quote' | null {
  const cls = ` ${attribs.class ?? ''} `;
  const id = attribs.id ?? '';
  if (/ (?:gmail_signature|moz-signature|signature) /i.test(cls) || /^(?:x_)?signature$/i.test(id)) return 'signature';
  if (attribs['data-smartmail'] === 'gmail_signature') return 'signature';
  // Outlook puts the reply header in #divRplyFwdMsg and the quoted mail after
  // it as siblings, so everything from there on is history.
  if (/^(?:x_)?divRplyFwdMsg$/.test(id) || /^(?:x_)?appendonsend$/.test(id) || / OutlookMessageHeader /.test(cls)) {
    return 'rest-quote';
  }
  if (name === 'blockquote' || / (?:gmail_quote|gmail_extra|moz-cite-prefix|yahoo_quoted|protonmail_quote) /.test(cls)) {
    return 'quote';
  }
  return null;
}

export interface HtmlText {
  text: string;
  excluded: Exclusion[];
}

/** Heuristic used by `format: 'auto'`: does the input look like markup? */
export function looksLikeHtml(input: string): boolean {
  return /<(?:div|p|br|span|html|body|blockquote|table|a|b|i|strong|em|ul|ol|li|font|hr)\b[^>]*>/i.test(input.slice(0, 20_000));
}

export function htmlToText(html: string): HtmlText {
  // Text is collected in parts with its length and last character tracked:
  // asking a growing string for endsWith() flattens it each time, which made
  // a 2 MB body take seconds.
  const parts: string[] = [];
  let length = 0;
  let last = '';
  const append = (s: string) => {
    if (s.length === 0) return;
    parts.push(s);
    length += s.length;
    last = s[s.length - 1] as string;
  };
  const excluded: Exclusion[] = [];
  const stack: { name: string; region: 'quote' | 'signature' | null; start: number }[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  let restQuoteFrom = -1;

  const newline = () => {
    if (length > 0 && last !== '\n') append('\n');
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (SKIP.has(name)) skipDepth++;
        if (name === 'pre') preDepth++;
        const region = regionOf(name, attribs);
        if (region === 'rest-quote' && restQuoteFrom < 0) {
          newline();
          restQuoteFrom = length;
        }
        if (BLOCK.has(name)) {
          if (name === 'br') append('\n');
          else newline();
        }
        if (!VOID.has(name)) {
          stack.push({ name, region: region === 'rest-quote' ? null : region, start: length });
        }
      },
      ontext(data) {
        if (skipDepth > 0) return;
        let chunk = preDepth > 0 ? data : data.replace(/[ \t\r\n\f]+/g, ' ');
        // Collapse the space HTML would not render at the start of a line.
        if (preDepth === 0 && (length === 0 || last === '\n' || last === ' ') && chunk.startsWith(' ')) {
          chunk = chunk.slice(1);
        }
        append(chunk.replace(/\u00a0/g, ' '));
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // Pop to the matching element; htmlparser2 reports implied closes too.
        for (let i = stack.length - 1; i >= 0; i--) {
          const entry = stack[i];
          if (!entry || entry.name !== name) continue;
          stack.length = i;
          if (entry.region && length > entry.start) {
            excluded.push({ start: entry.start, end: length, reason: entry.region });
          }
          break;
        }
        if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (BLOCK.has(name)) newline();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  const text = parts.join('');
  if (restQuoteFrom >= 0 && restQuoteFrom < text.length) {
    excluded.push({ start: restQuoteFrom, end: text.length, reason: 'quote' });
  }
  return { text, excluded: mergeSpans(excluded) };
}
