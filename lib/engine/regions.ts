import type { Exclusion } from './types.ts';
import { mergeSpans } from './html-to-text.ts';

/**
 * Finds what is not the seller's new text: quoted history and the signature.
 * Only what the seller writes in this email can give or get (spec, "Only the
 * seller's new text counts").
 */

/**
 * Headers that open quoted history; everything from the first one on is
 * history. Each alternative is line-anchored so a sentence that merely
 * mentions "wrote" never cuts the draft.
 */
const HISTORY_HEADERS: readonly RegExp[] = [
  // Gmail / Apple Mail: "On Tue, Mar 3, 2026 at 9:14 AM Jane <jane@acme.com> wrote:" (may wrap once)
  /^[ \t]*On\b[^\n]{0,300}(?:\n[^\n]{0,200})?\bwrote:[ \t]*$/m,
  // Zoho and others: "---- On Mon, 02 Mar 2026 ... wrote ----"
  /^[ \t]*-{2,}[ \t]*On\b[^\n]{0,300}\bwrote[ \t]*-{2,}/m,
  // Translations of "On … wrote:" (fr, es, de, nl, pt, it, sv/da/no, pl)
  /^[ \t]*(?:Le|El|Am|Op|Em|Il|Den|På|W dniu)\b[^\n]{0,300}(?:\n[^\n]{0,200})?(?:a écrit|escribió|schrieb|schreef|escreveu|ha scritto|skrev|napisał\(a\)|napisał)[ \t]*:?[ \t]*$/m,
  // "-----Original Message-----" (Outlook, Lotus Notes) and "Forwarded message" / "Forwarded by"
  /^[ \t]*-{3,}[ \t]*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale)[ \t]*-{3,}/im,
  /^[ \t]*-{3,}[ \t]*Forwarded (?:message|by)\b/im,
  /^[ \t]*Begin forwarded message:/m,
  // Outlook's header block: "From: …" followed within three lines by "Sent:"/"Date:" (and translations)
  /^[ \t]*\*?(?:From|De|Von|Van|Da|Från)[ \t]*:\*?[ \t]+[^\n]+\n(?:[^\n]*\n){0,3}?[ \t]*\*?(?:Sent|Date|Envoyé|Gesendet|Enviado|Verzonden|Inviato|Skickat|Datum|Fecha)[ \t]*:/m,
  // Lotus Notes: "Jane Smith/Sales/ACME@ACME" then a date line, or "To: … cc: …" blocks
  /^[ \t]*[^\n/]{1,60}\/[^\n/]{1,40}\/[^\n]{0,80}@[^\n]{1,60}\n[ \t]*\d{1,2}\/\d{1,2}\/\d{2,4}/m,
  /^[ \t]*(?:From|To):[^\n]*\n[ \t]*cc:[^\n]*\n(?:[^\n]*\n)?[ \t]*Subject:/m,
  // Outlook's underscore rule above the header block
  /^[ \t]*_{10,}[ \t]*\n(?=[ \t]*\*?(?:From|De|Von)[ \t]*:)/m,
];

/** Sign-offs that close the seller's text; what follows is the signature, bar a P.S. */
const SIGN_OFF =
  /^[ \t]*(?:(?:best|kind|warm|warmest|many|with)?[ \t]*(?:regards|wishes|thanks)|best|cheers|thanks|thank you|thanks so much|thanks again|many thanks|sincerely|yours(?: truly| sincerely| faithfully)?|(?:very )?truly yours|sincerely yours|all the best|talk soon|speak soon|warmly|cordially|respectfully|take care|looking forward(?: to (?:hearing from you|it|your reply|your favou?rable reply))?|until then|cheers for now|thx|ty|br|rgds)[ \t]*[,.!—–-]?[ \t]*$/im;
const DELIMITER = /^-- ?$|^—[ \t]*$|^__+$/m;
const PS = /^[ \t]*\**P\.?[ \t]?S\b/i;
const QUOTED_LINE = /^[ \t]*>[^\n]*(?:\n|$)/gm;
const CONTACT = /https?:\/\/|www\.|@|\+?\d[\d\s().-]{7,}\d|\||\[(?:phone|email|website|title)[^\]]*\]|\{\{[^}]+\}\}/i;

export function findExclusions(text: string, initial: readonly Exclusion[] = []): Exclusion[] {
  const found: Exclusion[] = [...initial];

  let historyStart = text.length;
  for (const header of HISTORY_HEADERS) {
    const m = header.exec(text);
    if (m && m.index < historyStart) historyStart = m.index;
  }
  if (historyStart < text.length) found.push({ start: historyStart, end: text.length, reason: 'quote' });

  for (const m of text.matchAll(QUOTED_LINE)) {
    if (m.index < historyStart) found.push({ start: m.index, end: m.index + m[0].length, reason: 'quote' });
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

function linesOf(text: string, end: number): Line[] {
  const lines: Line[] = [];
  let start = 0;
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
  const all = linesOf(text, end);
  const lines = all.slice(Math.max(0, all.length - 40));
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
  const looksLikeSignature = block.every((l) => {
    const t = l.text.trim();
    return CONTACT.test(t) || (t.length <= 40 && !/[.?!:]$/.test(t) && t.split(/\s+/).length <= 5);
  });
  const first = block[0];
  if (!looksLikeSignature || !first || !block.some((l) => CONTACT.test(l.text))) return null;
  return { start: first.start, end, reason: 'signature' };
}
