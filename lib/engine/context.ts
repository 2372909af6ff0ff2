/**
 * What a flat phrase list misses: whether a match is negated or refused,
 * ruled out as a hypothetical, or sits in a condition the buyer must meet.
 * All functions take one sentence (already normalised) and offsets in it.
 */

/** Words that end the clause a negation can reach back into. */
const CLAUSE_BREAK = /[,;:()—–]|\s-\s|\b(?:but|however|although|though|yet|instead|otherwise|that said|what I can do|what we can do)\b/gi;

const NEGATION =
  /\b(?:not|no(?![-/](?:go|brainer|cost|charge|obligation|strings)\b)(?<!\b(?:yes|go)\s?\/\s?no)|never|cannot|unable|neither|nor|nothing|none|no longer|impossible|refuse|decline)\b|n't\b|\bcan not\b/i;

/**
 * "… isn't something we offer", "… is off the table", "… is further than I
 * can take it", "… is a step too far" after the match.
 */
const TRAILING_NEGATION =
  /^\s*(?:[\w'-]+\s+){0,3}?(?:(?:is|are|was|would be|will be|'s)\s+(?:not|never|off the table|out of the question|no longer|(?:a\s+(?:bit|little|lot|step)\s+|(?:a\s+)?(?:little|bit|lot|way|much)\s+)?(?:further|farther|more|longer|deeper|lower)\s+than\s+(?:I|we|I'm|we're)\s+(?:can|could|am able to|are able to|able to)\b|beyond\s+what\s+(?:I|we)\s+(?:can|could)\b|(?:a\s+(?:step|bridge)\s+)?too\s+far\b)\b|(?:isn't|aren't|wasn't|won't|wouldn't|can't|cannot|doesn't|don't)\b)/i;

/** Counterfactuals the seller rules out: "even if we wanted to discount…". */
const HYPOTHETICAL =
  /\b(?:even if|(?:normally|usually|ordinarily|typically) (?:I|we)(?:'d| would)|(?:I|we)(?:'d| would)(?: gladly| happily| also| certainly)? have (?!to\b|been able\b|your\b|you\b)[a-z]+(?:ed|en|t)\b|\bhad (?:you|I|we) (?:written|asked|told|come|signed|booked|ordered|been|known|contacted|called|reached out)\b|(?:I|we)(?:'d| would) (?:normally|usually|ordinarily|typically)|were (?:I|we) to|if (?:I|we) were to|would have to|if only|wish (?:I|we) could|if it were up to me|in theory|hypothetically|(?:I|we) would need to charge)\b/gi;

/**
 * "If we could…" is a counterfactual in a statement ("if we could discount,
 * we would"), but a trade in a question ("if we could include it at no cost,
 * would you sign?").
 */
const COUNTERFACTUAL_IF = /\bif (?:I|we) (?:could|were|had)\b/i;

/**
 * Is the give ending at `end` in a hypothetical the seller rules out? A
 * marker in a later clause qualifies something else: "let you set the pace;
 * whenever it makes sense, even if that's after the summer".
 */
export function isHypothetical(sentence: string, end = sentence.length): boolean {
  HYPOTHETICAL.lastIndex = 0;
  for (let m = HYPOTHETICAL.exec(sentence); m; m = HYPOTHETICAL.exec(sentence)) {
    if (!(m.index >= end && breakBetween(sentence, end, m.index))) return true;
  }
  return COUNTERFACTUAL_IF.test(sentence) && !/\?["')\]]*\s*$/.test(sentence);
}

/** Is there a clause break in sentence[from, to)? */
function breakBetween(sentence: string, from: number, to: number): boolean {
  CLAUSE_BREAK.lastIndex = from;
  const m = CLAUSE_BREAK.exec(sentence);
  return m !== null && m.index < to;
}

/**
 * Recounts of earlier concessions: only gives made in this exchange count
 * ("last year we waived the migration fee" is history, not a give).
 */
const RECOUNT =
  /\b(?:last (?:year|quarter|month|time|renewal|spring|summer|autumn|fall|winter|January|February|March|April|May|June|July|August|September|October|November|December)(?!'s)|previously|in the past|back in (?:January|February|March|April|May|June|July|August|September|October|November|December|the spring|the summer|the autumn|the fall|\d{4})|at the time|originally|(?:I|we) (?:already|previously) (?:gave|offered|agreed|waived|discounted)|as (?:I|we) did (?:last|before)|as you(?:'ll| will| may| might)? (?:remember|recall)|when we (?:first )?(?:kicked off|started working together|signed (?:the|your) (?:first|original)))\b/i;

/** The seller promising now: "I'll", "we can", "we're going to". */
const PROMISE = /\b(?:I|we)(?:'ll| will| can| could|'m going to| am going to|'re going to| are going to|'m happy to| am happy to|'re happy to| are happy to)\b/i;

/**
 * Does the sentence recount a concession from before this exchange? Not when
 * the give at [start, end) is promised now and the history sits in another
 * clause: "as we did last year, I'll waive the fee", "I'll eat the transport
 * since the pipe let you down last month".
 */
export function isRecount(sentence: string, start = 0, end = sentence.length): boolean {
  if (!RECOUNT.test(sentence)) return false;
  const clause = sentence.slice(afterLastBreak(sentence, start), end);
  return !PROMISE.test(clause) || RECOUNT.test(clause);
}

/**
 * Published terms restated: "same as on our pricing page", "for every
 * customer", "these are our standard rates", "it's currently 40% off". A
 * price or terms give in such a sentence is the list price, not a concession,
 * unless the sentence sets this buyer apart from it ("instead of our
 * standard…", "but for you…", "this time").
 */
const PUBLISHED =
  /\b(?:(?:on|in|from) our (?:pricing page|price list|rate card)|(?:as|like|listed|shown|published|advertised|posted) (?:on|in) our (?:website|site|store|storefront)|(?:for|to|with) (?:every|all(?: of)?(?: our)?) (?:(?:registered|eligible|qualifying|verified|existing|new)\s+)?(?:customers?|clients?|accounts?|members?|students?|buyers?|users?|subscribers?|schools?|nonprofits?|charit(?:y|ies)|organi[sz]ations?)\b(?!\s+(?:you|who|that|we|I)\b)|(?:these|those|this|that) (?:is|are) our (?:standard|published|usual|regular|normal|list) |(?:our|the) (?:published|public|posted) (?:[\w-]+ )?(?:tiers?|rates?|pricing|prices?|discounts?|terms|policy|offer|sale)|(?:is|are) (?:standard|published|public)\b|as standard\b|comes? as standard|the same for (?:everyone|everybody|anyone|all|every)\b|standard in the industry|(?:it's|it is|they're|they are) currently (?:on sale|\d{1,2}\s?% off)|(?:sale|promotion|promo|discount) window)/i;

const SETS_APART =
  /\b(?:but|however|although|though|instead of|rather than|in place of|exception|one-off|one-time|just for you|for you|this time|on top|beyond|below|better than|off (?:our|the|your) (?:list|standard|usual|normal|published|rack|full))\b/i;

/** Is the sentence a restatement of published terms, not a concession to this buyer? */
export function isPublishedTerms(sentence: string): boolean {
  return PUBLISHED.test(sentence) && !SETS_APART.test(sentence);
}

/**
 * The buyer's own request, reported back: "you asked whether we'd add a few
 * free months" offers nothing (the answer, if any, is in the next sentence).
 * Only when the give sits in the reported question itself, not in a reply
 * joined to it ("you asked if we could move the date, and we can").
 */
const REPORTED_REQUEST =
  /\b(?:you|they|he|she)\s+(?:also\s+|just\s+|had\s+|have\s+|'ve\s+)?(?:asked|wondered|wanted to know|(?:was|were) (?:asking|wondering))\s+(?:me\s+|us\s+)?(?:whether|if)\s+(?:I|we)\b(?![^]*\b(?:and|so|but|which)\b)/i;

/** Is the match at `start` inside a request of the buyer's that the seller reports back? */
export function isReportedRequest(sentence: string, start: number): boolean {
  return REPORTED_REQUEST.test(sentence.slice(afterLastBreak(sentence, start), start));
}

/** Opens a condition the buyer must meet: the "if you …" of a trade. */
const CONDITION =
  /\b(?:if|provided(?: that)?|providing|as long as|so long as|on the condition that|in exchange for|in return for|assuming|once|when|subject to|contingent on)\b/i;

/** Where the text after the last clause break (comma, dash, "but", …) before `at` starts. */
function afterLastBreak(sentence: string, at: number): number {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m && m.index < at; m = CLAUSE_BREAK.exec(sentence)) {
    start = m.index + m[0].length;
  }
  return start;
}

/**
 * Where the clause holding `at` starts. A subordinate clause starts its own:
 * the "no" of "at no charge" does not reach into "if you sign by the 31st",
 * nor "won't" into "unless you sign by Friday".
 */
function clauseStart(sentence: string, at: number): number {
  let start = afterLastBreak(sentence, at);
  SUBORDINATE.lastIndex = start;
  for (let m = SUBORDINATE.exec(sentence); m && m.index <= at; m = SUBORDINATE.exec(sentence)) {
    start = m.index;
  }
  return start;
}

/** A trailing negation reaches no further than a subordinate clause: "…so you don't have to worry". */
const SUBORDINATE = /\b(?:if|so|because|unless|when|whenever|since|in case|as long as|so that|while)\b/gi;

function clauseEnd(sentence: string, at: number): number {
  CLAUSE_BREAK.lastIndex = at;
  const m = CLAUSE_BREAK.exec(sentence);
  SUBORDINATE.lastIndex = at;
  const sub = SUBORDINATE.exec(sentence);
  return Math.min(m ? m.index : sentence.length, sub ? sub.index : sentence.length);
}

/** Negative questions that still ask: "why don't we…", "wouldn't it make sense…". */
const NEGATIVE_QUESTION = /\b(?:why (?:not|don't|wouldn't)|wouldn't it|won't you|don't you|can't we|couldn't we|isn't it|doesn't it)\b/gi;

/**
 * Is the match at [start, end) negated or refused within its clause? With
 * `includeMatch`, negations inside the match count too ("we won't match…").
 */
export function isNegated(sentence: string, start: number, end: number, includeMatch = true): boolean {
  const before = sentence.slice(clauseStart(sentence, start), includeMatch ? end : start).replace(NEGATIVE_QUESTION, '');
  if (NEGATION.test(before)) return true;
  const after = sentence.slice(end, clauseEnd(sentence, end));
  return TRAILING_NEGATION.test(after);
}


/** Does the sentence carry a condition ("if you…", "in exchange for…")? */
export function hasCondition(sentence: string): boolean {
  return CONDITION.test(sentence);
}
