import type { RuleSet } from './types.ts';

/*
 * Shared fragments. Patterns are plain strings, so the pieces several rules
 * (and access-asks.ts) need are spelled once here.
 *
 * Speed: every alternative of every pattern starts with a literal word, so
 * the regex engine skips straight to it; the context that decides whether
 * the words are an ask (the seller's own step, an interest check) is a
 * lookbehind placed after that word, so it runs only where the word occurs.
 * Date vocabulary appears once per pattern, and every pattern goes through
 * `lean` (below): a big pattern is slow to compile and slow to run.
 */

/** Month names, whole or abbreviated. */
export const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`;

/** A weekday. */
export const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;

/**
 * A day or date: "Friday", "next Tuesday", "Friday 27 March", "the 30th",
 * "8 May", "March 8", "3/14", "{{DECISION_DATE}}".
 */
export const WHEN = String.raw`(?:(?:next|this|on|coming)\s+)?(?:${WEEKDAY}(?:,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b(?:\s+(?:of\s+)?${MONTH})?)?|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b|${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\{\{[A-Z_]*(?:DATE|DAY|DEADLINE)[A-Z_0-9]*\}\}|\[[^\]]{0,30}(?:date|deadline|day)[^\]]{0,15}\]|\{[^{}]{0,30}(?:date|deadline|day)[^{}]{0,15}\})`;

/** A deadline the buyer is asked to act by: "by Friday", "before 8 May", "this week", "at the end of week 5". */
export const DEADLINE = String.raw`(?:(?:by|before|no later than|ahead of|prior to|in time for)\s+(?:(?:close of business|COB|EOD|end of day)\s+(?:on\s+)?)?(?:${WHEN}|${MONTH}|(?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:day|week|month|quarter|year|Q[1-4]|${MONTH}|workshop|pilot|trial|sprint)|EO[DWMQ]\b|Q[1-4]\b|(?:month|quarter|year)-end|tomorrow|today|tonight|then\b)|at\s+(?:its|the|your|their|next\s+week's|this\s+week's|(?:the\s+)?board's)\s+(?:next\s+)?(?:(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH}|${WEEKDAY})\s+)?(?:board\s+|steering\s+|committee\s+)?(?:meeting|review|session)\b|(?:this|next)\s+(?:week|month|quarter)\b|(?:today|tomorrow)\b|at\s+the\s+end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:week|month|quarter|workshop|pilot|trial|sprint)\b(?:\s+\d{1,2}\b)?)`;

/**
 * Placed after an anchor word: the seller's own promise ("I'll send the
 * contract by Friday", "we have signed") is not an ask, unless a condition or
 * a need comes between ("I'll add seats if we can get the signature this
 * week", "we'll need it signed by Friday").
 */
const NOT_SELLER = String.raw`(?<!(?<!\b(?:if|once|when|as long as|provided|so that|and|can|could|shall|should|would|do|may)\s+)\b(?:I|we)(?:'ll| will| can| could| shall|'m going to| am going to| plan to| expect to| hope to| aim to| want to| have| had|'ve|'d be happy to| would be happy to)\s(?:(?!\b(?:if|once|when|provided|as long as|so long as|assuming|and|so that|unless|need|needs|require|ask)\b)[^.?!;,]){0,60})`;

/** Placed after an anchor word: "are you still planning to raise the PO this month?" is an interest check (information). */
const NOT_PLAN_CHECK = String.raw`(?<!\b(?:are|is)\s+(?:you|they|[\w-]+)\s+(?:still\s+)?(?:planning|hoping|looking|aiming|expecting|intending|going)\s+to\s[^.?!;,]{0,50}|\b(?:do|does)\s+(?:you|they|[\w-]+)\s+still\s+(?:plan|intend|expect|hope)\s+to\s[^.?!;,]{0,50})`;

/**
 * Placed after an anchor word, for rules that ignore the engine's clause
 * negation: a refusal shortly before the anchor cancels ("we don't need it
 * signed by Friday"), but a give's own "no" before a condition does not ("the
 * seats at no charge if we get the signed order form back by the 31st").
 */
const NOT_NEG = String.raw`(?<!(?:\b(?:not|no|never|cannot|nor)\b|n't\b)(?:(?!\b(?:if|once|when|provided|as long as|so long as|assuming|in exchange|in return|but|and|so)\b)[^.?!;,]){0,40})`;

/** Right after a condition word: a condition that is itself negated ("if you can't sign", "if a 3-year term is off the table") asks for nothing. */
const COND_NOT_NEG = String.raw`(?![^.?!;,]{0,60}?(?:\b(?:not|never|no longer|off the table|out of the question|cannot)\b|n't\b))`;

/** What the buyer does to commit: sign, decide, approve, pay, issue a PO, give an answer. */
const ACT = String.raw`(?:(?:counter|e-?)?sign(?:ed|ing|ature|atures|-?off)?\b(?!\s+(?:up|in|into)\b)|docusign\w*|execut(?:e|ed|ion)\b|finali[sz](?:e|ed|ing)\b|commit(?:ment|ted)?\b|decision\b(?!\s+(?:process|criteria|makers?|matrix|tree|internally|on (?:our|my) (?:side|end)|from (?:our|my)\b))|decide\b|approv(?:e|ed|al)\b(?!\s+(?:chains?|process|flows?|workflows?|matrix|steps?|rights|limits?|from\s+(?:my|our)\b))|PO\b(?!\s*(?:number|#|no\b))|purchase\s+orders?\b|signator(?:y|ies)\b|go-?ahead\b|green\s?light\b|deposit\b|payment\b(?!\s+(?:was|has been|had been|is|will be)\s+(?:received|processed|made|taken|collected|confirmed|applied|sent)\b)|pay\b|prepay(?:ment)?\b|confirm(?:ation)?\b(?!\s+(?:was|has been|is)\b)|(?:confirmed|agreed)(?=\s+(?:by|before|no later than)\b)|(?:'s|your|their|an?|the)\s+(?:final\s+)?answer\b|move\s+forward\b|proceed\b|return(?:ed)?\s+(?:it|them|this|that|the|your|both|all)\b|(?:send|get)\s+(?:it|them|this|that|these|those|everything)\s+back\b|either\s+way\b|let\s+(?:me|us)\s+know\b(?=[^.?!;]{0,40}?\b(?:whether|either way)\b)|let\s+(?:me|us)\s+know\b(?<=\bif you(?:'d| would)? (?:like|want|wish|decide|prefer|choose|are happy|'re happy) to (?:go|proceed|move|take|opt|lock|accept|sign|renew)\b[^.?!;]{0,50}))`;

/** Documents a buyer signs. */
const DOC = String.raw`(?:order forms?|contracts?|agreements?|SOWs?|statements? of work|MSAs?|paperwork|docu-?sign(?: envelope| link)?|e-?signature (?:request|envelope|link)|renewal (?:forms?|agreements?)|quotes?|proposals?|insertion orders?|engagement letters?|change orders?|POs?|purchase orders?)`;

/** Opens the condition of a trade: "if you…", "provided that…", "in exchange for…". */
const COND = String.raw`(?:if|provided(?: that)?|providing|as long as|so long as|on (?:the )?condition that|assuming|in (?:exchange|return) for|subject to|contingent (?:on|upon))`;

/** What a condition asks the buyer to commit to. */
const COMMITS = String.raw`(?:sign-?off\b|(?:counter|e-?)?sign(?:s|ed|ing|ature)?\b(?!\s+(?:up|in|into)\b)|execut(?:e|ed)\b|commit(?:s|ted|ment)?\b|PO\b(?!\s*(?:number|#|no\b))|purchase order\b|renew(?:s|al|ing)?\b(?!\s+(?:is|date|comes|coming))(?:\s+for\s+(?:\d{1,2}|two|three|four|five|multiple)\s+years?\b)?|(?:onto|on to|under|into|to)\s+(?:a\s+|one\s+)?(?:single|one|the same|a combined|one combined|a shared|one shared|a group-wide|a company-wide)\s+(?:[\w-]+\s+)?(?:contract|agreement|order|PO|licen[cs]e|plan|account|invoice|deal|subscription)\b|(?:\d{1,2}|two|three|four|five|multi)[- ](?:year|month)\b|(?:\d{1,2}|two|three|four|five)\s+(?:years?|months)\s+(?:term|contract|agreement|commitment|deal)\b|(?:the\s+)?full\s+(?:\d{1,2}|twelve|twenty-four|thirty-six|three|two)\s+(?:months|years)\b|(?:annual|yearly|upfront|up-front|multi-year)\s+(?:plan|contract|term|commitment|prepay\w*|subscription|agreement|billing|payment)\b|pay(?:s|ing)?\s+(?:upfront|up front|annually|in advance|in full)\b|prepay\w*|case study|references?\b|testimonial|logo\b|list (?:you|your [\w-]+)\b|feature (?:you|your [\w-]+)\b|referr\w+|expand\w*|roll(?:ing)? (?:it |this )?out\b|standardi[sz]e|consolidate|increase (?:your|the) (?:order|volume|seats|commitment)|supplement|(?:purchase|buy|order)\w*\s+(?:[\w-]+\s+){0,3}?(?:\d+|annual|multi|the full|all)\b|(?:move forward|proceed|go ahead) (?:with|by|this|before)\b|place (?:the|an|your|a|this) (?:[\w-]+\s+)?order\b|(?:paperwork|contract|agreement|deal|order|PO)\s+(?:done|signed|completed|finali[sz]ed|closed|through|over the line|in place|approved|executed)\b|(?:stage|first|upfront|advance|annual|full|milestone|deposit)\s+payments?\b|payments?\s+(?:upfront|up front|in advance|in full|on signing|at signing|on placement)\b|(?:moving|bringing forward|accelerating)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}payments?\b)`;


/**
 * Speed: irregexp copies the rest of a pattern after every alternation or
 * optional group it can (up to ten copies each), so a pattern of a few
 * kilobytes compiles to hundreds of kilobytes of bytecode, which is slow to
 * compile and, inside the engine's loop over many rules, slow to run. An
 * empty lookahead after each group stops the copying without changing what
 * the pattern matches; `lean` inserts one after every group (outside
 * character classes).
 */
export function lean(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
      continue;
    }
    out += c;
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c !== ')') continue;
    // Keep a quantifier with its group: "(…)?", "(…)*?", "(…){0,3}".
    const quantifier = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/.exec(pattern.slice(i + 1));
    if (quantifier) {
      out += quantifier[0];
      i += quantifier[0].length;
    }
    out += '(?=)';
  }
  return out;
}

export const commitmentAsks: RuleSet = {
  id: 'commitment-asks',
  title: 'Commitment asks',
  description:
    'Asks that move the deal: a signature or PO by a date, a decision date or mutual action plan, a multi-year or volume term, faster payment, a reference or case study, a referral. These are the gets that pay for big gives.',
  rules: [
    {
      id: 'act-by-date',
      kind: 'get',
      level: 'commitment',
      // Negation is checked by the pattern (NOT_NEG): the engine's clause check
      // would let a give's "at no charge" cancel the condition that follows it.
      negation: 'ignore',
      cues: ['sign', 'signed', 'signing', 'signature', 'signatory', 'signatories', 'countersign', 'countersigned', 'esign', 'docusign', 'execute', 'executed', 'execution', 'finalize', 'finalise', 'finalized', 'finalised', 'commit', 'commitment', 'committed', 'decision', 'decide', 'approve', 'approved', 'approval', 'po', 'purchase', 'ahead', 'go', 'greenlight', 'green', 'deposit', 'payment', 'pay', 'prepay', 'prepayment', 'confirm', 'confirmation', 'forward', 'proceed', 'return', 'returned', 'back', 'either', 'know', 'answer', 'agreed', 'confirmed'],
      // A deadline must be there too.
      alsoCues: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'today', 'tonight', 'week', 'month', 'quarter', 'year', 'end', 'eod', 'cob', 'eow', 'eom', 'eoq', 'q', 'st', 'nd', 'rd', 'th', 'then', 'meeting', 'review', 'session', 'date', 'deadline', 'workshop', 'pilot', 'trial', 'sprint', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
      pattern: lean(String.raw`\b${ACT}${NOT_SELLER}${NOT_PLAN_CHECK}${NOT_NEG}[^.?!;]{0,40}?\b${DEADLINE}`),
      rationale: 'Asking the buyer to sign, decide or pay by a date turns interest into a dated commitment.',
      examples: {
        flag: [
          'Can we get the [PO by Friday]?',
          'To guarantee a Q2 start, the contract must be [signed by the 20th].',
          "If {{COMPANY_NAME}} wants a March go-live, we'd need to [finalize by {{DECISION_DATE}}] to hold your slot.",
          '[Sign by the 30th] to lock in this price.',
          'Could we agree on a [decision by the end of the month]?',
          'We need [confirmation by end of day Friday] in order to proceed with this agreement.',
          'Can we plan to have the [signed contract back by end of month]?',
          'Could you [let me know by Friday] whether the 8th is doable on your side?',
          'Can you [let me know either way before the 14th]?',
          "If you'd like to take the two-year option, could you [let me know by Friday]?",
        ],
        pass: [
          "I'll send the contract over by Friday.",
          'This price holds for 48 hours.',
          'The offer is valid until the end of the month.',
          'Thanks for signing up today!',
          'Are you still planning to raise the PO this month?',
          'It asks for the approval chains you use today.',
          "We'll have the countersigned copy back to you the same day.",
          "Could you let me know by Friday if you have any questions?",
        ],
      },
    },
    {
      id: 'signature-request',
      kind: 'get',
      level: 'commitment',
      cues: ['sign', 'signed', 'signing', 'signature', 'countersign', 'countersigned', 'esign', 'docusign', 'execute', 'executed', 'completed', 'initial', 'approve', 'commit', 'confirm', 'accept', 'green', 'greenlight', 'po', 'purchase', 'inbox'],
      pattern: lean([
        String.raw`\b${DOC}\b[^.?!;]{0,40}?\b(?:(?:for|to|ready for|awaiting|needs?|requires?)\s+(?:your\s+)?(?:e-?)?(?:counter)?sign(?:ature|ing|-?off)?\b(?!\s+up\b)|is (?:in|sitting in) your inbox)`,
        String.raw`\b(?:please|kindly|just|can you|could you|would you|will you|go ahead and)\s+(?:[\w-]+\s+){0,2}?(?:e-?sign|countersign|sign|execute)\b(?!\s+(?:up|in|into)\b)(?:\s+(?:and|&)\s+(?:return|send(?: it)? back|date))?(?:\s+(?:it|this|them|here|below|where indicated)\b|\s+(?:the|your|our)\s+(?:[\w-]+\s+)?${DOC}\b)?`,
        String.raw`\bonce (?:it|this|that|they|the [\w-]+(?: [\w-]+)?)(?:'s| is| has been| are| have been)\s+(?:signed|countersigned|executed|approved)(?:\s+(?:and|&)\s+(?:returned|sent back))?`,
        String.raw`\b(?:once|when|as soon as) (?:we|I) (?:have|receive|get) (?:the|your|a) (?:signed|countersigned|executed) (?:[\w-]+\s+)?(?:${DOC}|copy|paperwork)\b|\blet (?:me|us) know (?:once|when|as soon as) (?:you've|you have|it's|it has been|it is|they've|they have) (?:signed|countersigned|executed|approved|issued the PO|raised the PO)\b`,
        String.raw`\b(?:need|require|ask)s?\s+(?:you|your [\w-]+)\s+to\s+(?:approve|sign|countersign|execute|commit|confirm|accept|green-?light)\b(?:\s+(?:the|a|an|this|your)\s+(?:[\w-]+\s+){0,3}?(?:scope(?: of work)?|SOW|contract|agreement|order|proposal|quote|change order|budget|plan|PO|purchase order|renewal|terms)\b(?: of work)?)?`,
        String.raw`\b(?:send|get|return|email|forward|submit)(?<!\b(?:I|we)(?:'ll| will|'m going to| am going to|'ve| have| just| can)\s+(?:\w+\s+)?(?:send|get|return|email|forward|submit))\s+(?:(?:us|me|over|back|it)\s+)?(?:the|a|your|two|both)\s+(?:signed|countersigned|executed|completed)\s+(?:[\w-]+\s+){0,2}?(?:order form|contract|agreement|copy|copies|SOW|MSA|form|PO|paperwork|documents?|originals?)`,
        String.raw`\bsignature (?:on|of) (?:the|your) (?:[\w-]+\s+)?${DOC}\b|\b(?:PO|purchase order) (?:issued|raised)\b`,
        String.raw`\byour (?:e-?)?signature\b(?=[^.?!;]{0,40}\b(?:need|all we|required|get started|below|page|here|kick|proceed|move forward)\b)`,
        // Verbless items of a "what we need from you" list.
        String.raw`^[\W\d]*(?:the|a|an|your|two|both)\s+(?:signed|countersigned|executed|completed)\s+(?:[\w-]+\s+){0,3}?(?:${DOC}|cop(?:y|ies)|originals?|forms?|workbook|questionnaire)\b(?!\s+(?:is|was|has|are|were|arrived)\b)`,
      ].join('|')),
      rationale: 'Putting the paperwork in front of the buyer to sign is the clearest commitment ask there is.',
      examples: {
        flag: [
          '[Order form is ready for your signature] whenever you are.',
          'I just [need you to approve a new scope of work] before I start.',
          "If it looks alright, [once it's signed and returned] I can keep working on the changes.",
          '[Could you sign and return it] when you get a moment?',
          'Could you [send us the signed order form] when you are back?',
          '[Your signature] on page 4 is all we need to get started.',
          '[The signed proposal] and statement of work.',
          'Please [let me know when you have signed] so we can schedule kickoff.',
        ],
        pass: [
          'Thanks for signing up for our newsletter.',
          'I signed the NDA on our side last week.',
          'Can you sign in to the portal and check the dashboard?',
          'The signed contract is attached for your records.',
        ],
      },
    },
    {
      id: 'paperwork-ask',
      kind: 'get',
      level: 'commitment',
      cues: ['order', 'form', 'docusign', 'signature', 'esignature', 'po', 'purchase', 'contract', 'agreement', 'paperwork', 'sow', 'invoice', 'step', 'approve', 'deposit', 'prepayment', 'payment'],
      pattern: lean([
        String.raw`\b(?:here(?:'s| is| are)|attached (?:is|are)|I(?:'ve| have) attached|please find(?: attached)?|enclosed (?:is|are)|I'm attaching|attaching)\s+(?:the|your|an?|our)\s+(?:(?:updated|revised|final|new|amended|annual|renewal)\s+)?(?:order forms?|docu-?sign(?: envelope| link)?|signature pages?|e-?signature (?:request|link|envelope))\b`,
        String.raw`\b(?:send|get|email|forward|issue|raise|cut|submit|receive|have)\s+(?:(?:us|me|over|through|across)\s+)*(?:the|your|a)\s+(?:PO|purchase order)\b${NOT_PLAN_CHECK}(?<!\bwho\b[^.?!;]{0,50})(?!\s*(?:number|#|no\b))(?:\s+(?:over|across|through))?`,
        String.raw`\b(?:(?:shall|should|can|may) I|(?:would|do) you (?:like|want) (?:me|us) to|want (?:me|us) to) (?:go ahead and )?(?:send|get|draw up|prepare|issue|start)\s+(?:over\s+|you\s+)*(?:the\s+|an?\s+)?(?:(?:updated|revised|final|amended|new)\s+(?:order\s+)?form|contract|agreement|order form|paperwork|DocuSign|SOW|(?:annual\s+|first\s+)?invoice)\b`,
        String.raw`\bnext steps? (?:is|are|would be|will be)\s+(?!for (?:me|us)\b)(?:for (?:you|your [\w-]+) to\s+)?(?:[\w-]+\s+){0,3}?(?:signed|sign|signature|PO|purchase order|order form|contract|agreement|approval|deposit|originals?)\b(?:\s+(?:originals|copies|contract|agreement|order form))?`,
        String.raw`\bapprove (?:the|a|this|our) (?:new |revised |updated |amended )?(?:scope(?: of work)?|SOW|change order|quote|proposal|budget|order|renewal)\b`,
        String.raw`^[\W\d]*(?:the|a|an|your)\s+(?:\d{1,3}\s?%\s+|initial\s+|upfront\s+|first\s+)?(?:deposit|down payment|prepayment)\b(?!\s+(?:is|was|has been|will be|of)\b)`,
      ].join('|')),
      rationale: 'Sending the order form, asking for the PO or naming the signature as the next step asks the buyer to buy.',
      examples: {
        flag: [
          "[Here's the order form] to sign when you're ready.",
          '[Shall I send over the contract]?',
          "[I've attached the order form] with the discount already written in.",
          '[Want me to send the updated form] over today?',
          '[Send the PO over] whenever you are ready.',
          'The [next step is two signed originals] for our files.',
          '[The 30% deposit], which secures the team.',
          'Could you [approve the revised scope] so we can start?',
        ],
        pass: [
          "Please don't hesitate to reach out with questions.",
          'Do you have the PO number handy?',
          'Are you still planning to raise the PO this month?',
        ],
      },
    },
    {
      id: 'purchase-ask',
      kind: 'get',
      level: 'commitment',
      cues: ['upgrade', 'ready', 'prepared', 'position', 'cleared', 'forward', 'proceed', 'ahead', 'yes', 'confirm', 'upgrade', 'official', 'finalize', 'finalise', 'paperwork', 'ball', 'purchase', 'buy', 'order', 'started', 'set', 'signed', 'which', 'track', 'acceptable', 'agreeable', 'deal', 'agreed', 'agenda', 'front', 'vendor', 'supplier'],
      pattern: lean([
        String.raw`^\W*upgrade\s+(?:now|today|before\s+(?:[\w-]+day|the\s+[\w-]+|\{\{[^}]+\}\})|by\s+(?:[\w-]+day|the\s+[\w-]+))\b|\b(?:ready|prepared|in a position|cleared)(?<!\bwhen(?:ever)?\s+(?:you(?:'re| are)|your [\w-]+ (?:is|are))\s+(?:ready|prepared|in a position|cleared)|\bwere\s+(?:[\w'-]+\s+){1,3}(?:ready|prepared|in a position|cleared)) to (?:move forward|move ahead|proceed|sign|buy|purchase|go ahead|commit|place (?:the|an|your) order|pull the trigger|get started|kick (?:things )?off|upgrade|make it official|get the (?:paperwork|contract|agreement) (?:going|started|signed))\b`,
        String.raw`\b(?:shall|should|can|could) we (?:go ahead and )?(?:move forward|move ahead|proceed|go ahead|get (?:the ball rolling|this (?:signed|done|finali[sz]ed|over the (?:finish )?line|across the line|wrapped up))|make it official|finali[sz]e (?:it|this|the (?:deal|order|paperwork|contract|agreement))|lock (?:it|this) in|get (?:you|your team) (?:signed up|onboarded|on board))\b`,
        String.raw`\b(?:would|do|will) you (?:like|want|wish) to (?:move forward|proceed|go ahead|place (?:the|an|your) order|purchase|buy|upgrade|lock (?:it|this) in)\b`,
        String.raw`\bmove forward with (?:a|the|your) (?:contract|agreement|order|purchase|paperwork|signature|subscription|annual (?:plan|contract)|(?:standard|enterprise|pro|business|premium|team) (?:plan|tier|package))\b`,
        String.raw`\b(?:confirm|let (?:me|us) know)\s+(?:that\s+|if\s+|whether\s+)?you(?:'d| would)? (?:like|want|wish) to (?:move forward|proceed|go ahead|place (?:the|an|your) order|sign|purchase|buy)\b`,
        String.raw`\b(?:confirm|tell me|let (?:me|us) know)\s+(?:that\s+)?(?:you(?:'re| are)|we(?:'re| are)|things are|everything is)\s+(?:still\s+)?on track\b`,
        String.raw`\bwhich (?:option|package|plan|tier|bundle|edition|proposal|configuration)s?\b[^.?!;]{0,30}?\b(?:would you like to|do you want to|will you|would you|are you going to)\s+(?:go with|choose|select|move forward with|proceed with|pick|sign|purchase|buy|order)\b`,
        String.raw`\breply (?:with )?["']?yes\b["']?`,
        String.raw`\bplease confirm (?:the |your |which )?(?:selected |chosen |preferred |final )?(?:option|package|plan|order|tier|quote|proposal|scope|purchase|quantities|quantity)\b(?:[^.?!;]{0,40}?\b(?:transfer|payment|deposit|wire)\w*)?`,
        String.raw`(?:^\W*|\b(?:please|want to|like to|time to|decide to|choose to|can you|just)\s+)upgrade(?<!\bif\s+(?:you|your team)\s*(?:want|'d like|would like|wish|decide|choose|need)\s+to\s+upgrade) (?:your (?:account|plan|subscription|licen[cs]e|team)|to (?:a |the )?(?:paid|paying|pro|premium|annual|business|enterprise|full|team)\b(?:\s+(?:plan|account|tier|version|package|license))?)`,
        String.raw`\blet's (?:get|make) (?:the |this |it )?(?:paperwork|contract|agreement|order|deal|purchase|it) (?:started|going|moving|signed|official|done|in motion|over the line|across the line|finali[sz]ed)`,
        String.raw`\bget\s+(?:it|this|the (?:proposal|contract|agreement|order form|paperwork|quote|deal|renewal))\s+(?:onto|on|in front of|to|through)\s+(?:the|that|your|their)\s+(?:[\w-]+\s+)?(?:agenda|board|committee|signatory|signer|approvers?)\b`,
        String.raw`\bset\s+(?:us|[\w-]+)\s+up\s+as\s+(?:a|an)\s+(?:new\s+|approved\s+)?(?:vendor|supplier)\b`,
        // Asking the buyer to accept a proposed trade.
        String.raw`\b(?:would|will|is|are) (?:that|this|these terms|this arrangement|this trade)\s+(?:be\s+)?(?:acceptable|agreeable)\b|\bdo we have a deal\b|\bare we agreed\b|\b(?:shall|can) we (?:shake on it|call it a deal)\b`,
      ].join('|')),
      rationale: 'Asking whether the buyer is ready to buy gets a yes or surfaces the real objection.',
      examples: {
        flag: [
          '[Upgrade before Friday] to keep everything running as it is.',
          'Are you [ready to move forward]?',
          'Want to get set up? Just [reply "yes"] and I\'ll get you started!',
          '[Please confirm the selected option and transfer] completion to schedule kickoff.',
          'If you\'d like to lock in the current pricing, just let me know and we\'ll [move forward with a contract].',
          '[Upgrade your account]',
          '[Shall we move forward] with the annual plan?',
          '[Which package would you like to go with]?',
          "Please [confirm you'd like to proceed].",
          "Can you [confirm you're still on track]?",
          '[Would that be acceptable] to your finance team?',
        ],
        pass: [
          "When you're ready to move forward, the proposal is here.",
          "If you're not ready to upgrade to a paying account, you have a few other options.",
          'Are you still interested in moving forward with the platform?',
          "You'll have the opportunity to upgrade to the Pro package later on.",
        ],
      },
    },
    {
      id: 'decision-plan',
      kind: 'get',
      level: 'commitment',
      cues: ['plan', 'timeline', 'date', 'deadline', 'criteria', 'pilot', 'poc', 'trial', 'evaluation', 'paid', 'convert', 'hitting', 'meeting', 'achieving', 'whether', 'agree', 'mutual', 'joint', 'hits', 'meets', 'metric', 'kpi', 'target', 'goal', 'threshold', 'measure', 'writing'],
      pattern: lean([
        String.raw`\b(?:mutual (?:action|close|closing|success|implementation|evaluation) plan|close plan|closing plan|joint (?:action|execution|evaluation|success|business) plan|mutual plan|mutual timeline)s?\b(?<=\b(?:agree|align|build|work through|co-?create|map out|fill in|commit to|sign off on|put together|create|review|walk through|finali[sz]e|ask|asking|need|request|propose|suggest)\b[^.?!;]{0,50})(?<!\b(?:I|we)(?:'ve| have|'ll| will| just| already)\s+(?:just\s+|already\s+|also\s+)?(?:drafted|attached|put together|built|created|prepared|shared|sent|draft|attach|build|create|prepare|share|send)\b[^.?!;]{0,50})`,
        String.raw`\b(?:agree|commit|align|settle|decide|lock|pencil|set|put|pick|fix|confirm)\s+(?:on\s+|to\s+|in\s+)?(?:a |the |your |our )?(?:target |firm |final |realistic )?(?:decision|signing|signature|contract|go-live|go live|start|kickoff|kick-off|close|closing|purchase)\s+(?:date|deadline|timeline)\b`,
        String.raw`\bagree\s+(?:up ?front\s+|in advance\s+|now\s+|together\s+|first\s+)?(?:on\s+|to\s+)?(?:the\s+|clear\s+|some\s+|shared\s+)?(?:pilot\s+|POC\s+|trial\s+)?(?:success|exit|acceptance) criteria\b`,
        // "agree on two or three success metrics in writing", "settle on three measurable goals for the trial", "put the pass/fail thresholds in writing"
        String.raw`\b(?<!\b(?:I|we|our\s+[\w-]+)(?:'ll| will|'ve| have| always| usually| typically| then)\s+(?:also\s+|then\s+|first\s+)?)(?:agree|align|settle|sign off|lock|pin|nail|write|put|commit)\s+(?:up ?front\s+|in advance\s+|now\s+|together\s+|first\s+|in writing\s+|down\s+|in\s+)?(?:on\s+|to\s+|upon\s+)?(?:the\s+|clear\s+|some\s+|shared\s+|a few\s+|a set of\s+|a short list of\s+|(?:\d|two|three|four|five)(?:\s+or\s+(?:\d|two|three|four|five|six))?\s+)?(?:(?:pilot|POC|trial|evaluation|measurable|concrete|specific|clear|written|firm|hard)\s+){0,2}(?:(?:success|exit|acceptance|pass\/fail|go-live)\s+(?:criteria|metrics|measures|KPIs|targets|goals|thresholds|conditions)|(?:criteria|metrics|measures|KPIs|targets|goals|thresholds)\b(?=[^.?!;]{0,60}\b(?:pilot|trial|POC|proof of concept|evaluation|in writing)\b))`,
        String.raw`\bif (?:the )?(?:pilot|POC|proof of concept|trial|evaluation|team|rollout|launch|results?|numbers|it)\s+(?:hits|meets|succeeds|achieves|delivers|shows|proves|works|is successful|goes well|go(?:es)? as)\b[^.?!;]{0,80}?\b(?:move forward|roll(?:ing)? (?:it )?out|roll-?out|purchase|convert|sign|paid (?:contract|plan|license|deployment)|contract|buy|commit|(?:move|go|jump|proceed)\s+(?:straight\s+|directly\s+|right\s+)?(?:to|into|on to|onto|ahead)\s+(?:the\s+|a\s+|an\s+)?(?:[\w{}-]+\s+){0,2}?(?:rollout|roll-out|deployment|contract|licen[cs]e|subscription|plan|tier|order|purchase|agreement))\w*`,
        String.raw`\b(?:hitting|meeting|achieving|passing)\s+(?:them|it|(?:those|these|the)\s+(?:[\w-]+\s+)?(?:criteria|targets?|numbers|metrics|goals|KPIs|thresholds?)|those|these)\s+(?:means|triggers|leads to|would mean|will mean)\b[^.?!;]{0,40}?\b(?:move|moving|convert|sign|purchase|buy|roll|annual|contract|paid)\w*`,
        String.raw`\bagree\s+(?:now\s+|up ?front\s+|today\s+|in advance\s+)?that\b[^.?!;]{0,80}?\byou(?:'ll| will| would)\s+(?:then\s+)?(?:move|commit|sign|purchase|buy|convert|go ahead|order|expand|roll|proceed)\w*`,
        String.raw`\b(?:convert|move|transition|roll)\w*\s+(?:it\s+|this\s+)?(?:to|into)\s+(?:a\s+)?(?:paid|full|annual|production|company-wide)\s+(?:contract|plan|subscription|deployment|license|rollout|agreement)\b`,
        String.raw`\b(?:does|do|would|will|can)\s+(?:that|this|the|these|those)\s+(?:proposed\s+|install(?:ation)?\s+|project\s+|delivery\s+|rollout\s+)?(?:timeline|plan|schedule|dates)\s+(?:work|suit)\s+for\s+(?:you|your (?:team|side))(?=\s*\?)(?<=\b(?:plan|timeline|schedule|dates?)\b[^?]{0,40})|\b(?:decide|decision|agree|confirm|answer)\s+(?:on\s+)?whether\s+(?:you(?:'re| are|'ll| will)|to|we(?:'re| are|'ll| will))\s+(?:be\s+)?(?:moving|move|going ahead|go ahead|proceed\w*|sign\w*|buy\w*|purchas\w*)\b(?:\s+(?:forward|ahead))?`,
      ].join('|')),
      rationale: 'A mutual plan, a decision date or success criteria that trigger a purchase commit the buyer to a path, not just a conversation.',
      examples: {
        flag: [
          'Could we build a [mutual action plan] together this week?',
          "What we'd ask in return is a short [mutual action plan]: the success criteria and a decision date.",
          'Can we [agree on a target go-live date] before the pilot starts?',
          'Before we start, can we [agree on success criteria] for the pilot?',
          "[If the pilot hits those numbers, can we agree you'll move forward] with the full rollout?",
          'The idea is to [convert it to a paid contract] in March.',
          "By the end of the workshop, let's [agree whether you're moving forward] with the rollout.",
          'That [hitting those targets means we move] to the annual plan.',
          "Before kickoff, can we [agree on three success metrics] for the trial?",
          "Could we [put the pass/fail thresholds] in writing before the trial starts?",
          "[If the POC meets those targets, we go straight to the company-wide rollout].",
          'Proposed install: survey on the 3rd, fitting the week of the 10th. [Does that timeline work for you]?',
          '[Does this plan work for your team]? If so I will book the crane.',
        ],
        pass: [
          'Our implementation plan usually takes six weeks.',
          'The pilot starts on Monday.',
          "We don't need a close plan for a deal this size.",
          "I've attached a draft mutual action plan with owners and dates.",
          "Our team will agree the success metrics internally.",
          "We report success metrics to every customer monthly.",
          'Does that timeline work for our team? I will check internally.',
        ],
      },
    },
    {
      id: 'go-no-go-decision',
      kind: 'get',
      level: 'commitment',
      // "go/no-go" carries its own "no": only a negation before it cancels.
      negation: 'before',
      cues: ['go'],
      pattern: lean(String.raw`\bgo\s?\/\s?no-?go\s+(?:decision|call)\b(?=[^.?!;]{0,60}\b(?:you|your|by|at the end of|before)\b)`),
      rationale: 'A dated go/no-go decision from the buyer is a commitment to decide, not just to keep talking.',
      examples: {
        flag: [
          'A [go/no-go decision] from you and Juliana at the end of week 5.',
          'Can we agree on a [go/no-go decision] by the 30th?',
          'We need a [go / no-go call] from your steering committee before the pilot ends.',
        ],
        pass: [
          'We hold an internal go/no-go review every Monday.',
          'There is no go/no-go gate in our process.',
        ],
      },
    },
    {
      id: 'term-or-volume-commitment',
      kind: 'get',
      level: 'commitment',
      cues: ['year', 'yr', 'multi', 'commit', 'commitment', 'committing', 'increase', 'expand', 'supplement', 'grow', 'upgrade', 'double', 'bump', 'annual', 'yearly', 'billing', 'prepay', 'prepayment', 'upfront', 'roll', 'rolling', 'extend', 'extending', 'scale', 'scaling'],
      pattern: lean([
        String.raw`\b(?:(?:\d{1,2}|two|three|four|five|multi)[- ]?(?:year|yr)s?|(?:12|18|24|36|twelve|eighteen|twenty-four|thirty-six)[- ]months?)[- ](?:framework\s+|master\s+|supply\s+)?(?:commitment|term|contract|agreement|deal|subscription|renewal|licen[cs]e|plan|partnership|prepay)s?\b(?!\s+(?:was|is|were|has|had|renews|runs|expires)\b)(?<!\b(?:we|I)(?:'ll| will| can| could)\s+(?:sign|do|offer|give you|extend)\s+(?:a|an|the)\s+[\w-]+\s?[\w-]+(?:\s+[\w-]+)?)(?<!\b(?:our|your|your current|your existing|the current|the existing)\s+[\w-]+\s?[\w-]+)(?<!\b(?:signed|closed|won|renewed|inked|completed|had|have|has)\s+(?:a|an|their|the|its)\s+[\w-]+\s?[\w-]+)(?<!\beven\s+(?:on|with|at|for|under|over)\s+(?:a|an|the)\s+[\w-]+\s?[\w-]+)(?<!\b(?:tied|linked|attached|pegged)\s+to\s+(?:the|your|that|a|an)\s+[\w-]+\s?[\w-]+)(?<!\b(?:customers|clients|companies|teams|most|many|they|others|people|folks|who|which|accounts|businesses|firms)\s+(?:[\w-]+\s+){0,2}?(?:sign|signs|choose|chooses|pick|picks|opt for|go for|go with|take|prefer|are on|start with|start on|end up on|end up with|move to|move onto)\s+(?:a|an|the)\s+[\w-]+\s?[\w-]+)(?![^.?!;]{0,40}?\b(?:couldn't|could not|can't|cannot|wouldn't|won't)\b|[^.?!;]{0,40}?\b(?:is|was|are|were|would be|'s|sounds?|seems?|feels?)\s+(?:still\s+|really\s+|just\s+)?(?:a\s+|an\s+)?(?:hard|tough|difficult|big|real|problem|non-starter|dealbreaker|deal-breaker|blocker|too|not|off|out|unrealistic|impossible|risky|tricky|concern|sticking)\b|\s+(?:(?:will|would|'ll|might|may|probably)\s+)*(?:need|needs|require|requires|go|goes)\s+(?:(?:to\s+go\s+)?(?:to|through)\s+)?(?:(?:your|the|board|CFO|legal|finance|procurement|internal|extra|more|further|executive|senior|their)\s+)*(?:sign-?offs?|approvals?|board|committee)\b)`,
        String.raw`\b(?:\d{1,2}|two|three|four|five) years? (?:commitment|term)\b`,
        String.raw`\bcommit(?:ment|ting|ted)?\s+(?:to\s+|of\s+)?(?:a\s+)?(?:(?:standing|regular|recurring|weekly|monthly|fixed|firm|blanket)\s+(?:order|volume|spend|purchase)\s+(?:of\s+|for\s+)?)?(?:minimum (?:of\s+)?|at least\s+)?(?:\d[\d,]*\+?|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty)\s*(?:[\w-]+\s+)?(?:seats|licen[cs]es|units|users|cases|locations|sites|hours|GB|TB|pallets|orders|employees|agents|reps|accounts|clients|customers|stores)\b`,
        String.raw`\b(?:volume|minimum|annual|multi-year|term|spend|seat) commitment\b`,
        String.raw`\b(?:increase|expand|supplement|grow|double|bump)\s+(?:up\s+)?(?:your|the)\s+(?:original |initial |current |first )?(?:order|commitment|seat count|contract|licen[cs]e count|volume|seats|licen[cs]es)\b`,
        String.raw`\b(?:mov|switch|go|chang|convert)\w*\s+(?:from\s+(?:monthly|quarterly)\s+)?to\s+(?:an?\s+)?(?:annual|yearly|multi-year|\d-year)\s+(?:billing|plan|contract|prepay(?:ment)?|payment|subscription|term|agreement)\b`,
        String.raw`\b(?:annual|yearly|upfront|up-front) (?:prepay(?:ment)?|pre-payment)\b`,
        String.raw`\b(?:expand|roll(?:ing)? (?:it |this )?out|extend(?:ing)?|scal(?:e|ing)(?: it| this)?)(?<=(?:\byou|\byour|\bwould|\bcould|\bcan we|\bif|\blet's)\b[^.?!;]{0,40})\s+(?:it\s+|this\s+)?to\s+(?:the\s+)?(?:full|whole|entire|rest of the|all|other|every)\s+(?:[\w-]+\s+)?(?:team|teams|company|org|organization|department|departments|business|sites|locations|regions|offices|stores)\b`,
      ].join('|')),
      rationale: 'A longer term, a bigger volume or an annual prepay is the commitment that justifies a better price.',
      examples: {
        flag: [
          'In exchange, we would ask for a [two-year term].',
          '[3-year commitment] instead of 1 (reduces our risk).',
          '[Move from monthly to annual billing] (saves us cost).',
          'Could you [increase your order] to 60 dozen so it meets the minimum?',
          'Could your team [commit to 500 seats] for the first year?',
          "If you're happy with the pilot, would you be willing to [expand to the full team]?",
          "What we'd need in return is a [commitment to at least five client accounts] in the first six months.",
          "[Commit to a weekly order of 12 pallets] through the summer and the rate is yours.",

        ],
        pass: [
          'No annual commitment required.',
          'Your 3-year contract renews automatically.',
          'Our 2-year plans start at $40 per seat.',
          'We signed a 3-year deal with Acme last month.',
          "Even on a three-year term I couldn't go any lower.",
          "A three-year term with no exit is a hard sell, I understand.",
          "Most of our clients sign a two-year agreement.",
          "The discount was tied to the two-year term you signed.",
          'I appreciate that a three-year commitment will need sign-off beyond your team.',
        ],
      },
    },
    {
      id: 'buyer-time-commitment',
      kind: 'get',
      level: 'commitment',
      cues: ['block', 'blocked', 'aside', 'reserve', 'reserved', 'dedicate', 'dedicated', 'free'],
      pattern: lean([
        String.raw`\b(?:block(?:ed)?\s+(?:out|off)|set(?:ting)?\s+aside|reserv(?:e|ed|ing)|dedicat(?:e|ed|ing)|free\s+up)${NOT_SELLER}\s+(?:(?:about|around|roughly|at least)\s+)?(?:\d+|two|three|four|five|a|one|half a|a few|a couple of|several)\s+(?:half-|full\s+)?(?:days?|hours?|afternoons?|mornings?)\b`,
        String.raw`\btime\s+(?:blocked|set aside|reserved)\s+(?:out\s+|off\s+)?for\b(?!\s+(?:you|your)\b)`,
      ].join('|')),
      rationale: 'The buyer committing their own people\'s time (testers, a project team) is a commitment to the project, not just interest.',
      examples: {
        flag: [
          'The only thing we ask is that the testers [block out two half-days] in that week.',
          "- Testers' [time blocked for] week 4.",
          'Could your finance team [set aside a few hours] for the parallel run?',
        ],
        pass: [
          "I've blocked out two days to build your demo.",
          'I have time blocked for you on Tuesday afternoon.',
        ],
      },
    },
    {
      id: 'stated-requirement',
      kind: 'get',
      level: 'commitment',
      cues: ['need', 'needs', 'require', 'requires', 'ask', 'count', 'must', 'firm', 'receipt'],
      pattern: lean([
        String.raw`(?<!\b(?:you|they|he|she|who|don't|doesn't|didn't|won't)\s+)\bneed\s+(?:your|a|the)\s+(?:ok|okay|yes|go-?ahead|decision|answer|confirmation|sign-?off|green light)\s+(?:from\s+(?:you|your\s+side)\s+)?(?:by|before)\b|\b(?:I|we|our [\w-]+(?: team| desk| department)?)(?:'d| would| should| will|'ll| also| still| just| first| only|,? however,?)*\s+(?:need|needs|require|requires|ask for|must have|count on|ask that)\b(?:[^.?!;]{0,60}?\b)(?:(?:blanket|framework|call-off|standing|volume)\s+orders?\b|(?:your|the)\s+order\s+(?:in|placed|through|confirmed)\b|(?:firm|signed|written|formal|purchase)\s+(?:order|commitment|PO|contract|agreement)|order\s+(?:confirmed|confirmation|signed|placed)|payment\s+(?:in full|upfront|up front|in advance|before|by|on signing|at signing|upon|of the)|paid\b|deposit|prepayment|(?:bank\s+)?guarantee|letter of credit|signature|signed|countersigned|PO\b(?!\s*(?:number|#|no\b))|purchase order|commitment|(?:framework|master|service|supply|multi-year|annual|\w+-(?:year|month)) (?:agreement|contract)|decision\b(?=\s+(?:from (?:you|your|the board|the committee|the steering)|by|before|at (?:its|the|your)|this|next|on (?:your|the) side))|sign-off|go-ahead|green light|be (?:paid|cleared|settled|signed|returned|confirmed))(?!\s+from\s+(?:my|our)\b)`,
        String.raw`\b(?:only\s+)?(?:with|against|on receipt of|upon receipt of|subject to)\s+(?:a|the|your)\s+(?:firm|signed|written|formal)\s+(?:order|PO|purchase order|commitment|contract)\b`,
      ].join('|')),
      rationale: 'A stated condition of the deal ("we would require a firm order", "I\'d need payment in full before dispatch") asks the buyer to commit, even without a question mark.',
      examples: {
        flag: [
          "I'd [need a yes from you by] Friday to hold the crew.",
          "thats 3 cents under yesterday. [need your ok by] 2 pm or i'm pulling it.",
          "Block prices go up on the 1st, so to hold these numbers [I'd need your order in] by Thursday.",
          "To apply the phased schedule [we would need Brightwell's H1 blanket order] placed with us before 20 February.",
          '[We would, however, require a firm order] for the full 10,000 units for the year.',
          'To do that [I\'d need payment in full] before dispatch rather than the usual 30 days.',
          '[We should, however, require a guarantee] from your bankers before the goods are despatched.',
          '[Our credit team needs 50% of the first order paid] on placement.',
          "To guarantee a Q2 start [we'd need the contract signed] by the 20th.",
          "[We'd need a purchase order] before we can ship.",
          'We can only hold the May slot [with a firm order].',
        ],
        pass: [
          'Do you need a decision by Friday from our side?',
          'We need your payment details to set up billing.',
          'I need approval from my manager first.',
          'We require two weeks to prepare the environment.',
        ],
      },
    },
    {
      id: 'payment-ask',
      kind: 'get',
      level: 'commitment',
      cues: ['settle', 'paid', 'balance', 'settled', 'pay', 'paying', 'payment', 'payments', 'prepay', 'check', 'cheque', 'deposit', 'remit', 'remittance', 'wire', 'transfer', 'funds', 'invoice'],
      pattern: lean(String.raw`\b(?:if|once|provided(?: that)?|as long as|so long as|on (?:the )?condition that)\s+(?:the|your)\s+(?:[\w-]+\s+){0,3}?(?:balance|invoice|invoices|payment|amount|deposit|arrears)\s+(?:[\w-]+\s+){0,5}?(?:is|are|has been|have been|gets?)\s+(?:paid|settled|cleared|received)\b(?:\s+in full)?(?:\s+(?:by|before|within)\s+[^.?!;,]{1,30}?(?=[,.;?!]|\s+(?:I|we)\b|$))?|(?:\b(?:if|provided(?: that)?|as long as|so long as|in exchange for|in return for|can|could|would|will)\s+(?:you|your [\w-]+|AP|accounts payable|(?:your\s+)?(?:AP|finance|accounts)\s+team)(?:'re| are| were)?(?:\s+be)?(?:\s+(?:able|willing|agreeable|happy|prepared|open))?(?:\s+to)?|\b(?:we|I)(?:'d| would|'ll| will)?\s+(?:need|require|ask|count on|rely on|expect)\b(?:\s+(?:you|your [\w-]+)(?:\s+to)?)?|\bplease\b)\s+(?:[\w-]+\s+){0,3}?(?:(?:mak(?:e|ing)|send(?:ing)?|remit(?:ting)?|process(?:ing)?|complet(?:e|ing)|wir(?:e|ing)|transfer(?:ring)?)\s+(?:us\s+)?(?:the\s+|your\s+|a\s+|all\s+)?(?:full\s+|annual\s+|first\s+)?(?:payments?|check|cheque|deposit|remittance|wire|funds|transfer)\b|releas(?:e|ing)\s+(?:the\s+|your\s+|all\s+)?(?:[\w-]+\s+){0,3}?(?:payments?|invoices?|funds)\b|settl(?:e|ing)\s+(?:the\s+|your\s+|this\s+|that\s+)?(?:[\w-]+\s+){0,2}?(?:invoices?|balance|account|bill)\b|pay(?:ing)?\b|prepay\w*)(?:[^.?!;]|\.(?=\d)){0,80}?\b(?:upfront|up front|in advance|in full|this week|rather than (?:at|on|in) \d+ days|annually|yearly|for the (?:full|whole|first) (?:year|term)|within\s+\d+\s+(?:business\s+)?days|(?:within|in) the time limit|on time|(?:on|upon) (?:receipt|signing|signature)|at signing|net\s+\d+|by\s+${WHEN}|before\s+${WHEN}|(?:this|next) (?:week|month))`),
      rationale: 'Faster, upfront or annual payment is worth real money to your company: it is a commitment, not a courtesy.',
      examples: {
        flag: [
          'One favour in return: [could you settle the March invoice this week] rather than at 30 days?',
          '[If the balance is paid in full by end of day today], I will remove the reactivation fee.',
          '[If AP can release the three open September invoices by Friday the 27th] instead of waiting out the 60 days, I\'ll credit 1.5%.',
          "[If you're agreeable to making payments within 10 days] of invoice receipt, we would be happy to offer a 2% discount.",
          'However, to ensure you this extra profit in the future, [we count on your cooperation in sending us your check in the time limit] of our terms.',
          '[Could you pay the first year upfront]?',
          '[Would you be willing to pay annually] in advance?',
        ],
        pass: [
          'The invoice was paid in full last week, thank you.',
          'Invoices are payable within 30 days of receipt.',
          "We'll process your payment within 2 business days.",
          'You can pay monthly or annually from the billing page.',
        ],
      },
    },
    {
      id: 'reference-ask',
      kind: 'get',
      level: 'commitment',
      cues: ['sentences', 'lines', 'quote', 'case', 'reference', 'references', 'testimonial', 'logo', 'review', 'quote', 'partner', 'story', 'webinar', 'release', 'list', 'customer'],
      pattern: lean([
        String.raw`\b(?:send|write|give)\s+(?:me|us)\s+(?:a\s+)?(?:couple of\s+|few\s+|two\s+|three\s+)?(?:sentences|lines|words|quote)\b[^.?!;]{0,60}?\b(?:(?:put|use|share|publish|feature)\s+(?:it\s+|them\s+)?on\s+(?:our|the)\s+(?:website|site|blog|page)|testimonial|case study)|\b(?:you|your (?:team|company|organization|org))(?:'d| would| could| can| will)?\s+(?:(?:be\s+)?(?:open|up|interested|keen)\s+(?:to|for|in)\s+(?=(?:an?\s+)?(?:[\w-]+\s+)?(?:case study|reference|testimonial|customer story|success story))|(?:(?:be\s+)?(?:open|willing|up|happy|able|comfortable|keen|interested)\s+(?:(?:to|for|in)\s+)?|mind\s+)?(?:provide|providing|do|doing|participate in|participating in|write|writing|record|recording|give|giving|offer|be|being|serve as|serving as|act as|agree to|join)\s+)(?:us\s+)?(?:(?:a|an|in a|as a|as an|as our|our|one of our)\s+)?(?:[\w-]+\s+)?(?:case study|reference(?: customer| call| account)?|testimonial|review|logo|design partner|launch partner|customer story|success story)\b(?:\s+(?:after|in|within|at)\s+(?:the\s+)?(?:\d+|{NUM})\s+(?:days|weeks|months))?`,
        String.raw`\b(?:use|feature|display|add|put|include|showcase)\s+(?:your|the \{\{[^}]+\}\}|\{\{[^}]+\}\})\s+(?:logo|name|brand)\b`,
        String.raw`\byour (?:logo|name|brand)\s+(?:on|in)\s+(?:our|the)\s+(?:[\w-]+\s+)?(?:website|site|page|partners? page|customer page|deck|report|case studies)\b`,
        String.raw`\b(?:list|name|feature|mention|announce)\s+(?:you|your [\w-]+|\{\{[^}]+\}\})\s+as\s+(?:a|an|one of our|our)\s+(?:[\w-]+\s+)?(?:customer|client|reference|partner|user)s?\b`,
        String.raw`\b(?:feature|highlight|showcase|spotlight|profile|include)\s+(?:you|your [\w-]+|\{\{[^}]+\}\})\s+(?:in|as)\s+(?:a|an|our)\s+(?:[\w-]+\s+){0,2}?(?:case study|testimonial|customer story|success story|webinar|press release|blog post)\b`,
        String.raw`\b(?:in (?:exchange|return) for|provided(?: that)?|as long as|on (?:the )?condition that)\s+(?:[\w-]+\s+){0,4}?(?:case study|reference|testimonial|logo|review)\b`,
        String.raw`\b(?:leave|write|post|drop)\s+(?:us\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?review\b`,
        // "permission to use the Fernhill logo", "the right to feature your name"
        String.raw`\b(?:permission|the right|the OK|the okay|your OK|your okay|sign-off|approval|the go-ahead)\s+to\s+(?:use|feature|display|show|put|add|include|publish|mention|reference|quote|list)\s+(?:your|the\s+(?!(?:same|new|old|updated|company)\b)[\w{}-]+(?:\s+[\w-]+)?|\{\{[^}]+\}\})(?:\s+(?:company|brand|team|firm|business))?\s+(?:logo|name|brand|story|results|quote)\b`,
        // "what we'd ask in return: once you're live, a short written case study"
        String.raw`\b(?:case study|testimonial|reference call|customer story|success story)\b(?<=\b(?:ask(?:ing)?|request(?:ing)?|in (?:return|exchange)|(?:would|'d) (?:love|like|appreciate|want)|need|want|expect)\b[^.?!;]{0,60})(?<!\b(?:send|share|show|forward|attach|attached|sending|sharing|see|read|point you to|link to|written up|wrote|published|run through)\b[^.?!;]{0,30})(?<!\b(?:would|do|did|if) you(?:'d)? (?:like|want|need)\b[^.?!;]{0,40})(?!\s+(?:from|about|on|of|with|featuring|for)\s+(?!you\b|your\b|us\b)|\s+(?:we|I)\s+(?:did|wrote|published|ran|have))`,
        String.raw`\b(?:be|serve as|act as|become)\s+(?:a|an|one of our)\s+(?:[\w-]+\s+)?(?:reference|references|case study|design partner)\b`,
        String.raw`\b(?:take|do|join|hop on)\s+(?:a|an|the occasional|one|two)\s+(?:quick\s+|short\s+)?reference calls?\b`,
        String.raw`\b(?:share|provide|give|write|record|send)\s+(?:us|me)\s+(?:a\s+)?(?:short\s+|quick\s+|brief\s+|video\s+)?(?:testimonial|quote)\b`,
      ].join('|')),
      rationale: 'A case study, reference call, logo or review is marketing value the buyer can trade for a concession.',
      examples: {
        flag: [
          "Once you've used it for a month, could you [send me a couple of sentences about how it's going that we can put on our website]?",
          '[You provide a case study after 6 months] (marketing value).',
          'Would [you be open to being a reference customer] once you are live?',
          'In return, could we [use your logo] on our customer page?',
          'If it helped, could you [leave us a quick review] on G2?',
          "We'd ask that you [take the occasional reference call] with prospects in your region.",
          'In return, could we [feature your team in a short case study]?',
          'Would [you mind writing a quick testimonial] we could use on our website?',
          'Would [you be open to a short customer story] with us in the summer?',
          'In return, could we [list you as a customer] on our website?',
          'In return we would like [your logo on our partners page].',
          "All we'd ask in return is a [case study] once the first quarter is done.",
          "In return, could we get [permission to feature the Harlow logo] on our site?",
        ],
        pass: [
          'Send me a couple of lines about your setup so I can help.',
          "Happy to share the full case study if it's useful.",
          'Here is a case study from a customer in your industry.',
          'I will review the logo files tomorrow.',
          "I'd love to share a case study from a retailer in your space.",
          "Would you like me to send the case study we did with Brightline?",
        ],
      },
    },
    {
      id: 'referral-ask',
      kind: 'get',
      level: 'commitment',
      cues: ['know', 'anyone', 'anybody', 'someone', 'somebody', 'peer', 'colleague', 'friend', 'network', 'referral', 'refer', 'intro', 'introduce', 'introduction', 'introductions', 'intros', 'profile', 'client', 'lead', 'others', 'other', 'way', 'mind'],
      pattern: lean([
        String.raw`(?:\b(?:do|would|could|can|might) you (?:happen to )?|^\W*(?:happen to )?)know (?:of )?(?:anyone|anybody|someone|somebody|any (?:other )?(?:[\w-]+\s+)?(?:teams?|companies|founders|peers|colleagues|firms|leaders|businesses|people|practices|clinics|agencies))\b`,
        String.raw`\b(?:intro(?:duce|duction|ductions)?|refer(?:ral|rals)?|connect(?:ion)?s?|put (?:me|us) in touch)\b[^.?!;]{0,30}?\b(?:peers?|colleagues?|friends?|(?:other|similar) (?:[\w-]+\s+)?(?:teams?|companies|founders|leaders|firms|businesses|customers|people|clinics|practices|agencies)|anyone (?:else )?(?:in your network|who|you know)|your network|(?:other |a few )?contacts)\b`,
        String.raw`\bintroduc(?:e|ing)\s+(?:me|us)\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:team|folks|people|founders?|owners?|buyers?|someone|anyone|CEO|CFO|COO|CTO|VP|lead|head|manager|director|head of [\w-]+)\s+(?:at|over at|from)(?=\s+(?!your\b|our\b))`,
        String.raw`\b(?:send|share|pass)\s+(?:me|us|over|along)\s+(?:a |the |your |their )?(?:first |next )?(?:(?:short|quick|brief|rough|simple|one-line|one-paragraph)\s+)?(?:(?:client|customer|lead|deal|prospect|referral)\s+(?:profiles?|details|case|brief|opportunit(?:y|ies)|names?)|profiles?)\b`,
        String.raw`\bsend (?:them|him|her|anyone|people|folks|referrals|introductions|intros) (?:my|our) way\b`,
        String.raw`\b(?:every|each|any)\s+(?:[\w-]+\s+)?(?:client|customer|company|business|friend|colleague|practice|clinic|firm|account)s?\s+(?:(?:that|who)\s+)?you\s+(?:refer|introduce|send)\b`,
        String.raw`\b(?:anyone|anybody|someone|somebody|names?) (?:else )?(?:come|comes|spring|springs) to mind\b`,
        String.raw`\b(?:refer|recommend)\s+(?:us|me)\s+to\b`,
        String.raw`\bknow(?<!\bif you know) (?:of )?(?:another|any other|a few other|(?:one|two|three|four|five|a couple of|\d)(?: or (?:two|three|four|five|six|\d))? other)\s+(?:[\w-]+\s+){0,2}?(?:owners?|leaders?|founders?|teams?|companies|clinics|practices|firms|businesses|people|managers|directors|agencies|customers|peers|colleagues|groups|operators|brands|schools|hospitals|stores|restaurants)\b(?<=\b(?:do|would|might|could|can|happen to|you)\s+(?:you\s+)?(?:happen to\s+)?know\b[^.?!;]{0,60})`,
        String.raw`\b(?:know|have)\s+(?:of\s+)?(?:any\s+)?(?:other|similar)\s+(?:[\w-]+\s+)?(?:teams?|companies|founders|leaders|firms|businesses|customers|people|clinics|practices|agencies|brands|stores|schools|hospitals|restaurants)\b(?=[^.?!]{0,80}\b(?:intro\w*|referr\w*|connect|pass (?:it|this) along)\b)`,
        String.raw`\ba referral\b(?=[^.?!;]{0,40}\b(?:would|means|appreciate|welcome|help)\b)`,
        // "if you can make an intro", "could you make a couple of introductions" (not to the buyer's own people: that is access)
        String.raw`\b(?:if|once|when|as long as|provided(?: that)?|(?:can|could|would|will) you)\s+(?:you\s*)?(?:(?:can|could|'d|would|are|'re|be|mind)\s+)?(?:(?:happy|willing|able|comfortable|open)\s+to\s+)?(?:mak(?:e|ing)|do(?:ing)?|send(?:ing)?|pass(?:ing)? along)\s+(?:an?|the|one|two|three|a few|a couple of|some|those)\s+(?:(?:warm|quick|personal|email)\s+)?intro(?:duction)?s?\b(?!\s+(?:to|with)\s+(?:your|the (?:right|best)|someone (?:in|on|from) your|whoever)\b)`,
      ].join('|')),
      rationale: 'A referral or intro to peers is one of the most valuable commitments a buyer can give.',
      examples: {
        flag: [
          '[Do you know anyone] else who is wrestling with the same reporting problem?',
          'Would you be open to an [introduction to a couple of peers] in your network?',
          "[Send me a client profile] and I'll get started on the first case.",
          "If you've got a client who's mid-migration, [send me a short profile] and we'll take it from there.",
          'If you are happy with the results, would you [refer us to other clinics] in the group?',
          '[Know anyone] else who could use this?',
          'If you know a practice owner who would benefit, [send them my way].',
          '[Anyone come to mind]?',
          'Would you be willing to [introduce me to the team at] Kessler Marine?',
          'When you have a client who fits, [send me their profile] through the partner form.',
          "[If you're willing to make a warm intro], we'll credit your next month.",
          "Quick one: do you [know two or three other practices] facing the same rota problem?",
        ],
        pass: [
          'I can introduce you to our solutions engineer.',
          'Our referral program pays out quarterly.',
          'Could you introduce me to the team at your head office?',
          "I'm happy to make an intro to one of our customers.",
          "Could you make an intro to your IT lead?",
        ],
      },
    },
    {
      id: 'conditional-commitment',
      kind: 'get',
      level: 'commitment',
      // Negation is checked by the pattern (COND_NOT_NEG), inside the condition only.
      negation: 'ignore',
      cues: ['if', 'provided', 'providing', 'long', 'condition', 'exchange', 'return', 'assuming', 'subject', 'contingent'],
      // And something the buyer commits to.
      alsoCues: ['sign', 'signs', 'signed', 'signing', 'signature', 'off', 'countersign', 'esign', 'execute', 'executed', 'commit', 'commits', 'committed', 'commitment', 'po', 'purchase', 'renew', 'renewal', 'renewed', 'year', 'month', 'annual', 'yearly', 'upfront', 'up', 'pay', 'paying', 'prepay', 'prepayment', 'payment', 'case', 'reference', 'testimonial', 'logo', 'list', 'feature', 'referral', 'referrals', 'referring', 'expand', 'expanding', 'expansion', 'roll', 'rolling', 'standardize', 'standardise', 'consolidate', 'increase', 'supplement', 'order', 'ordering', 'buy', 'buying', 'forward', 'proceed', 'ahead', 'place', 'paperwork', 'contract', 'agreement', 'deal', 'moving', 'bringing', 'accelerating', 'multi', 'full', 'agreed', 'they', 'what'],
      pattern: lean([
        String.raw`\b${COND}${COND_NOT_NEG}\s+(?!(?:you|your team)\s*(?:have|had|need|want|'d like|would like|are interested|'re interested)\b(?!\s+to\s+(?:sign|commit|renew|move forward|proceed|place|purchase|buy|expand))|(?:you(?:'re| are)|your [\w-]+ (?:is|are)|it(?:'s| is))\s+(?:on|already|currently|still|coming|due|up)\b|(?:they|he|she)\b|(?:I|we)\s+(?:can\s+|could\s+)?(?:send|sent|share|shared|forward|forwarded|attach|attached|include|included)\b)(?:[^?!;,:—–()]{0,60}?\b)?${COMMITS}`,
        String.raw`\b(?:what\s+)?(?:you|they|your (?:team|company|side))(?:'ve| have| had)?\s+(?:agreed|committed)\s+to\b[^.?!;]{0,40}?\bin (?:exchange|return)\b`,
      ].join('|')),
      rationale: 'A conditional trade names what the buyer commits to in return for what you give.',
      examples: {
        flag: [
          '[If you can sign] by Friday, I can take 10% off the first year.',
          'We can hold this price [in exchange for a two-year] term.',
          '[Provided you commit] to the annual plan we can include onboarding.',
          '[As long as you renew] before the 30th, the rate stays the same.',
          '[Provided that you supplement] the order so we reach the minimum figure of US$8,900, we will ship immediately.',
          '- [What they committed to in exchange]: a two-year term and a case study.',
          'We can do net 60 [on the condition that the agreement runs for the full 24 months].',
          '[Subject to a three-year] order, we will include unlimited API calls.',
          "[Assuming we can get Dr. Osei's sign-off] at Friday's review, our engineers start Monday.",
          "[If Acme renews for two years] rather than one, we'll include the analytics add-on.",
          "[If you move all four sites onto one agreement], we can hold this year's rate.",
        ],
        pass: [
          'If you need more time, I can note that you are still reviewing.',
          'As long as you need, there is no rush.',
          "If you're able to purchase either package, you can upgrade later for the difference.",
          "If you sign up for a free trial, you'll get access to all features.",
          'It is credited against the first year if you go ahead.',
          'If a three-year term is off the table, tell me.',
          "If you're on a single plan today, nothing changes.",
        ],
      },
    },
    {
      id: 'confirm-the-order',
      kind: 'get',
      level: 'commitment',
      cues: ['confirm', 'po', 'purchase', 'signed'],
      pattern: String.raw`(?:\b(?:could|can|would|will)\s+you\s+(?:please\s+)?|\bplease\s+|\b(?:ask|asking|need|want|like)\s+(?:that\s+)?you\s+(?:to\s+)?|\byou\s+(?:to\s+)?|^\W*|\bif (?:that|this) works,\s+)confirm\s+(?!(?:whether|if|which|that|receipt)\b)(?:the\s+|your\s+)?(?:[\w-]+\s+){0,3}?(?:order|PO|purchase|volumes?|commitment|renewal|contract|booking|reservation|deal|upgrade)s?\b|(?:\b(?:could|can|would|will)\s+you\s+(?:please\s+)?|\bplease\s+|^\W*|\bif (?:that|this) works,\s+|\band\s+)(?:send|get|email|forward)\s+(?:me\s+|us\s+)?(?:over\s+|across\s+|through\s+|back\s+)?(?:the\s+|your\s+|a\s+)?(?:[\w-]+\s+)?(?:PO|purchase order)\b(?!\s+(?:number|no\b|#|reference|ref)\b)`,
      rationale: 'Asking the buyer to confirm the order or send the PO is a commitment.',
      examples: {
        flag: [
          "In exchange, we'd [ask that you confirm the follow-on order] for Q3 volumes now.",
          '[If that works, send over the revised PO] and I will lock the slot.',
          '[Could you confirm the renewal] by Friday?',
        ],
        pass: [

          'Could you send me the PO number your AP team wants on the invoice?',          "I'll send the PO details to your accounts team.",
          'Could you confirm whether the order arrived?',
        ],
      },
    },
    {
      id: 'answer-by-date',
      kind: 'get',
      level: 'commitment',
      negation: 'before',
      cues: ['by', 'before', 'later'],
      alsoCues: ['yes', 'no', 'decision', 'answer', 'light', 'signoff', 'sign', 'commitment', 'verbal', 'thumbs', 'ahead', 'works', 'acceptable', 'agreeable', 'suits'],
      pattern: String.raw`\b(?:need|want|like|get|have)\s+(?:a|your|an)\s+(?:firm\s+|final\s+|clear\s+)?(?:yes\s*/\s*no|yes or no|go\s*/\s*no-?go|decision|answer|green light|sign-?off|commitment|verbal|thumbs up|go-ahead)\s+(?:from\s+(?:you|your\s+[\w-]+)\s+)?(?:by|before|no later than)\b|\blet\s+(?:me|us)\s+know\s+${DEADLINE}\s+(?:if|whether)\s+(?:that|this|the (?:offer|deal|proposal|trade|package))\s+(?:works|is acceptable|is agreeable|suits)`,
      rationale: 'Asking for an answer by a date commits the buyer to a decision.',
      examples: {
        flag: [
          'Could you [let me know by the 30th if that works]?',
          'Offer good thru Thursday, [need a yes/no from you by] then.',
          '[Need a yes or no from you by] then, as the slot goes Monday.',
          "I'd [like your go-ahead before] the board meets.",
        ],
        pass: [
          'We need a decision on our side before we can quote.',
          'Take your time, there is no need for an answer.',
        ],
      },
    },
    {
      id: 'exclusivity-ask',
      kind: 'get',
      level: 'commitment',
      cues: ['exclusive', 'exclusivity', 'sole', 'exclusively'],
      pattern: String.raw`\b(?:agree|commit|confirm)\s+(?:that\s+)?(?:we(?:'re| are| will be|'ll be| would be|'d be)|to (?:us|working with us) as)\s+(?:the\s+|your\s+)?(?:exclusive|sole|only|preferred)\s+(?:[\w-]+\s+)?(?:agency|vendor|supplier|partner|provider|recruiter|reseller|distributor|source|search firm)\b|\b(?:we(?:'re| are)|being)\s+(?:retained|engaged|appointed|named)\s+(?:as\s+)?(?:exclusively|on an exclusive basis|(?:the\s+)?exclusive(?:\s+[\w-]+)?)|\b(?:is|are|be|stays?|remains?)\s+(?:retained|engaged|appointed|named|kept on)\s+(?:as\s+)?(?:exclusively|on an exclusive basis|(?:the|your)\s+(?:exclusive|sole)\s+[\w-]+)(?<=\b(?:provided|providing|if|as long as|so long as|condition|in exchange for|in return for|need|want|ask|assuming)\b[^.?!;]{1,80})|\b(?:ask(?:ing)? for|need|want|like|get|agree(?: to)?|in return for|in exchange for|grant us|give us)\s+(?:(?:[\w-]+\s+){0,3}?)(?:exclusivity|exclusive rights?)\b`,
      rationale: 'Exclusivity is a commitment that moves the deal: the buyer stops shopping.',
      examples: {
        flag: [
          "We can do that, provided [we're retained exclusively] on the search.",
          "In return, can we [agree that we're the exclusive agency] on the search for 30 days?",
          'We would [need 60 days of exclusivity] on this role.',
          'Could you [confirm we are the sole supplier] for the Leeds sites?',
          'We can hold that rate, provided Northfield [is retained as the exclusive supplier] for the first year.',
        ],
        pass: [
          'We are the exclusive distributor for the UK.',
          'Exclusivity is not something we ask of new clients.',
          'Halden is retained as the exclusive agency for their finance hires.',
        ],
      },
    },
    {
      id: 'sign-here',
      kind: 'get',
      level: 'commitment',
      cues: ['sign', 'esign', 'countersign'],
      alsoCues: ['docusign', 'pandadoc', 'hellosign', 'adobe', 'esign', 'signature', 'link', 'portal', 'envelope'],
      pattern: String.raw`(?:^\W*|\b(?:please|just|simply|then|you can|could you|can you|if you're happy,?|if you are happy,?|if (?:that|this|all that|everything) (?:works|looks good|looks right),?|when you're ready,?|once you're ready,?)\s+)(?:e-?sign|sign|countersign)\s+(?:it\s+|here\s+|below\s+|now\s+|the (?:order|agreement|contract|SOW|proposal)\s+)?(?:via|through|using|in|on|with)\s+(?:the\s+|our\s+|this\s+)?(?:DocuSign|PandaDoc|HelloSign|Adobe Sign|e-?sign(?:ature)?|link|portal|envelope)\b(?:\s+(?:link|envelope|portal)\b)?`,
      rationale: 'Pointing the buyer to the signature is a direct ask for commitment.',
      examples: {
        flag: [
          "[If you're happy, sign via the DocuSign link] and we'll book the shoot.",
          '[Please sign using the link] below.',
          "[Then sign through the e-signature portal] and we're done.",
        ],
        pass: [
          'We sign all our contracts via DocuSign.',
          'I will sign via the portal tonight.',
        ],
      },
    },
    {
      id: 'showcase-ask',
      kind: 'get',
      level: 'commitment',
      cues: ['portfolio', 'case', 'website', 'site', 'page', 'showcase', 'award', 'release'],
      pattern: String.raw`\b(?:featur(?:e|ing)|showcas(?:e|ing)|us(?:e|ing)|includ(?:e|ing)|list(?:ing)?)(?<=\b(?:can|could|may|might|would|we'd|we would|like to|ask to|in exchange|in return|okay|ok|open to|mind if|happy for us|let us|allow us to)\b[^.?!;]{0,50})\s+(?:the\s+|your\s+|this\s+)?(?:project|work|results?|story|campaign|site|build|rebrand)\s+(?:in|on|as)\s+(?:our|a)\s+(?:portfolio|case stud(?:y|ies)|website|site|customer page|showcase|award entr(?:y|ies)|press release)\b`,
      rationale: 'The right to show the work publicly is a reference: a commitment worth asking for.',
      examples: {
        flag: [
          "In exchange we'd like to [feature the project in our portfolio].",
          'Would you be open to us [showcasing your rebrand on our website]?',
          'Could we [list the project on our website]?',
        ],
        pass: [
          'We featured the project in our portfolio last year.',
          'You can see similar work in our portfolio.',
        ],
      },
    },
    {
      id: 'paper-back-by-date',
      kind: 'get',
      level: 'commitment',
      cues: ['number', 'executed', 'countersigned', 'verbal', 'written'],
      pattern: lean(String.raw`\b(?:have|get|need|receive|see|want)\s+(?:me\s+|us\s+)?(?:the\s+|a\s+|your\s+)?(?:[\w-]+\s+)?(?:PO\s+number|purchase order\s+number|executed\s+[\w-]+(?:\s+[\w-]+)?|countersigned\s+[\w-]+|(?:verbal|written|signed)\s+(?:offer|order|acceptance|commitment|confirmation))\s+(?:back\s+)?(?:${DEADLINE}|(?:before|ahead of|prior to)\s+[^.?!;]{1,30}?\s(?:on\s+)?${WHEN})`),
      rationale: 'Asking for the PO or signed paper by a date is a commitment ask.',
      examples: {
        flag: [
          "We'd [need your verbal offer by Thursday] noon.",
          'Good to go as long as we [have a PO number by the 28th].',
          'We [need the executed gtc back before first flow on the 1st].',
          'Can you [get me the PO number by Friday] so we can book the crew?',
        ],
        pass: [
          'We received the signed contract on Monday.',
          "I'll have the PO details for you by Friday.",
        ],
      },
    },
    {
      id: 'criteria-trigger-purchase',
      kind: 'get',
      level: 'commitment',
      cues: ['met', 'hit', 'achieved', 'reached', 'agree', 'commit', 'if'],
      alsoCues: ['met', 'hit', 'achieved', 'reached', 'agree', 'commit', 'move', 'convert', 'switch', 'upgrade', 'sign', 'purchase', 'buy', 'roll'],
      pattern: lean(String.raw`\bif\s+(?!you\s+(?:want|need|'d like|would like|decide|prefer|choose|wish)\b)[^.?!;]{5,160}?(?:flags?|hits?|reach(?:es)?|achieves?|delivers?|meets?|catch(?:es)?|saves?|cuts?|finds?|passes|shows?)\b[^.?!;]{1,160}?,\s*(?:then\s+)?(?:you|your (?:team|company|side))(?:'d| would|'ll| will)\s+(?:then\s+)?(?:move|convert|switch|upgrade|sign|roll(?:ing)? (?:it )?out|purchase|buy|commit|go ahead)\b[^.?!;]{0,30}?\b(?:annual|paid|full|contract|agreement|plan|licen[cs]e|order|subscription|roll-?out|purchase|tier)\b(?:\s+(?:plan|tier|licen[cs]e|contract|subscription|agreement|order))?|\bif\s+(?:they(?:'re| are)|those are|these are|we|you|the (?:criteria|targets|KPIs|metrics|goals) are)\s+(?:hit(?: them)?|met|meet them|achieved|reached)\b[^.?!;]{0,20}?,?\s*(?:then\s+)?(?:the\s+[\w-]+\s+|we\s+|you(?:'ll| will)?\s+|it\s+)?(?:convert|move|roll|sign|purchase|buy|go|proceed|have)\w*\b[^.?!;]{0,40}\b(?:purchase|contract|agreement|order|annual|signed|PO|roll-?out|licen[cs]e)\b|\b(?:agree|commit)\s+(?:that\s+)?(?:we|you)(?:'ll| will| can)?\s+(?:move|go|proceed|sign|convert|get)\s+(?:to|ahead|forward|the|into|on)\b[^.?!;]{0,30}?${DEADLINE}`),
      rationale: 'Success criteria that trigger a purchase turn the give into a trade.',
      examples: {
        flag: [
          "[If they're met, the units convert to a purchase under your Premier agreement].",
          '[If we hit them, we have the annual agreement signed] by June 30.',
          "I'd like to [agree that we move to contract by the 31st].",
          "My proposal: [if the tool catches 9 in 10 of the errors your team finds by hand, you'd move to the paid plan] in May.",
          "[If the pilot cuts picking errors by a third, your team would convert to the annual licence] from June.",
        ],
        pass: [
          'If we hit the deadline, the team gets a day off.',
          'We agreed to move the call to Monday.',
          'If you want to switch plans later, you would move to the annual plan at renewal.',
        ],
      },
    },
    {
      id: 'in-exchange-ask',
      kind: 'get',
      level: 'commitment',
      fallback: true,
      cues: ['exchange', 'return'],
      alsoCues: ['ask', 'need', 'want', 'like', 'request', 'expect'],
      // "In exchange, we'd ask for…": whatever follows is the get of the trade.
      pattern: String.raw`\bin (?:exchange|return)\b,?\s+(?:for\s+[^,.?!;]{1,40},\s+)?(?:we(?:'d| would)|I(?:'d| would)|all (?:we|I)(?:'d| would)?)\s+(?:just\s+|only\s+|simply\s+)?(?:ask|need|want|like|request|expect)\b(?!\s+(?:for\s+)?(?:two|three|a few|a couple of)\s+things)(?:\s+(?:for|that|you to))?[^.?!;]{1,160}|\b(?:we(?:'d| would)|I(?:'d| would))\s+(?:want|need|ask(?: for)?|like)\s+in (?:exchange|return)\b`,
      rationale: 'What you ask in exchange is the other half of the trade.',
      examples: {
        flag: [
          "[In exchange, we'd ask for a 12-month MSA instead of the 6 months in the draft].",
          "[In return, we'd just ask for a short case study on the launch].",
          "Here is what [I'd need in return].",
        ],
        pass: [
          'We ask nothing in return.',
          'In return for your feedback, we shipped the fix early.',
        ],
      },
    },
    {
      id: 'buyer-takes-more',
      kind: 'get',
      level: 'commitment',
      cues: ['if', 'provided', 'long', 'condition', 'once'],
      // A condition the buyer meets by buying more: the volume side of a trade.
      pattern: String.raw`\b(?:if|provided(?: that)?|as long as|so long as|on (?:the )?condition that|once)\s+(?:you|your\s+[\w-]+|(?:[\w&.'-]+\s+){0,2}?[\w&.'-]+(?:\s+and\s+[\w&.'-]+)?)\s+(?:(?:can|will|both|all|also)\s+)*(?:take(?:s)?\s+(?:the\s+)?(?:full|whole|entire|complete|bigger|larger|annual|multi-year|\d+)\b|agree(?:s)?\s+to\s+(?:increase|extend|expand|commit|sign|take|buy|order|a\s+(?:\d+|two|three|multi)[- ]year)\b|come(?:s)?\s+(?:onto|on to|on board|aboard)\b|move(?:s)?\s+(?:(?:all|both|the rest of)\s+[^.?!;,]{0,20}?)?(?:onto|to)\s+(?:the\s+)?(?:platform|annual|enterprise|us)\b|tender(?:s)?\s+us\b|guarantee(?:s)?\s+(?:us\s+)?(?:a\s+)?(?:minimum|\d+)|increase(?:s)?\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:volume|order|commitment|seats|licen[cs]es)\b|double(?:s)?\s+(?:the|your)\b|roll(?:s)?\s+(?:it\s+|this\s+|us\s+)?out\s+(?:to|across)\b|standardi[sz]e(?:s)?\s+on\b|consolidate(?:s)?\s+(?:on|with)\b)(?:[^.?!;,]|,(?=\d)){0,60}`,
      rationale: 'A bigger order or a wider roll-out is the commitment that pays for a concession.',
      examples: {
        flag: [
          'We can extend the price, [provided that Northeast Utilities agrees to increase the daily volume to 15,000 MMBtu].',
          'We can do net 45 [if you take the full endcap program across all 14 stores].',
          '[If Rotterdam and Antwerp both come onto the platform this year], the rate holds.',
          'The price stands [if you can tender us a minimum of 20 loads a month on that lane].',
          '[If Dynegy agrees to increase the daily volume to 15], we can extend the price.',
        ],
        pass: [
          'If you take a look at the deck, it explains the tiers.',
          'If you move the meeting to Friday, I can join.',
        ],
      },
    },
    {
      id: 'order-commitment-ask',
      kind: 'get',
      level: 'commitment',
      cues: ['goes', 'agreement', 'issue', 'raise', 'place', 'only', 'sole', 'exclusive', 'standing', 'regular', 'weekly', 'recurring', 'repeat', 'acceptance'],
      // Orders and their terms asked of the buyer in trade wording: a standing
      // order, a single annual PO, issuing the order, exclusivity, accepting a
      // firm offer or confirming the agreement.
      pattern: lean(String.raw`\b(?:the\s+order|it|your\s+order)\s+goes\s+in\s+as\s+(?:a|one)\s+(?:single\s+)?(?:annual\s+|yearly\s+)?(?:PO|order|purchase order|blanket order)\b(?:\s+for\s+the\s+full\s+[\d,]+\s+\w+)?|\b(?:can|could|would|will) you\s+(?:please\s+|kindly\s+)?(?:issue|raise|place|release)\s+(?:us\s+)?(?:the|a|your)\s+(?:[\w-]+\s+)?(?:order|PO|purchase order)\b|\b(?:could|can|shall) we\s+(?:get|have|put)\s+(?:it|them|this|these|us)\s+(?:on|onto|into)\s+your\s+[^.?!;]{0,40}?\bas\s+an?\s+(?:standing|regular|weekly|recurring)\s+(?:order|line|item)\b|\b(?:provided|if|as long as|so long as|on (?:the )?condition that)\s+(?:we're|we are|we'd be|we become|you make us)\s+(?:the\s+)?(?:only|sole|exclusive)\s+(?:agency|supplier|vendor|partner|provider|recruiter|firm)\b[^.?!;,]{0,50}|\bon an exclusive basis\b(?<=\b(?:if|provided|as long as)\s+you\b[^.?!;]{0,100})|\b(?:we|I)(?:'d| would)\s+(?:like|love)\s+to\s+(?:start|set up|begin)\s+(?:you\s+)?(?:with|on)\s+(?:an?\s+)?(?:standing|regular|weekly|recurring|repeat)\s+(?:[\w-]+\s+){0,2}?order\b|\b(?:could|can|shall|may|should) we\s+(?:set you up on|put you (?:on|down for)|start you on|book you in for|get you on)\s+(?:an?\s+|the\s+)?(?:standing|regular|weekly|fortnightly|monthly|recurring|repeat)\s+(?:[\w-]+\s+){0,4}?(?:order|orders|delivery|deliveries|contract|subscription|run)\b|\b(?:please\s+confirm|(?:could|would|can) you\s+(?:please\s+)?confirm|if you could confirm)\s+(?:your\s+)?(?:acceptance|agreement)\b(?!\s+(?:with|that you)\b)`),
      rationale: 'An order, exclusivity or a signed-off agreement asked of the buyer is a commitment: it is what a concession should buy.',
      examples: {
        flag: [
          'Net 60 is doable, with one condition: [the order goes in as a single annual PO for the full 48,000 units].',
          'I would be grateful [if you could confirm your agreement] in writing.',
          'The signed copy is attached. [Can you please issue the subcontract order] by Friday?',
          'If it goes down well, [could we get it on your autumn menu as a standing order], say six cases a week?',
          "I can come down to 17%, [provided we're the only agency working it for the first three weeks].",
          'If the team like the quality, [we would like to start with a standing order] every Tuesday, minimum 10 kg.',
          "If they're right for your menu, [could we set you up on a standing Tuesday and Friday delivery] from next month?",
          '[Please confirm acceptance] before validity so we can nominate the vessel.',
          '[Shall we put you down for a regular weekly order] of the house blend?',
        ],
        pass: [
          'Can you please issue the invoice for the order?',
          'We are the only agency in the region with this accreditation.',
          'Your standing order ships every Tuesday as usual.',
          'We confirm acceptance of your order 4471.',
        ],
      },
    },
  ],
};
