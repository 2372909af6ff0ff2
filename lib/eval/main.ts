/**
 * `npm run eval [--misses] [--spans] [FILE.jsonl ...]`: scores the engine on labelled
 * drafts (default: the project's corpus in tests/corpus/) and prints verdict
 * accuracy, per-verdict precision/recall/F1, macro-F1, and span-level
 * precision/recall per give category and get level. `--misses` lists the
 * drafts whose verdict is wrong; `--spans` every missed label and every
 * prediction no label supports.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCorpus, type LabelledDraft } from './corpus.ts';
import { evaluate, formatReport } from './score.ts';

export const PROJECT_CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'corpus');

export function projectCorpusFiles(): string[] {
  return readdirSync(PROJECT_CORPUS_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => join(PROJECT_CORPUS_DIR, f));
}

export function loadCorpus(files: readonly string[]): { drafts: LabelledDraft[]; errors: string[] } {
  const drafts: LabelledDraft[] = [];
  const errors: string[] = [];
  for (const file of files) {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (e) {
      errors.push(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
      continue;
    }
    const parsed = parseCorpus(raw, basename(file));
    drafts.push(...parsed.drafts);
    errors.push(...parsed.errors);
  }
  return { drafts, errors };
}

function main(argv: string[]): number {
  const showMisses = argv.includes('--misses');
  const showSpans = argv.includes('--spans');
  const files = argv.filter((a) => a !== '--misses' && a !== '--spans');
  const bad = files.find((f) => f.startsWith('-'));
  if (bad) {
    process.stderr.write(`eval: unknown flag ${bad} (usage: npm run eval -- [--misses] [--spans] [FILE.jsonl ...])\n`);
    return 2;
  }
  const targets = files.length > 0 ? files : projectCorpusFiles();
  const { drafts, errors } = loadCorpus(targets);
  for (const e of errors) process.stderr.write(`eval: ${e}\n`);
  if (drafts.length === 0) {
    process.stderr.write('eval: no drafts to score\n');
    return 2;
  }
  const name = files.length > 0 ? files.map((f) => basename(f)).join(', ') : 'project corpus (tests/corpus)';
  const report = evaluate(drafts);
  process.stdout.write(`${formatReport(name, report)}\n`);
  if (showMisses) {
    for (const m of report.misses) process.stdout.write(`  miss ${m.id}: labelled ${m.expected}, engine says ${m.got}\n`);
  }
  if (showSpans) {
    for (const e of report.spanErrors) {
      const rule = e.ruleId ? ` [${e.ruleId}]` : '';
      process.stdout.write(`  ${e.error} ${e.id} ${e.cls}${rule}: ${e.text.replace(/\s+/g, ' ')}\n`);
    }
  }
  return errors.length > 0 ? 2 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
