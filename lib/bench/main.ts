/**
 * `npm run bench:engine [FILE.jsonl ...]` (the first half of `npm run bench`,
 * which then runs `bench:e2e`): the engine's speed on the project corpus and on ~500 KB
 * and ~5 MB concatenations of it, against a bare single-regex scan of all the
 * engine's literal cue words on the same text in the same process (the
 * practical ceiling for any phrase matcher).
 */
import { compileRules, matches } from '../engine/compile.ts';
import { analyze, normalize } from '../engine/analyze.ts';
import { htmlToText, looksLikeHtml } from '../engine/html-to-text.ts';
import { findExclusions } from '../engine/regions.ts';
import { ownSegments, splitSentences } from '../engine/sentences.ts';
import { RULE_SETS } from '../rules/registry.ts';
import { loadCorpus, projectCorpusFiles } from '../eval/main.ts';

const MB = 1024 * 1024;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** Median wall time of `fn` over `runs` runs after one warm-up. */
function time(fn: () => unknown, runs: number): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** One regex of every literal cue the rules use: what a naive phrase scanner does. */
function bareScanner(): RegExp {
  const words = new Set<string>();
  const symbols = new Set<string>();
  for (const set of RULE_SETS) {
    for (const rule of set.rules) for (const cue of rule.cues) (/^[a-z]+$/.test(cue) ? words : symbols).add(cue);
  }
  // One alternation behind one word boundary: the shape a phrase-list linter uses.
  const alternation = [...words].sort((a, b) => b.length - a.length).join('|');
  const symbolClass = [...symbols].map((c) => `\\${c}`).join('');
  return new RegExp(`\\b(?:${alternation})s?\\b${symbolClass ? `|[${symbolClass}]` : ''}`, 'gi');
}

function bareScan(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
}

function concat(texts: readonly string[], target: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const t = texts[i % texts.length] ?? '';
    parts.push(t);
    size += bytes(t) + 2;
  }
  return parts.join('\n\n');
}

function main(argv: string[]): void {
  const { drafts, errors } = loadCorpus(argv.length > 0 ? argv : projectCorpusFiles());
  if (errors.length > 0 || drafts.length === 0) {
    process.stderr.write(`bench: the project corpus has problems:\n${errors.join('\n')}\n`);
    process.exitCode = 2;
    return;
  }
  const scanner = bareScanner();
  const out: string[] = [];
  const line = (s: string) => out.push(s) && process.stdout.write(`${s}\n`);
  line(`node ${process.version}, ${drafts.length} drafts, ${RULE_SETS.reduce((n, s) => n + s.rules.length, 0)} rules`);

  // Per draft, as the content script calls it on every pause in typing.
  const perDraft: number[] = [];
  let corpusBytes = 0;
  for (const d of drafts) {
    corpusBytes += bytes(d.text);
    perDraft.push(time(() => analyze(d.text), 15));
  }
  const corpusEngine = perDraft.reduce((a, b) => a + b, 0);
  const allText = drafts.map((d) => d.text).join('\n\n');
  const corpusBare = time(() => bareScan(scanner, allText), 15);
  line('');
  line(`corpus (${(corpusBytes / 1024).toFixed(0)} KB, one analyze() per draft)`);
  line(`  median per draft     ${median(perDraft).toFixed(3)} ms   (p95 ${[...perDraft].sort((a, b) => a - b)[Math.floor(perDraft.length * 0.95)]?.toFixed(3)} ms)`);
  line(`  engine throughput    ${(corpusBytes / MB / (corpusEngine / 1000)).toFixed(1)} MB/s`);
  line(`  bare scan            ${(corpusBytes / MB / (corpusBare / 1000)).toFixed(1)} MB/s   engine/bare ${(corpusEngine / corpusBare).toFixed(1)}x`);

  // Large inputs: drafts without quoted history or markup, so that none of the
  // concatenation is cut away as history and every byte is analysed.
  const plain = drafts
    .map((d) => d.text)
    .filter((t) => !looksLikeHtml(t) && analyze(t).excluded.every((e) => e.reason !== 'quote'));
  const sizes = [0.5 * MB, 5 * MB];
  const results: number[] = [];
  for (const size of sizes) {
    const text = concat(plain, size);
    const n = bytes(text);
    const runs = size > MB ? 5 : 9;
    const a = analyze(text);
    const engine = time(() => analyze(text), runs);
    const bare = time(() => bareScan(scanner, text), runs);
    results.push(engine);
    const analysed = 1 - a.excluded.reduce((s, e) => s + e.end - e.start, 0) / text.length;
    line('');
    line(`concatenation ${(n / MB).toFixed(2)} MB (${plain.length} plain drafts repeated, ${(analysed * 100).toFixed(1)}% analysed, ${a.gives.length} gives, ${a.gets.length} gets)`);
    line(`  engine               ${engine.toFixed(1)} ms   ${(n / MB / (engine / 1000)).toFixed(1)} MB/s`);
    line(`  bare scan            ${bare.toFixed(1)} ms   ${(n / MB / (bare / 1000)).toFixed(1)} MB/s   engine/bare ${(engine / bare).toFixed(1)}x`);
  }

  // A 5 MB HTML body (the CLI's .html input, a compose body's innerHTML): the
  // HTML reader must stay linear too.
  const html = concat(plain.map((t) => `<div>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;').split('\n').join('</div><div>')}</div>`), 5 * MB);
  const htmlBytes = bytes(html);
  const readMs = time(() => htmlToText(html), 3);
  const htmlMs = time(() => analyze(html, { format: 'html' }), 3);
  line('');
  line(`HTML body ${(htmlBytes / MB).toFixed(2)} MB (the same drafts as <div> lines)`);
  line(`  HTML reader          ${readMs.toFixed(1)} ms   ${(htmlBytes / MB / (readMs / 1000)).toFixed(1)} MB/s`);
  line(`  reader + engine      ${htmlMs.toFixed(1)} ms   ${(htmlBytes / MB / (htmlMs / 1000)).toFixed(1)} MB/s`);
  line('');
  line('costliest rules on the corpus, as the engine runs them (only on sentences holding their cues, only the alternatives whose literals are there):');
  line('       ms      runs   matches  rule');
  const compiled = compileRules(RULE_SETS, new Set(), []);
  const runs = new Array<number>(compiled.rules.length).fill(0);
  const hits = new Array<number>(compiled.rules.length).fill(0);
  const spent = new Array<number>(compiled.rules.length).fill(0);
  const queue: number[] = [];
  // Two passes, the first to compile every pattern, so the figures are the steady state the per-draft timings see.
  for (let pass = 0; pass < 2; pass++) {
    runs.fill(0);
    hits.fill(0);
    spent.fill(0);
    for (const d of drafts) {
      const text = normalize(looksLikeHtml(d.text) ? htmlToText(d.text).text : d.text);
      for (const span of splitSentences(text, ownSegments(text.length, findExclusions(text)))) {
        const sentence = text.slice(span.start, span.end);
        queue.length = 0;
        compiled.cues.collect(text, span, queue);
        for (const r of queue) {
          const c = compiled.rules[r] as (typeof compiled.rules)[number];
          const t0 = performance.now();
          hits[r] = (hits[r] ?? 0) + matches(c, sentence).length;
          spent[r] = (spent[r] ?? 0) + performance.now() - t0;
          runs[r] = (runs[r] ?? 0) + 1;
        }
      }
    }
  }
  const order = [...spent.keys()].sort((x, y) => (spent[y] ?? 0) - (spent[x] ?? 0)).slice(0, 8);
  for (const r of order) {
    const c = compiled.rules[r];
    line(`  ${(spent[r] ?? 0).toFixed(1).padStart(7)} ${String(runs[r]).padStart(9)} ${String(hits[r]).padStart(9)}  ${c?.ruleSetId}/${c?.rule.id}`);
  }
  line('');
  line(`linearity: time(5 MB) / time(500 KB) = ${((results[1] ?? 0) / (results[0] ?? 1)).toFixed(1)} (10.0 is linear)`);
  line('goals: >= 30 MB/s, <= 30x the bare scan, linear growth');
}

main(process.argv.slice(2));
