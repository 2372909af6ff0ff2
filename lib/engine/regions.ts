import type { Exclusion } from './types.ts';
import { mergeSpans } from './spans.ts';

/**
 * Finds what is not the seller's new text: quoted history and the signature.
 * Only what the seller writes in this email can give or get (spec, "Only the
 * seller's new text counts").
 */

/**
 * Headers that open quoted history; everything from the first one on is
 * history. Each is tried only at the start of a line (sticky), and only on
 * lines whose first character could begin it, so a long draft is scanned
 * once.
 */
const GMAIL = /On\b[^\n]{0,300}(?:\n[^\n]{0,200})?\bwrote:[ \t]*$/my; // "On Tue, Mar 3, 2026 at 9:14 AM Jane <jane@acme.com> wrote:" (may wrap once)
const DASHED = /-{2,}[ \t]*(?:On\b[^\n]{0,300}\bwrote[ \t]*-{2,}|(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale)[ \t]*-{3,}|Forwarded (?:message|by)\b)/iy; // Zoho "---- On … wrote ----", Outlook/Lotus "-----Original Message-----", forwards
// Translations of "On … wrote:" (fr, es, de, nl, pt, it, sv/da/no, pl)
const TRANSLATED =
  /(?:Le|El|Am|Op|Em|Il|Den|På|W dniu)\b[^\n]{0,300}(?:\n[^\n]{0,200})?(?:a écrit|escribió|schrieb|schreef|escreveu|ha scritto|skrev|napisał\(a\)|napisał)(?:[ \t][^\n]{0,150}:|[ \t]*:?)[ \t]*$/my;
const APPLE_FORWARD = /Begin forwarded message:/y;
// Outlook's header block: "From: …" followed within three lines by "Sent:"/"Date:" (and translations)
const OUTLOOK =
  /\*?(?:From|De|Von|Van|Da|Från)[ \t]*:\*?[ \t]+[^\n]+\n(?:[^\n]*\n){0,3}?[ \t]*\*?(?:Sent|Date|Envoyé|Gesendet|Enviado|Verzonden|Inviato|Skickat|Datum|Fecha)[ \t]*:/y;
// Lotus Notes: "To: … / cc: … / Subject:" blocks
const LOTUS_BLOCK = /(?:From|To):[^\n]*\n[ \t]*cc:[^\n]*\n(?:[^\n]*\n)?[ \t]*Subject:/y;
// Lotus Notes: "Jane Smith/Sales/ACME@ACME" then a date line; found from its "@"
const LOTUS_NAME = /[^\n/]{1,60}\/[^\n/]{1,40}\/[^\n@]{0,80}@[^\n]{1,60}\n[ \t]*\d{1,2}\/\d{1,2}\/\d{2,4}/y;
// Outlook's underscore rule above the header block
const RULE = /_{10,}[ \t]*\n(?=[ \t]*\*?(?:From|De|Von)[ \t]*:)/y;

/** Which header patterns can start with a given first character. */
function headersFor(c: string): readonly RegExp[] {
  switch (c) {
    case 'O':
      return [GMAIL, TRANSLATED];
    case '-':
      return [DASHED];
    case 'L':
    case 'E':
    case 'A':
    case 'I':
    case 'P':
    case 'W':
      return [TRANSLATED];
    case 'D':
      return [TRANSLATED, OUTLOOK];
    case 'B':
      return [APPLE_FORWARD];
    case 'F':
    case '*':
      return [OUTLOOK, LOTUS_BLOCK];
    case 'V':
      return [OUTLOOK];
    case 'T':
      return [LOTUS_BLOCK];
    case '_':
      return [RULE];
    default:
      return [];
  }
}

function stickyAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** Start of the first quoted-history header, or the text's length. */
function findHistoryStart(text: string): number {
  let limit = text.length;
  // Lotus name lines are found from their "@", which prose rarely has.
  for (let at = text.indexOf('@'); at >= 0 && at < limit; at = text.indexOf('@', at + 1)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let s = lineStart;
    while (text[s] === ' ' || text[s] === '\t') s++;
    if (stickyAt(LOTUS_NAME, text, s)) {
      limit = lineStart;
      break;
    }
  }
  for (let lineStart = 0; lineStart < limit; ) {
    let s = lineStart;
    while (text[s] === ' ' || text[s] === '\t') s++;
    for (const re of headersFor(text[s] ?? '')) {
      if (stickyAt(re, text, s)) return lineStart;
    }
    const nl = text.indexOf('\n', lineStart);
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return limit;
}

/** Sign-offs that close the seller's text; what follows is the signature, bar a P.S. */
const SIGN_OFF =
  /^[ \t]*(?:(?:best|kind|warm|warmest|many|with)?[ \t]*(?:regards|wishes|thanks)|best|cheers|thanks|thank you|thanks so much|thanks again|many thanks|sincerely|yours(?: truly| sincerely| faithfully)?|(?:very )?truly yours|sincerely yours|all the best|talk soon|speak soon|warmly|cordially|respectfully|take care|looking forward(?: to (?:hearing from you|it|your reply|your favou?rable reply))?|until then|cheers for now|thx|ty|br|rgds)[ \t]*[,.!—–-]?[ \t]*$/i;
const DELIMITER = /^-- ?$|^—[ \t]*$|^__+$/;
const PS = /^[ \t]*\**P\.?[ \t]?S\b/i;
/** Contact details proper: a link, an address, a phone number, a "|" separated line. */
const STRONG_CONTACT = /https?:\/\/|www\.|\b[\w-]+\.(?:com|io|co|net|org|ai|app|me|uk|de|fr|eu|us)\/|@|\+?\d[\d\s().-]{7,}\d|\|/i;
/** Those, or a template's slot for them: "[phone]", "{{sender_email}}". */
const CONTACT = new RegExp(`${STRONG_CONTACT.source}|\\[(?:phone|email|website|title)[^\\]]*\\]|\\{\\{[^}]+\\}\\}`, 'i');

export function findExclusions(text: string, initial: readonly Exclusion[] = []): Exclusion[] {
  const found: Exclusion[] = [...initial];
  const historyStart = findHistoryStart(text);
  if (historyStart < text.length) found.push({ start: historyStart, end: text.length, reason: 'quote' });

  // "> " lines: quoted inline, left out one by one.
  for (let at = text.indexOf('>'); at >= 0 && at < historyStart; at = text.indexOf('>', at + 1)) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (text.slice(lineStart, at).trim() !== '') continue;
    let end = text.indexOf('\n', at);
    end = end < 0 ? text.length : end + 1;
    found.push({ start: lineStart, end: Math.min(end, historyStart), reason: 'quote' });
    at = end - 1;
  }

  const sig = findSignature(text, historyStart);
  if (sig) found.push(sig);

  return mergeSpans(found);
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/** The last `count` lines before `end`: a signature is near the end, so a long draft costs nothing here. */
function lastLines(text: string, end: number, count: number): Line[] {
  let from = end;
  for (let n = 0; n < count && from > 0; n++) from = from >= 2 ? text.lastIndexOf('\n', from - 2) + 1 : 0;
  return linesOf(text, from, end);
}

function linesOf(text: string, from: number, end: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= end) {
    let nl = text.indexOf('\n', start);
    if (nl < 0 || nl > end) nl = end;
    lines.push({ start, end: nl, text: text.slice(start, nl) });
    if (nl >= end) break;
    start = nl + 1;
  }
  return lines;
}

/**
 * The signature: after an RFC 3676 "-- " delimiter, or after a sign-off line
 * when what follows is short contact-like lines. A P.S. ends it: the P.S. is
 * new text and counts. Only the last 40 lines are considered, so a long draft
 * costs nothing here.
 */
function findSignature(text: string, end: number): Exclusion | null {
  const lines = lastLines(text, end, 40);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const isDelimiter = DELIMITER.test(line.text);
    if (!isDelimiter && !SIGN_OFF.test(line.text)) continue;
    let j = i + 1;
    let contentLines = 0;
    let prose = false;
    for (; j < lines.length; j++) {
      const next = lines[j];
      if (!next) break;
      if (PS.test(next.text)) break;
      const t = next.text.trim();
      if (t === '') continue;
      contentLines++;
      if (isProse(t)) prose = true;
    }
    // A "Thanks," that opens a paragraph of prose is not a sign-off.
    if (!isDelimiter && (prose || contentLines > 10)) continue;
    const stop = j < lines.length ? (lines[j]?.start ?? end) : end;
    if (stop > line.start) return { start: line.start, end: stop, reason: 'signature' };
  }
  return trailingContactBlock(lines, end);
}

/** A sentence of the email rather than a name, title or contact line. */
function isProse(line: string): boolean {
  if (CONTACT.test(line) && line.length < 160) return false;
  const words = line.split(/\s+/).length;
  return words >= 12 || (words >= 5 && /[.?!]["')\]]?$/.test(line));
}

/** A closing paragraph of name/title/contact lines with no sign-off before it. */
function trailingContactBlock(lines: Line[], end: number): Exclusion | null {
  let i = lines.length - 1;
  while (i >= 0 && (lines[i]?.text.trim() ?? '') === '') i--;
  const last = i;
  while (i >= 0 && (lines[i]?.text.trim() ?? '') !== '') i--;
  const block = lines.slice(i + 1, last + 1);
  if (block.length < 2 || block.length > 8) return null;
  // A line of prose that merely holds a {{placeholder}} is not a contact line:
  // a template's whole body, joined by single line breaks, must not pass for one.
  const looksLikeSignature = block.every((l) => {
    const t = l.text.trim();
    return (STRONG_CONTACT.test(t) && t.length < 160) || (t.length <= 40 && !/[.?!:]$/.test(t) && t.split(/\s+/).length <= 5);
  });
  const first = block[0];
  if (!looksLikeSignature || !first || !block.some((l) => CONTACT.test(l.text))) return null;
  return { start: first.start, end, reason: 'signature' };
}
