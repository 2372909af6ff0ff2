/**
 * Turns one command-line input (a path or `-`) into the text the engine
 * analyses and the format to analyse it in. Decoding is pure (`decodeText`,
 * `decodeInput`); only `readInput` and `readStream` do I/O.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import PostalMime from 'postal-mime';

/** Larger inputs are refused: no email draft is that long, and the engine is not built for it. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export type InputKind = 'text' | 'html' | 'eml' | 'stdin';

export interface Input {
  ok: true;
  kind: InputKind;
  /** The decoded text handed to the engine. */
  text: string;
  format: 'auto' | 'text' | 'html';
}

export interface InputError {
  ok: false;
  error: string;
}

export type InputResult = Input | InputError;

const fail = (error: string): InputError => ({ ok: false, error });

/** How a path's extension decides the parsing; stdin is handled by the caller. */
export function kindOfPath(path: string): Exclude<InputKind, 'stdin'> {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.eml') return 'eml';
  return 'text';
}

/**
 * Control characters that never occur in text a person wrote. Tab, LF, VT, FF,
 * CR and ESC are left out, and so are C1 controls, which windows-1252 never
 * produces for the bytes it defines.
 */
// eslint-disable-next-line no-control-regex
const BINARY_CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]/g;

function looksBinary(text: string): boolean {
  const controls = text.match(BINARY_CONTROL)?.length ?? 0;
  // A stray control byte can sit in real text; a few percent of them means data.
  return controls > 0 && controls / text.length > 0.02;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * windows-1252 characters for bytes 0x80–0x9f (undefined bytes keep their C1 code).
 * Decoded by hand because Node 20's TextDecoder('windows-1252') returns plain
 * Latin-1 for this range (nodejs/node#56542), turning “smart quotes” into controls.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  // Chunked so String.fromCharCode never gets more arguments than the engine allows.
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

/**
 * Decodes file bytes as UTF-8 (BOM stripped), falling back to windows-1252
 * (the superset of Latin-1 that legacy Windows and mail clients write) when
 * the bytes are not valid UTF-8. UTF-16 is accepted only with a BOM, since
 * without one it cannot be told from binary.
 */
export function decodeText(bytes: Uint8Array): { ok: true; text: string } | InputError {
  if (bytes.length >= 2) {
    const [b0, b1] = bytes;
    const utf16 = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : undefined;
    if (utf16) {
      try {
        const text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
        if (!text.includes('\0') && !looksBinary(text)) return { ok: true, text };
      } catch {
        // Invalid UTF-16: fall through to the checks below, which will call it binary.
      }
    }
  }
  if (bytes.includes(0)) return fail('binary file (contains NUL bytes)');
  try {
    // The fatal decoder strips a leading BOM itself (ignoreBOM: false).
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const text = decodeWindows1252(bytes);
    if (looksBinary(text)) return fail('binary file (not UTF-8 or Latin-1 text)');
    return { ok: true, text };
  }
}

/**
 * postal-mime decodes Latin-1 parts with the same faulty TextDecoder, so smart
 * quotes and dashes that Outlook sends as "iso-8859-1" arrive as C1 controls.
 * Nobody writes C1 controls in mail, so mapping them back is safe.
 */
function fixC1(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH.charAt(c.charCodeAt(0) - 0x80));
}

/** Picks the body of a MIME message: the text/plain part if it has content, else the HTML part. */
export async function decodeEml(bytes: Uint8Array): Promise<InputResult> {
  // 8BITMIME still forbids NUL, so a NUL byte means this is not a message at all.
  if (bytes.includes(0)) return fail('binary file (contains NUL bytes)');
  let email;
  try {
    email = await PostalMime.parse(bytes);
  } catch (err) {
    return fail(`cannot parse email: ${messageOf(err)}`);
  }
  if (email.text !== undefined && email.text.trim() !== '') {
    return { ok: true, kind: 'eml', text: fixC1(email.text), format: 'text' };
  }
  if (email.html !== undefined && email.html.trim() !== '') {
    return { ok: true, kind: 'eml', text: fixC1(email.html), format: 'html' };
  }
  return fail('no text/plain or text/html part');
}

/** Decodes the bytes of one input according to its kind. */
export async function decodeInput(bytes: Uint8Array, kind: InputKind): Promise<InputResult> {
  if (bytes.length > MAX_INPUT_BYTES) return fail(tooLarge());
  if (kind === 'eml') return decodeEml(bytes);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  // The spec fixes the formats: HTML files are HTML, stdin is sniffed, everything else is text.
  const format = kind === 'html' ? 'html' : kind === 'stdin' ? 'auto' : 'text';
  return { ok: true, kind, text: decoded.text, format };
}

/** Reads a stream up to the size cap; stops early rather than buffering an unbounded pipe. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array | InputError> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    size += buf.length;
    // Leaving the loop destroys the stream, so the process does not wait for the rest.
    if (size > MAX_INPUT_BYTES) return fail(tooLarge());
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** Reads and decodes a path, or stdin for `-`. Never throws: I/O failures become input errors. */
export async function readInput(path: string, stdin: AsyncIterable<Uint8Array | string>): Promise<InputResult> {
  if (path === '-') {
    let bytes;
    try {
      bytes = await readStream(stdin);
    } catch (err) {
      return fail(`cannot read stdin: ${messageOf(err)}`);
    }
    if (!(bytes instanceof Uint8Array)) return bytes;
    return decodeInput(bytes, 'stdin');
  }

  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('is a directory');
    // Check before reading, so a huge file is never loaded into memory.
    if (info.size > MAX_INPUT_BYTES) return fail(tooLarge());
    bytes = await readFile(path);
  } catch (err) {
    return fail(ioMessage(err));
  }
  return decodeInput(bytes, kindOfPath(path));
}

function tooLarge(): string {
  return `input is larger than ${String(MAX_INPUT_BYTES / (1024 * 1024))} MB`;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function ioMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read file: ${messageOf(err)}`;
  }
}
