/**
 * Goods or work added for nothing ("I've put a case of lemons on tonight's
 * van, no charge"), shared by two rules that split it by what the goods are
 * for: extras on an order are a price give (added-at-no-charge), goods left
 * to try or to fall back on are a resources give (free-to-try).
 */
export const ADDED_FREE = String.raw`{WE}(?!n't)\s+(?:(?!not\b|never\b|[\w]+n't\b)[\w']+\s+){0,2}?(?:put|pop(?:ped)?|stuck|slip(?:ped)?|sen[dt]|pack(?:ed)?|load(?:ed)?|drop(?:ped)?(?: in| off| round)?|extend(?:ed)?|chuck(?:ed)?|toss(?:ed)?|reserv(?:e|ed)|arrang(?:e|ed)|book(?:ed)?|lin(?:e|ed) up|set aside)\s+[^.?!;]{3,100}?(?:,|—|–|\s-)?\s*(?:all\s+|and\s+)?(?:no charge|free of charge|at no (?:extra |additional )?(?:cost|charge)|no cost to you|on the house|on us|on me|without (?:a|any|the)\s+(?:[\w-]+\s+){0,2}?(?:charges?|fees?|costs?|surcharges?)|(?:(?:it|that|this|they)\s+)?(?:won't|will not|wont)\s+be\s+on\s+(?:the|your)\s+(?:invoice|bill)|not\s+on\s+(?:the|your)\s+(?:invoice|bill)|(?:I|we)?\s*(?:won't|will not|wont)\s+charge\s+(?:you\s+)?(?:for\s+)?(?:those|them|it|that|these|this))\b`;

/** What marks goods as left to try, sample or borrow. */
export const TO_TRY = String.raw`\b(?:to try|tasting|to taste|samples?|trial|standby|on loan|loan)\b`;

/** Cue words of both rules: the "no charge" words, and the verbs that add the goods. */
export const NO_CHARGE_CUES: readonly string[] = ['invoice', 'bill', 'charge', 'charges', 'cost', 'house', 'us', 'me'];
export const ADDING_VERBS: readonly string[] = ['reserved', 'arranged', 'booked', 'chuck', 'chucked', 'tossed', 'put', 'popped', 'stuck', 'slipped', 'sent', 'packed', 'loaded', 'drop', 'dropped', 'extended', 'send', 'pop'];
