/**
 * Shared vocabulary for rule patterns: `{NAME}` in a pattern expands to the
 * group below. Patterns run case-insensitively on text whose curly quotes are
 * straightened, so `'` covers ’ too.
 */
export const VOCAB: Readonly<Record<string, string>> = {
  // The seller as subject, with the modals and hedges reps wrap offers in:
  // "I can", "we'd be happy to", "I'm able to", "we can definitely"; casual
  // typing without apostrophes ("ill send", "im happy to") and "gonna".
  WE: String.raw`\b(?:I|we|our team|ill|im|ive)(?:'ll|'d|'m|'re|'ve| will| would| can| could| shall| may| might| am| are| have)?(?:,? (?:definitely|certainly|gladly|happily|also|still|absolutely|just|really|now|actually|even|probably|maybe|be|happy|glad|able|willing|prepared|going|want|wanted|like|love|try|offer|plan|planning|gonna|wanna|ready|pleased|more than|to|totally|then|go ahead and|went ahead and|get|see if (?:I|we) can))*`,
  // The buyer as subject: "you", "your team", "your CFO".
  YOU: String.raw`\b(?:you|your (?:team|side|company|organization|org|group|CFO|CEO|CTO|CIO|VP|boss|manager|procurement|legal|finance|IT|security|leadership|buyer|department))`,
  // A number with a percent sign or the word.
  PCT: String.raw`\d{1,2}(?:\.\d+)?\s?(?:%|percent|per cent|pct)`,
  // Money: $1,200 / €900 / Rs. 1,840 / 1,200 USD / {{PRICE}} / [discounted price]
  MONEY: String.raw`(?:[$€£₹]\s?\d[\d,.]*(?:k|m)?\b|\bRs\.?\s?\d[\d,.]*\b|\b(?:USD|EUR|GBP|INR|AUD|CAD)\s?\d[\d,.]*\b|\[[$€£][^\]\n]{0,10}\]|\d[\d,.]*\s?(?:k\s)?(?:USD|EUR|GBP|dollars|euros|pounds)\b|\{\{[A-Z_ ]*(?:PRICE|AMOUNT|FEE|COST)[A-Z_ ]*\}\}|\[[^\]\n]{0,30}?(?:price|amount|fee|cost|rate|total)[^\]\n]{0,20}\])`,
  // A date or deadline: "by Friday", "by the 30th", "by end of month", "by {{DATE}}"
  DATE: String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|tomorrow|today|tonight|(?:the )?end of (?:the )?(?:day|week|month|quarter|year|Q[1-4])|EO[DWMQ]|Q[1-4]|(?:the )?\d{1,2}(?:st|nd|rd|th)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}|\d{1,2}\/\d{1,2}|next week|this week|this month|month-end|quarter-end|year-end|\{\{[A-Z_]*DATE[A-Z_]*\}\}|\[[^\]]*date[^\]]*\])`,
  // Time units for durations.
  PERIOD: String.raw`(?:days?|weeks?|months?|quarters?|years?)`,
  // Small counts written as digits or words.
  NUM: String.raw`(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a couple of|a few|several)`,
};

const MACRO = /\{([A-Z]+)\}/g;

/** Expands `{NAME}` macros; an unknown macro is an error in the rule data. */
export function expandPattern(pattern: string): string {
  return pattern.replace(MACRO, (whole, name: string) => {
    const body = VOCAB[name];
    if (body === undefined) throw new Error(`unknown macro ${whole} in pattern ${pattern}`);
    return body;
  });
}
