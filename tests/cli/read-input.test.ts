import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MAX_INPUT_BYTES,
  decodeEml,
  decodeInput,
  decodeText,
  decodeWindows1252,
  kindOfPath,
  readInput,
  readStream,
  type InputResult,
} from '../../lib/cli/read-input.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => join(FIXTURES, name);
const noStdin = Readable.from([]);

const tmp = mkdtempSync(join(tmpdir(), 'quid-cli-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});
const errorOf = (result: InputResult) => (result.ok ? undefined : result.error);
function tmpFile(name: string, content: Uint8Array | string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe('decodeText', () => {
  it('decodes UTF-8 and strips a BOM', () => {
    expect(decodeText(Buffer.from('\uFEFFcafé 👋', 'utf8'))).toEqual({ ok: true, text: 'café 👋' });
  });

  it('falls back to windows-1252 for invalid UTF-8', () => {
    // 0xE9 = é in Latin-1; 0x80 = € in windows-1252 (the superset mail clients write).
    expect(decodeText(Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]))).toEqual({ ok: true, text: 'café €' });
  });

  it('maps every windows-1252 byte', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = decodeWindows1252(all);
    expect(text.length).toBe(256);
    expect(text.slice(0x91, 0x95)).toBe('\u2018\u2019\u201c\u201d');
    expect(text[0x9f]).toBe('\u0178');
    expect(text.slice(0xa0)).toBe(Buffer.from(all.subarray(0xa0)).toString('latin1'));
  });

  it('decodes UTF-16 only with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('I can take 15% off', 'utf16le')]);
    expect(decodeText(le)).toEqual({ ok: true, text: 'I can take 15% off' });
    expect(decodeText(Buffer.from('I can', 'utf16le'))).toMatchObject({ ok: false });
  });

  it('rejects NUL bytes and control-heavy non-UTF-8 data as binary', () => {
    expect(decodeText(Uint8Array.from([0x61, 0x00, 0x62]))).toEqual({ ok: false, error: 'binary file (contains NUL bytes)' });
    const junk = Uint8Array.from({ length: 200 }, (_, i) => [0x89, 0x50, 0x01, 0x02, 0xff][i % 5] ?? 0);
    expect(decodeText(junk)).toEqual({ ok: false, error: 'binary file (not UTF-8 or Latin-1 text)' });
  });

  it('accepts empty input', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: '' });
  });
});

describe('kindOfPath and formats', () => {
  it('maps extensions case-insensitively; unknown ones are text', () => {
    expect(kindOfPath('a.HTML')).toBe('html');
    expect(kindOfPath('a.htm')).toBe('html');
    expect(kindOfPath('dir.eml/a.EML')).toBe('eml');
    expect(kindOfPath('a.txt')).toBe('text');
    expect(kindOfPath('notes.md')).toBe('text');
    expect(kindOfPath('README')).toBe('text');
  });

  it('analyses html files as html, stdin as auto, other files as text', async () => {
    const bytes = Buffer.from('<p>x</p>');
    expect(await decodeInput(bytes, 'html')).toMatchObject({ ok: true, format: 'html', text: '<p>x</p>' });
    expect(await decodeInput(bytes, 'stdin')).toMatchObject({ ok: true, format: 'auto' });
    expect(await decodeInput(bytes, 'text')).toMatchObject({ ok: true, format: 'text' });
  });
});

describe('decodeEml', () => {
  it('decodes a quoted-printable Latin-1 text/plain body', async () => {
    const result = await decodeEml(readFileSync(fixture('qp-latin1.eml')));
    expect(result).toMatchObject({ ok: true, kind: 'eml', format: 'text' });
    if (!result.ok) return;
    expect(result.text).toContain('Hallo Frau Müller');
    // Smart quotes and dashes mislabelled as iso-8859-1 come out as windows-1252.
    expect(result.text).toContain('\u201cCafé-Termin\u201d dabei waren \u2013 danke.');
    // The soft line break inside "first" is joined.
    expect(result.text).toContain('I can take 15% off the first year');
    expect(result.text).toContain('Grüße,\nJörg');
  });

  it('prefers the base64 UTF-8 text/plain part of a multipart/alternative', async () => {
    const result = await decodeEml(readFileSync(fixture('base64-utf8.eml')));
    expect(result).toMatchObject({ ok: true, format: 'text' });
    if (!result.ok) return;
    expect(result.text.startsWith('Hi Dana 👋,\n')).toBe(true);
    expect(result.text).toContain('café team');
    expect(result.text).not.toContain('HTML part');
  });

  it('falls back to the HTML part, analysed as HTML', async () => {
    const result = await decodeEml(readFileSync(fixture('html-only.eml')));
    expect(result).toMatchObject({ ok: true, format: 'html' });
    if (result.ok) expect(result.text).toContain('<b>15% off</b>');
  });

  it('uses the HTML part when the text/plain part is blank', async () => {
    const raw = [
      'Content-Type: multipart/alternative; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      '  ',
      '--b',
      'Content-Type: text/html',
      '',
      '<p>Hello</p>',
      '--b--',
      '',
    ].join('\r\n');
    expect(await decodeEml(Buffer.from(raw))).toMatchObject({ ok: true, format: 'html', text: '<p>Hello</p>\n' });
  });

  it('rejects a message without a text part', async () => {
    expect(await decodeEml(readFileSync(fixture('attachment-only.eml')))).toEqual({
      ok: false,
      error: 'no text/plain or text/html part',
    });
  });
});

describe('readInput', () => {
  it('reads a file by extension', async () => {
    expect(await readInput(fixture('draft.html'), noStdin)).toMatchObject({ ok: true, kind: 'html', format: 'html' });
    expect(await readInput(fixture('unreciprocated.txt'), noStdin)).toMatchObject({ ok: true, kind: 'text', format: 'text' });
  });

  it('reads stdin for -', async () => {
    const stdin = Readable.from([Buffer.from('\uFEFFI can '), Buffer.from('take 15% off')]);
    expect(await readInput('-', stdin)).toEqual({ ok: true, kind: 'stdin', text: 'I can take 15% off', format: 'auto' });
  });

  it('reports missing files, directories and binary files', async () => {
    expect(await readInput(join(tmp, 'nope.txt'), noStdin)).toEqual({ ok: false, error: 'no such file' });
    expect(await readInput(tmp, noStdin)).toEqual({ ok: false, error: 'is a directory' });
    const bin = tmpFile('image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    expect(errorOf(await readInput(bin, noStdin))).toMatch(/^binary file/);
    const binEml = tmpFile('bin.eml', Uint8Array.from([0x46, 0x00, 0x00]));
    expect(errorOf(await readInput(binEml, noStdin))).toMatch(/^binary file/);
  });

  it('refuses files and stdin over the size cap', async () => {
    const big = tmpFile('big.txt', Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61));
    expect(await readInput(big, noStdin)).toEqual({ ok: false, error: 'input is larger than 5 MB' });
    const exact = tmpFile('exact.txt', Buffer.alloc(MAX_INPUT_BYTES, 0x61));
    expect(await readInput(exact, noStdin)).toMatchObject({ ok: true });

    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const endless = Readable.from((function* () {
      for (;;) yield chunk;
    })());
    expect(await readStream(endless)).toEqual({ ok: false, error: 'input is larger than 5 MB' });
    expect(endless.destroyed).toBe(true);
  });
});
