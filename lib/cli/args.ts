/**
 * Pure command-line parsing for `quid`. Nothing here touches the file system
 * or the process, so every usage error can be tested directly.
 */

export const USAGE = `Usage: quid analyze [--json] [--rules id,id] FILE...
       quid help

Lints sales-email drafts for gives that ask for nothing back.

Commands:
  analyze        Analyse each FILE (.txt, .html/.htm, .eml; '-' reads stdin)
  help           Show this help

Options:
  --json         Print one JSON array, one object per file, in input order
  --rules ID,ID  Use only these rule sets (default: all)
  -h, --help     Show this help

Exit codes: 0 no unreciprocated draft, 1 at least one, 2 usage or input error.`;

export interface AnalyzeCommand {
  command: 'analyze';
  json: boolean;
  /** Rule-set ids from --rules, deduplicated; undefined means all sets. */
  ruleSets: string[] | undefined;
  files: string[];
}

export type ParsedArgs =
  | { command: 'help' }
  | AnalyzeCommand
  | { command: 'error'; message: string };

const usageError = (message: string): ParsedArgs => ({ command: 'error', message });

/** Parses the arguments after the script name (`process.argv.slice(2)`). */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  // Help wins wherever it appears (before `--`), like most CLIs: asking for help never fails.
  const endOfOptions = argv.indexOf('--');
  const optionPart = endOfOptions === -1 ? argv : argv.slice(0, endOfOptions);
  if (optionPart.includes('--help') || optionPart.includes('-h')) return { command: 'help' };

  const [command, ...rest] = argv;
  if (command === undefined) return usageError("missing command (try 'quid --help')");
  if (command === 'help') return { command: 'help' };
  if (command !== 'analyze') {
    return usageError(`unknown command '${command}' (try 'quid --help')`);
  }

  let json = false;
  let ruleSets: string[] | undefined;
  const files: string[] = [];
  let onlyFiles = false;

  const queue = [...rest];
  for (let arg = queue.shift(); arg !== undefined; arg = queue.shift()) {
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
    } else if (arg === '--') {
      onlyFiles = true;
    } else if (arg === '--json') {
      json = true;
    } else if (arg === '--rules' || arg.startsWith('--rules=')) {
      const value = arg === '--rules' ? queue.shift() : arg.slice('--rules='.length);
      if (value === undefined) return usageError('--rules needs a comma-separated list of rule-set ids');
      const ids = value
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '');
      if (ids.length === 0) return usageError('--rules needs a comma-separated list of rule-set ids');
      // Repeated --rules accumulate, so scripts can build the list piecewise.
      ruleSets = [...new Set([...(ruleSets ?? []), ...ids])];
    } else {
      return usageError(`unknown option '${arg}' (try 'quid --help')`);
    }
  }

  if (files.length === 0) return usageError('no files given (use - to read stdin)');
  // stdin can be consumed only once; a second '-' would silently analyse nothing.
  if (files.filter((f) => f === '-').length > 1) return usageError("'-' (stdin) can be given only once");

  return { command: 'analyze', json, ruleSets, files };
}

/** Returns a usage error for the first id not in `known`, or undefined when all are known. */
export function checkRuleSets(ids: readonly string[], known: readonly string[]): string | undefined {
  const unknown = ids.filter((id) => !known.includes(id));
  if (unknown.length === 0) return undefined;
  const list = unknown.map((id) => `'${id}'`).join(', ');
  return `unknown rule-set id${unknown.length > 1 ? 's' : ''} ${list} (known: ${known.join(', ')})`;
}
