import { GET_LEVELS, GIVE_CATEGORIES, VERDICTS, type GetLevel, type GiveCategory, type Verdict } from '../engine/types.ts';

/** One labelled draft, in the format of the shared corpus (docs/corpus.md). */
export interface LabelledDraft {
  id: string;
  source?: string;
  text: string;
  verdict: Verdict;
  gives: { category: GiveCategory; quote: string }[];
  gets: { level: GetLevel; quote: string }[];
  note?: string;
}

export type ParseResult = { drafts: LabelledDraft[]; errors: string[] };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Parses and checks a JSONL corpus: every line an object of the right shape,
 * every quote an exact substring of its text. Errors name the line.
 */
export function parseCorpus(jsonl: string, name = 'corpus'): ParseResult {
  const drafts: LabelledDraft[] = [];
  const errors: string[] = [];
  const ids = new Set<string>();
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${name}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      errors.push(`${where}: not JSON (${(e as Error).message})`);
      return;
    }
    if (!isObject(value)) return void errors.push(`${where}: not an object`);
    const { id, text, verdict, gives, gets } = value;
    if (typeof id !== 'string' || id === '') return void errors.push(`${where}: missing id`);
    if (ids.has(id)) errors.push(`${where}: duplicate id ${id}`);
    ids.add(id);
    if (typeof text !== 'string' || text === '') return void errors.push(`${where}: ${id} has no text`);
    if (!VERDICTS.includes(verdict as Verdict)) return void errors.push(`${where}: ${id} has verdict ${String(verdict)}`);
    if (!Array.isArray(gives) || !Array.isArray(gets)) return void errors.push(`${where}: ${id} lacks gives/gets arrays`);
    const draft: LabelledDraft = { id, text, verdict: verdict as Verdict, gives: [], gets: [] };
    if (typeof value.source === 'string') draft.source = value.source;
    if (typeof value.note === 'string') draft.note = value.note;
    for (const g of gives) {
      if (!isObject(g) || !GIVE_CATEGORIES.includes(g.category as GiveCategory) || typeof g.quote !== 'string') {
        errors.push(`${where}: ${id} has a malformed give`);
        continue;
      }
      if (!text.includes(g.quote)) errors.push(`${where}: ${id} give quote is not in the text: ${g.quote}`);
      draft.gives.push({ category: g.category as GiveCategory, quote: g.quote });
    }
    for (const g of gets) {
      if (!isObject(g) || !GET_LEVELS.includes(g.level as GetLevel) || typeof g.quote !== 'string') {
        errors.push(`${where}: ${id} has a malformed get`);
        continue;
      }
      if (!text.includes(g.quote)) errors.push(`${where}: ${id} get quote is not in the text: ${g.quote}`);
      draft.gets.push({ level: g.level as GetLevel, quote: g.quote });
    }
    drafts.push(draft);
  });
  return { drafts, errors };
}

/** The verdict the spec derives from a draft's labels. */
export function verdictOfLabels(d: Pick<LabelledDraft, 'gives' | 'gets'>): Verdict {
  if (d.gives.length === 0) return 'no-give';
  return d.gets.some((g) => g.level !== 'information') ? 'reciprocated' : 'unreciprocated';
}
