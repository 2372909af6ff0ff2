/**
 * The `quid` program without the process: arguments in, text out, exit code
 * returned. main.ts binds it to the real process; tests call it directly.
 */
import { analyze } from '../engine/analyze.ts';
import { RULE_SETS } from '../rules/registry.ts';
import { USAGE, checkRuleSets, parseArgs } from './args.ts';
import { exitCodeFor, formatError, formatHuman, formatJson, type FileResult } from './format.ts';
import { readInput } from './read-input.ts';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: AsyncIterable<Uint8Array | string>;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  if (args.command === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (args.command === 'error') {
    io.stderr(`quid: ${args.message}\n`);
    return 2;
  }
  if (args.ruleSets) {
    const problem = checkRuleSets(
      args.ruleSets,
      RULE_SETS.map((set) => set.id),
    );
    if (problem) {
      io.stderr(`quid: ${problem}\n`);
      return 2;
    }
  }

  const results: FileResult[] = [];
  // Files run one at a time so human output streams in input order.
  for (const file of args.files) {
    const result = await analyzeFile(file, args.ruleSets, io.stdin);
    results.push(result);
    if (!result.ok) io.stderr(formatError(file, result.error) + '\n');
    else if (!args.json) io.stdout(formatHuman(file, result.analysis));
  }
  if (args.json) io.stdout(formatJson(results));
  return exitCodeFor(results);
}

async function analyzeFile(
  file: string,
  ruleSets: readonly string[] | undefined,
  stdin: AsyncIterable<Uint8Array | string>,
): Promise<FileResult> {
  const input = await readInput(file, stdin);
  if (!input.ok) return { file, ok: false, error: input.error };
  try {
    const analysis = analyze(input.text, { format: input.format, ...(ruleSets ? { ruleSets } : {}) });
    return { file, ok: true, input, analysis };
  } catch (err) {
    // An engine bug on one draft must not hide the results of the others.
    return { file, ok: false, error: `analysis failed: ${err instanceof Error ? err.message : String(err)}` };
  }
}
