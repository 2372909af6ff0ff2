import { ADDED_FREE, ADDING_VERBS, NO_CHARGE_CUES, TO_TRY } from './free-extras.ts';
import type { RuleSet } from './types.ts';

/** Gives of category `price`: money off the deal for this buyer. */
export const priceConcessions: RuleSet = {
  id: 'price-concessions',
  title: 'Price concessions',
  description:
    'Discounts, waived fees, free months, extra units and price matching offered to this buyer. Each one costs margin and should buy a commitment.',
  rules: [
    {
      id: 'percent-off',
      kind: 'give',
      category: 'price',
      cues: ['%', 'percent', 'pct', 'cent', 'half', 'halve', 'halving'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?halv(?:e|ing)\s+(?:the|your|our|that|this)\s+(?:[\w-]+\s+){0,3}?(?:retainer|fees?|price|rate|cost|commission|margin|bill|invoice|subscription|licen[cs]e|charge|premium|mark-?up)s?\b|{WE}\s+(?!(?<=\b(?:we|our team)\s+)(?:offer|give|provide|extend|apply|include)s?\s+(?!you\b))(?:[\w']+\s+){0,2}?(?:tak(?:e|ing|en)|took|knock(?:ing|ed)?|shav(?:e|ing|ed)|giv(?:e|ing)|offer(?:ing|ed)?|do(?:ing)?|get(?:ting)?|go(?:ing)?|com(?:e|ing) down|drop(?:ping|ped)?|cut(?:ting)?|appl(?:y|ying|ied)|extend(?:ing|ed)?|reduc(?:e|ing|ed)|lower(?:ing|ed)?|discount(?:ing|ed)?|provid(?:e|ing|ed)|includ(?:e|ing|ed)|throw(?:ing)? in|add(?:ing|ed)?|approv(?:e|ing|ed)|honou?r(?:ing|ed)?|push(?:ing|ed)? through|stretch(?:ing|ed)?|squeez(?:e|ing|ed)|bring(?:ing)?|brought|secur(?:e|ed|ing)|start(?:ing)? you at|got (?:approval|sign-off|signoff|the ok(?:ay)?|the green light|the nod) (?:for|on))\b(?:(?!uplift|increase|escalat|capped)[^.?!;]){0,40}?{PCT}(?!\s+(?:[\w-]+\s+){0,2}?(?:uplift|increase|escalator|escalation|price rise|indexation|request|ask)s?\b)(?:\s+(?:[\w-]+\s+)?(?:off|discount|reduction|lower|price reduction|rebate|credit))?|\b(?:the|an?)\s+extra\s+{PCT}|{WE}\s+(?:[\w']+\s+){0,2}?(?:do|offer|give you|let you have|bill|charge|invoice|price)\s+(?:you\s+)?(?:it\s+|that\s+|this\s+|them\s+|the\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:at|for)\s+half\s+(?:the\s+)?(?:price|cost|rate|list(?: price)?|the usual (?:price|rate))\b|\b(?:would|could|how about|what about|what if (?:I|we) (?:did|offered|took|gave you))\s+(?:an?\s+)?(?:(?:extra|additional|further)\s+)?{PCT}\s+(?:discount|off|reduction|price reduction|rebate|credit)\b(?:\s+(?:(?:on|for|off)\s+)?(?:the\s+|your\s+)?(?:first|initial|whole|entire|year|annual|renewal|licen[cs]e|platform|subscription)(?:[\s-](?:year|order|invoice|one|two|fee|term|contract|renewal))?)?(?:\s+(?:help|work|make it work|get (?:this|it|us)|swing it|tip it|do it))?|\bgot\s+(?:approval|sign-off|signoff|the ok(?:ay)?|the green light|the nod)\s+(?:for|on)\s+(?:an?\s+)?(?:extra\s+|additional\s+)?{PCT}(?:\s+(?:off|discount|reduction))?`,
      rationale: 'A percentage off for this buyer comes straight out of your margin.',
      ask: {
        level: 'commitment',
        text: 'If I can get you to that discount, can we agree on a signed order by the 30th and a two-year term?',
      },
      examples: {
        flag: [
          'I went back to finance and [got approval for 12% off] the first-year subscription.',
          '[I can take 15% off] the first year.',
          'Good news: [we can do 12%] on the platform fee.',
          'If you can sign this week, [I can knock 10% off] the total.',
          '[I am offering you a 50% discount] on your renewal.',
          '[I can maybe do 18%].',
          "[I've also applied a 15% courtesy discount] to your first three months.",
          'Sure, [the extra 5%] is approved.',
          '[I can do the first quarter at half price] while your team ramps up.',
          '[How about 8% off the first order]?',
          "[Would a 12% discount on year one help] you get budget sign-off?",
          "Fine, [I'll halve the placement fee] on the second hire.",
          'For a two-year term [we can halve the setup charge].',
        ],
        pass: [
          "I did take the 20% request to our commercial team, and I'm afraid the answer is no.",
          "We can't take 15% off, but the price includes onboarding.",
          'For 20 seats you get 25% off, which is our published volume tier.',
          'Our customers typically see a 30% reduction in handling time.',
          'Even if we wanted to take 20% off, we would have to charge for support.',
          'I already gave you 15% last quarter.',
          'We offer a 15% discount to all registered charities.',
          'Half of our customers start on the smaller plan.',
          'Would the 2% early-payment discount in our standard terms apply to you?',
          "We can't halve the retainer on a search this size.",
          'I can drop the 5% annual escalator for the renewal.',
        ],
      },
    },
    {
      id: 'discount-offer',
      kind: 'give',
      category: 'price',
      cues: ['discount', 'discounted', 'rebate', 'credit', 'concession', 'price', 'pricing', 'rate', 'deal', 'break', 'deduction'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:offer(?:ing)?|giv(?:e|ing)|extend(?:ing)?|provid(?:e|ing)|get(?:ting)?|find(?:ing)?|work(?:ing)? out|put(?:ting)? together|apply(?:ing)?|throw(?:ing)? in|arrang(?:e|ing)|secur(?:e|ing)|approv(?:e|ing)|unlock(?:ing)?|credit(?:ing)?|allow(?:ing)?|grant(?:ing)?|honou?r(?:ing)?)\s+(?:you\s+|your (?:team|account)\s+|(?:[\w&'-]+\s+){1,3}?(?=(?:an?|some|the|our)\s))?(?:with\s+)?(?:an?\s+|some\s+|the\s+|our\s+)?(?:(?:extra|additional|special|better|bigger|deeper|small|modest|one-time|loyalty|multi-year|volume|partner|founder'?s?|preferred|sharper|lower|reduced|discounted|best|custom|exclusive|introductory|early-adopter|nonprofit|non-profit|startup|promotional|promo|launch|early-bird|grandfathered)\s+)*(?:(?:discount|price break|concession|deduction)s?\b|rebates?\b(?!\s+(?:period|window|clause|terms?)\b)|credits?\b(?!\s+(?:team|card|check|limit|terms|application|approval|department|control|risk))|(?<=(?:special|better|sharper|lower|reduced|discounted|best|preferred|custom|exclusive|introductory|partner|loyalty|founder'?s?|nonprofit|non-profit|startup|promotional|promo|launch|early-bird|grandfathered)\s+)(?:price|pricing|rate|deal)s?\b)`,
      rationale: 'A discount or special price for this buyer is a concession: trade it, do not gift it.',
      ask: {
        level: 'commitment',
        text: 'If we can offer that pricing, can you commit to a decision and a signed order by the end of the month?',
      },
      examples: {
        flag: [
          "[We'd be happy to offer a small discount] on the total amount.",
          "[I can get you a better price] if that's what it takes.",
          '[We can offer you special pricing] as one of our first customers in Ohio.',
          "[I'll apply a one-time credit] to your next invoice.",
          '[We can give the Leeds team our partner rate] of $40 a seat.',
          '[I can extend the launch pricing] to your second site.',
          "Since the payment was only two days late, [we'll allow you the discount] this time.",
        ],
        pass: [
          "We don't offer discounts on renewals.",
          'Our pricing is listed on the website.',
          'I can give you the price list for the enterprise tier.',
        ],
      },
    },
    {
      id: 'special-price-for-you',
      kind: 'give',
      category: 'price',
      cues: ['pricing', 'price', 'rate', 'discount', 'deal', 'prices', 'exception', 'discounted', 'annual'],
      pattern: String.raw`\b(?:special|exclusive|preferred|custom|discounted|reduced|loyalty|founder'?s?|partner|reduced|regionally discounted)\s+(?:pricing|prices?|rates?|discount|deal)\s+(?:just\s+|only\s+|exclusively\s+|specially\s+|especially\s+)?for\s+(?:you|your team|your company|\{\{[^}]+\}\})(?:\s*[:—–]\s*{MONEY}(?:\s*(?:per|a|an|/)\s*[\w-]+)?(?:\s+(?:instead of|rather than|down from|vs\.?)\s+{MONEY}(?:\s*(?:per|a|an|/)\s*[\w-]+)?)?)?|\b(?:an? )?(?:exceptional )?exception (?:just )?for you\b|\bat the (?:regionally )?discounted (?:price|rate)s?\b|\bmonthly\s+(?:billing|payments?|invoic(?:ing|es)|plan|terms)\b[^.?!;]{0,40}?\b(?:while\s+|but\s+)?(?:keep(?:ing)?|hold(?:ing)?|honou?r(?:ing)?|at|on)\s+(?:the|your)\s+annual\s+(?:price|rate|pricing)\b|\bannual\s+(?:price|rate|pricing)\s+(?:on|for|with)\s+(?:a\s+|the\s+)?monthly\s+(?:billing|plan|payments?|terms|contract)\b`,
      rationale: 'Special pricing just for this buyer is a price concession.',
      ask: {
        level: 'commitment',
        text: 'If we hold this pricing for you, can we agree to a signature by the 30th and a logo on our customer page?',
      },
      examples: {
        flag: [
          'I was able to get [special pricing just for you].',
          "I'm making [an exception for you] this time.",
          'Here are two coupons to buy the course [at the regionally discounted prices].',
          "I've set up [special pricing for you: $12 a seat instead of $18] for the first year.",
          "For your team we'll honour the [annual price on a monthly plan].",
        ],
        pass: [
          'We have special pricing for nonprofits listed on our site.',
          'The discounted price ended on Friday.',
          'Monthly billing costs 20% more than the annual price.',
        ],
      },
    },
    {
      id: 'waived-fee',
      kind: 'give',
      category: 'price',
      cues: ['zeroed', 'zero', 'wiped', 'written', 'wrote', 'knocked', 'waive', 'waiving', 'waived', 'ourselves', 'swallow', 'fee', 'fees', 'charge', 'shipping', 'freight', 'transport', 'transportation', 'postage', 'courier', 'demurrage', 'cost', 'costs', 'surcharge', 'comp', 'absorb', 'cover', 'drop', 'expense', 'travel', 'penalty', 'penalties', 'overage', 'fine', 'comped', 'comping', 'invoice', 'bill'],
      pattern: String.raw`\b(?:zero(?:ed)?|wip(?:e|ed)|writ(?:e|ten)|wrote|knock(?:ed)?)(?<=\b(?:I|we)(?:'ve| have|'ll| will| can)?\s+(?:just\s+|already\s+|gone ahead and\s+|went ahead and\s+)?[a-z]+)\s+(?:that|it|this|them)\s+(?:out|off)\b(?!\s+(?:of|the)\b)|(?<!\b(?:the|a|that|this|your|our)\s)\b(?:waiv(?:e|ing|ed)|drop(?:ping|ped)?|remov(?:e|ing|ed)|eliminat(?:e|ing|ed)|cover(?:ing|ed)?|absorb(?:ing|ed)?|swallow(?:ing|ed)?|comp(?:ing|ed|'d)?|scrap(?:ping|ped)?|skip(?:ping|ped)?|eat(?:ing)?|pick(?:ing)? up|forgiv(?:e|ing|en)|forgave|writ(?:e|ing) off|wrote off|written off|revers(?:e|ing|ed)|tak(?:e|ing) care of|foot(?:ing)?|zero(?:ed|ing)? out)\s+(?:the\s+|your\s+|any\s+|all\s+|that\s+|this\s+|her\s+|his\s+|their\s+|those\s+|these\s+)?(?:{MONEY}\s*)?(?:[\w'-]+\s+){0,2}?(?:fees?|charges?|costs?|shipping|freight|transport(?:ation)?|postage|courier|demurrage|surcharges?|travel|expenses|penalt(?:y|ies)(?:\s+(?:fees?|charges?))?|overage(?:\s+(?:fees?|charges?)|s)?|fines?(?![\w-])(?!\s+print))\b(?!\s+(?:on|for) (?:our|my) (?:side|end))|\bwaiv(?:e|ing|ed)\s+(?:the\s+)?{MONEY}|\bwaiv(?:e|ing)\s+(?:the\s+|your\s+|that\s+|this\s+)?(?:[\w'-]+\s+){0,2}?(?:package|add-?on|deposit|retainer|hire)\b|\b(?:fees?|charges?|costs?|penalt(?:y|ies)|overages?)\s+(?:(?:of\s+{MONEY}|(?:for|on)\s+(?:the\s+|your\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)\s+)?(?:is|are|will be|has been|have been|would be|gets?)\s+(?:waived|forgiven|written off|reversed)\b|\b(?:left|leave|leaving|knock(?:ed|ing)?|tak(?:e|en|ing)|took)\s+(?:the\s+|your\s+)?(?:{MONEY}\s+)?(?:[\w-]+\s+){0,2}(?:fees?|charges?)\s+off\b|\b(?:comp(?:ed|ing)?|zero(?:ed|ing)? out|waiv(?:e|ed|ing)|forgiv(?:e|en|ing)|forgave|writ(?:e|ten|ing) off|wrote off)\s+(?:the\s+|your\s+|this\s+|that\s+)?(?:[\w'-]+\s+){0,2}?(?:invoices?|bills?)\b|\bat our (?:own )?(?:cost|expense)\b|\bwe'?ll (?:absorb|cover|eat|swallow) (?:that|it|the (?:cost|difference))\b|{WE}\s+(?:[\w']+\s+){0,2}?(?:cover(?:ing)?|pay(?:ing)? for|absorb(?:ing)?|swallow(?:ing)?|foot(?:ing)?)\s+(?:that|it|this|those|these|the\s+[^.?!;,]{1,60}?)(?:\s+[\w-]+)?\s+ourselves\b|\b(?:free|complimentary)\s+(?:shipping|delivery|freight|installation|set-?up)\s+(?:on|for)\s+(?:this|your|the)\b`,
      rationale: 'A waived fee is money off the deal, even when it feels like a formality.',
      ask: {
        level: 'commitment',
        text: 'If we waive that fee, can we agree on a signed order form by the end of the week?',
      },
      examples: {
        flag: [
          'That would normally mean a $90 overage line. I\'ve [zeroed that out] — call it a one-off.',
          "We'll [waive the setup fee] for you.",
          "We're able to [waive the AV package] and the room hire for both days.",
          'On this order we can [waive the deposit] entirely.',
          "I'm happy to [cover shipping] on this first order.",
          'We can [drop the implementation fee] entirely.',
          "There will be [free shipping on this] order.",
          'The implementation [fee of £36,000 is waived] in full.',
          "I've [left the implementation fee off] entirely.",
          "We'll send it by express [at our cost].",
          "Given the outage, we'll [forgive the late-payment penalties] on the March invoice.",
          "I've [written off the overage charges] on your May statement.",
          'The [penalties for the short delivery have been forgiven] in full.',
          "Given the mix-up, I've [waived this month's charge].",
          "We'll [take care of the cancellation fee] from your current provider.",
          "I've [comped your April invoice] given the outage.",
          "We'll [zero out the onboarding fee] on this order.",
          "I've [taken the $750 migration fee off] the quote.",
          "Because the site needs a crane, we'll [swallow the lifting charge] this once.",
          "[We'll cover the background checks for the first ten hires ourselves].",
        ],
        pass: [
          'Can you zero that out in the spreadsheet before you send it?',
          "I'm not able to waive the fee this time.",
          'The setup fee covers the data migration and two training sessions.',
          'Shipping is calculated at checkout.',
          'Signing by Friday lets me hold the waived setup fee.',
          'Late-payment penalties apply after 30 days under the standard terms.',
          'Please read the fine print on the renewal clause.',
        ],
      },
    },
    {
      id: 'free-period',
      kind: 'give',
      category: 'price',
      negation: 'before',
      cues: ['free', 'complimentary', 'day', 'week', 'month', 'quarter', 'year'],
      pattern: String.raw`(?<!\btry (?:it |us )?)(?<!\b(?:works? out (?:to|at|as)|equivalent (?:to|of)|amounts? to|equals|the same as|like getting)\s+)(?<!\b(?:warrant(?:y|ies)|guarantee|support|SLA|maintenance|service plan|cover(?:age)?)\b[^.?!;]{0,60}\s(?:to|by|for|through)\s+)\b(?:(?:the\s+)?first(?:\s+{NUM})?|an? extra|an? additional|another|{NUM}(?: extra| additional| more| bonus)?)\s+(?:\d+\s+|full\s+)?(?:days?|weeks?|months?|quarters?|years?)(?:\s+of\s+[\w-]+)?\s+(?:(?:are|is|will be)\s+)?(?:free|on us|on the house|at no (?:extra |additional )?(?:cost|charge)|free of charge|complimentary)\b(?!\s+(?:compared|vs\.?|versus|relative to)\b)|(?<!\btry (?:it |us )?)\bfree\s+for\s+(?:the\s+)?(?:first\s+|next\s+)?(?:\d+|{NUM})\s+(?:days?|weeks?|months?|quarters?|years?)|(?<!\b(?:try (?:it |us )?|(?:is|are) )(?:always )?)\bfree\s+(?:for|through)\s+(?:the\s+)?(?:first|whole|entire|full|rest of the)\s+(?:year|quarter|term|contract|renewal)\b(?!\s+(?:for|to)\s+(?:all|every|any)\b)|\b{NUM}\s+(?:free|complimentary|bonus)\s+(?:days?|weeks?|months?|quarters?|years?)\b|\b(?:comp(?:ed|ing)?|cover(?:ed|ing)?|waiv(?:e|ed|ing))\s+(?:the\s+|your\s+)?(?:first|next|final|whole|entire|full)\s+(?:(?:\d+|{NUM})\s+)?(?:months?|quarters?|weeks?|years?)\b(?!['\w])`,
      rationale: 'Free months are a discount in disguise.',
      ask: {
        level: 'commitment',
        text: 'If we include the free months, can we make it a two-year agreement signed this quarter?',
      },
      examples: {
        flag: [
          "We'll make [the first 3 months free].",
          "I can add [an extra month on us] if that helps.",
          'The platform would be [free for the first 90 days].',
          'I can offer [two free months] on the annual plan.',
          'Good news: [the first two months are on us].',
          "Instead, I can add the reporting module [free for the first year].",
          "To make up for the delay, we'll [cover the first two months] of the subscription.",
        ],
        pass: [
          'Try it free for 14 days.',
          "We can't give away free months on an annual plan.",
          'The free plan works forever.',
          'Paying yearly works out to two months free compared with monthly billing.',
          'Onboarding is free for the first year for all customers.',
          'We will extend the warranty on all 40 pumps to 36 months at no additional cost.',
        ],
      },
    },
    {
      id: 'extra-units',
      kind: 'give',
      category: 'price',
      negation: 'before',
      cues: ['extra', 'additional', 'bonus', 'free', 'complimentary', 'more'],
      pattern: String.raw`\b(?:throw(?:ing)? in|add(?:ing)?|includ(?:e|ing)|giv(?:e|ing) you|toss(?:ing)? in|bundl(?:e|ing)|provid(?:e|ing)|upgrad(?:e|ing) you to)\s+(?:an?\s+|another\s+)?(?:(?:\d+|{NUM})?\s*(?:extra|additional|bonus|free|complimentary)|(?:\d+|{NUM})\s+more)\s+(?:[\w-]+\s+)?(?:seats?|licen[cs]es?|users?|units?|credits?|hours?|cases?|boxes|modules?|add-ons?|tier|storage|GB|TB|minutes|calls|sessions|samples?)\b|\b(?:keep|keeping|kept|leave|leaving|left|let you keep|let you have)\s+(?:the\s+|those\s+|these\s+)?(?:(?:\d+|{NUM})\s+)?(?:extra|additional|spare|unused|new)\s+(?:(?:\d+|{NUM})\s+)?(?:seats?|licen[cs]es?|users?|units?|modules?)\b[^.?!;]{0,40}?\b(?:free|at no (?:extra |additional )?(?:cost|charge)|on us|free of charge|without charge)\b`,
      rationale: 'Extra seats or units thrown in lower the price per unit you will be held to.',
      ask: {
        level: 'commitment',
        text: 'If we include the extra seats, can we agree on the volume commitment and a signature by the 30th?',
      },
      examples: {
        flag: [
          "I'll [throw in 10 extra seats] for your contractors.",
          'We can [add 5 more licenses] for the contractors.',
          "We'll [keep the additional 5 licences on your account free] until the contractors start.",
          "I'm happy to [include a bonus module] for the first year.",
        ],
        pass: [
          'Extra seats are $12 per user per month.',
          'You can add more seats as needed from the admin page.',
          "You'll keep the extra seats you added last year, billed at the usual rate.",
        ],
      },
    },
    {
      id: 'price-match',
      kind: 'give',
      category: 'price',
      cues: ['match', 'beat', 'halfway', 'middle', 'number', 'budget', 'down', 'meet'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:match(?:ing)?|beat(?:ing)?|meet(?:ing)?|com(?:e|ing) down to|get(?:ting)? (?:you )?to|hit(?:ting)?|work(?:ing)? within|fit(?:ting)?)\s+(?:you\s+)?(?:(?:their|the competitor'?s?|[\w-]+'s|your|that|the|at|in)\s+(?:(?:{MONEY}|[\w-]+)\s+){0,2}?(?:price|pricing|quote|offer|number|budget|rate|figure|middle|target)\b|halfway\b|in the middle\b|{MONEY}|(?:their|[\w-]+'s)\s+{MONEY}(?:\s*\/\s*[\w-]+)?)|\bmeet you (?:halfway|in the middle)\b|\bmatch(?:ing)?\s+(?:their|the competitor'?s?|[\w-]+'s|your|that)\s+(?:(?:{MONEY}|[\w-]+)\s+){0,2}?(?:price|pricing|quote|offer|rate|number)\b`,
      rationale: "Matching a competitor or the buyer's number is a price concession: get something for it.",
      ask: {
        level: 'commitment',
        text: 'If we match that number, can you commit to a decision date and move your team off the other vendor by the end of the quarter?',
      },
      examples: {
        flag: [
          "Spoke to my VP. [We'll match Datavane's $14/user].",
          "[We'll match their price] on the first year.",
          "[I can get you to your budget] if we trim the analytics add-on.",
          "Let's [meet you halfway] on the renewal.",
          '[We can come down to $42,000] for the full package.',
          "I got approval to [match Stroomwerk's price] on the 2,000-piece order.",
          "[We'll match their $9,800 annual number] if you sign this month.",
          "[We can match Voxa's per-seat rate] for the first year.",
        ],
        pass: [
          "We won't match their price, since their package leaves out support.",
          'We can meet your payment schedule.',
          'Does that fit your budget?',
          "We can't match their $9,800 number without dropping support.",
        ],
      },
    },
    {
      id: 'adjust-the-numbers',
      kind: 'give',
      category: 'price',
      cues: ['adjust', 'adjustment', 'adjustments', 'rework', 'revisit', 'sharpen', 'flexible', 'flex', 'pencil', 'wiggle', 'room', 'rescope'],
      pattern: String.raw`\b(?:I|we)\b[^.?!;]{0,40}?\b(?:adjust|rework|revisit|sharpen|flex|be flexible on|move on|tweak|sharpen the pencil|find (?:some )?(?:room|wiggle room))\b[^.?!;]{0,30}?\b(?:price|pricing|number|numbers|proposal|quote|rate|budget|cost|pencil|figures|fee|fees)\b|\b(?:proposal|quote|pricing|price|numbers?|figures)\b[^.?!;]{0,30}?\b(?:I|we)\b[^.?!;]{0,20}?\b(?:clarify or )?(?:adjust|rework|revisit|tweak|sharpen)\b|\bbudget\b[^.?!;]{0,100}?\b(?:I|we)(?:'ll| will| can| could| would|'d)\s+(?:happily\s+|gladly\s+|gladly\s+)?(?:adjust|rework|revisit|tweak|sharpen|rescope|re-scope)\s+(?:it|them|that|things|the (?:proposal|quote|numbers|pricing|price|figures|scope))\b|\badjustments you'?d like\b|\b(?:wiggle|some) room on (?:the )?(?:price|pricing|number)\b`,
      rationale: 'Inviting the buyer to renegotiate the number signals the price is soft.',
      ask: {
        level: 'commitment',
        text: 'If we can adjust the proposal, can we agree that it is the final change before signature on the 30th?',
      },
      examples: {
        flag: [
          "Is there anything on the [proposal I can clarify or adjust] to move things forward?",
          "[We can revisit the pricing] if the volume changes.",
          "Let me know if there are any other [adjustments you'd like] to explore.",
          "If the [budget has shifted since we spoke, say so and we'll rework it] before you take it to the board.",
        ],
        pass: [
          "We can't adjust the pricing at this stage.",
          'The price adjusts automatically with your usage tier.',
        ],
      },
    },
    {
      id: 'coupon-code',
      kind: 'give',
      category: 'price',
      cues: ['coupon', 'coupons', 'code', 'voucher', 'promo', 'takes'],
      pattern: String.raw`\bhere(?:'s| is| are)\s+(?:an?\s+|your\s+|two\s+|three\s+|some\s+|a\s+special\s+)?(?:[\w-]+\s+)?(?:coupons?|promo codes?|discount codes?|vouchers?)\b|\b(?:code|coupon)\b[^.?!;]{0,40}?{PCT}\s+off\b|\b[A-Z]+-?\d{1,3}\s+(?:takes|gives you|gets you|knocks)\s+{PCT}\s+off\b|\buse (?:the )?(?:code|coupon)\s+[A-Z0-9_-]*\d[A-Z0-9_-]*\b(?:\s+for\s+{PCT}\s+off(?:\s+your\s+first\s+{NUM}\s+(?:months?|years?))?)?`,
      rationale: 'A private coupon is a discount for this buyer.',
      ask: {
        level: 'commitment',
        text: 'If I send you a code, can you confirm the order for your whole team by Friday?',
      },
      examples: {
        flag: [
          '[Here are two coupons] for your team.',
          'For the next 48 hours, [use code WELCOME20 for 20% off] your first month.',
          "[Here's a discount code] for the annual plan.",
          'Your [code for 25% off] is in the attachment.',
          'At checkout, [NORTHPEAK-30 takes 30% off] the first year.',
        ],
        pass: [
          'Coupons cannot be combined with the PPP discount.',
          'Enter your code at checkout if you already have one.',
        ],
      },
    },
    {
      id: 'price-brought-down',
      kind: 'give',
      category: 'price',
      cues: ['down', 'instead', 'rather', 'place', 'reduced', '$', '€', '£', '%', 'percent', 'usd', 'eur', 'gbp'],
      pattern: String.raw`\b(?:bring|brought|bringing|take|took|taken|taking|knock(?:ed|ing)?|get|got|drop(?:ped|ping)?|lower(?:ed|ing)?|reduc(?:e|ed|ing)|cut(?:ting)?|mov(?:e|ed|ing)|sharpen(?:ed)?)(?<!\b(?:which|that|this)\s+[a-z]+)(?<!\b(?:drop|dropping|remove|removing|cut|cutting|take out|taking out|without|exclude|excluding|descope|descoping)\s+(?:the\s+|that\s+)?(?:[\w-]+\s+){0,2}?(?:phase|module|add-on|scope|workshop|component|feature|line item|service|option|tier|stage|deliverable)s?\s+and\s+[a-z]+)\s+(?:(?:the|your|our|it|this|that|them|each)\s+)?(?:[\w/-]+\s+){0,4}?(?:down\s+(?:from\s+(?:{MONEY}|{PCT})(?:\s+[\w/-]+)?\s+)?(?:to|at)\s+|from\s+(?:{MONEY}|{PCT}|\d[\d,.]*)(?:\s+[\w/-]+)?\s+(?:down\s+)?to\s+)(?:{MONEY}|{PCT}|\d[\d,.]*\s+(?:days|hours)(?!\s+(?:payment|credit|terms?|net)\b))|(?<![\w$€£])(?:{MONEY}|{PCT})(?!\s+(?:upfront|up front|up-front|deposit|down|in advance|prepaid|on signature)\b)(?:\s*(?:per|a|/)\s*[\w-]+)?(?:\s+[\w-]+){0,3}?,?\s+(?:instead of|rather than|in place of|down from|(?:vs\.?|versus) (?:the|our) (?:usual|list|standard))\b(?<!\b(?:which\s+(?:brings|takes|puts|gets|makes|leaves|comes to|works out)|lock(?:ed|ing|s)?|cap(?:ped|ping|s)?)\b[^?!;]{0,160})(?:\s+(?:the|our|your)\s+(?:[\w-]+\s+)?)?(?:\s*{MONEY}|\s*{PCT})?|\b(?:instead of|rather than|in place of)(?<!\b(?:which\s+(?:brings|takes|puts|gets|makes|leaves|comes to|works out)|lock(?:ed|ing|s)?|cap(?:ped|ping|s)?)\b[^?!;]{0,100})\s+(?:the\s+|our\s+)?(?:(?:{MONEY}|{PCT})(?!\s+(?:upfront|up front|up-front|deposit|down|in advance|prepaid|prepayment|on signature)\b)|(?:[\w$€£.,/'-]+\s+){0,3}?(?:list price|uplift|increase|price increase|price rise|usual rate|standard rate))|\b(?:unlimited|uncapped)\s+(?:[\w-]+\s+){0,3}?(?:instead of|rather than|in place of)\s+(?:the|your|our)\s+(?:[\w.,-]+\s+){0,3}?(?:cap|limit|allowance|quota)\b|\breduced our (?:day |hourly )?rate\b|\b(?:take|knock|shave|chop|cut|bring|get|drop|lower|reduce|trim|sharpen|give you|get you|offer you|taking|knocking|shaving)(?<=\b(?:I|we)(?:'ll| will| can| could|'d| would|'m|'re| am| are)\s+(?:[\w']+\s+){0,2}?[a-z]+(?:\s+you)?)\s+(?:(?:an?\s+(?:extra|additional|further)\s+)?{MONEY}(?:\s*(?:per|a|an|/)\s*[\w-]+)?\s+off\b|(?:the|your|our|that|this)\s+(?:[\w-]+\s+){0,2}?(?:price|pricing|fee|fees|retainer|rate|total|quote|cost|licen[cs]e|subscription|number)\s+to\s+{MONEY}(?:\s*(?:per|a|an|/)\s*[\w-]+)?)`,
      rationale: 'Moving the number down for this buyer is a price concession, however it is worded.',
      ask: {
        level: 'commitment',
        text: 'If we can land on that number, can we agree it is final and get the order signed by the 30th?',
      },
      examples: {
        flag: [
          'I can [bring the unit price down to €7.85] on the full run.',
          'We went back and [brought the total down from $8,400 to $7,600] as you asked.',
          'That works out at [£9 per learner instead of £14].',
          "We'll keep you on your current rate [instead of the new $15 list price].",
          "Understood on the budget: we can [take the monthly retainer to $4,500 a month].",
          'If that helps, I can [knock $1,200 off] the installation.',
          "While your team ramps up, I'll [take $300 a month off] the subscription.",
          'We can [shave €40 per seat off] for the first year.',
          "We'll hold year two at today's price [rather than applying next year's uplift].",
          "For the same fee we'll give you [unlimited storage instead of the 5 TB cap] on your plan.",
        ],
        pass: [
          'The price went up to $15 per seat in January for all customers.',
          'We can invoice quarterly in arrears instead of 50% upfront.',
          'Delivery takes 10 days instead of the usual 5 because of the holiday.',
          "We'll lock the rate at $38 for three years instead of the standard annual uplift.",
          'Customers who prepay can take $100 off at checkout.',
          'The annual plan takes $300 a month off the list price for everyone.',
          'Or we drop the analytics module and bring it down to $51,000.',
          'We use a soft limit instead of the hard cap on API calls.',
        ],
      },
    },
    {
      id: 'included-at-no-cost',
      kind: 'give',
      category: 'price',
      generic: true,
      negation: 'before',
      cues: ['otherwise', 'normally', 'charge', 'cost', 'free', 'house', 'complimentary', 'us'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:includ(?:e|ed|ing)|add|throw in|provide)\s+[^.?!;]{3,80}?,?\s+which\s+(?:would\s+)?(?:otherwise|normally|usually)\s+(?:be\s+)?(?:charged|cost|costs|billed|priced)\b|\b(?:is|are|will be|'ll be|would be)\s+(?:all\s+|entirely\s+|completely\s+)?on us\b(?!\s+to\b)(?<!\b(?:that|this|it|which|what|mistake|error|fault|delay|delays|blame|responsibility|onus|miss|problem|issue|issues|mix-up|oversight|one|ball)\s+(?:is|are|was|will be|'ll be|would be)\s+(?:all\s+|entirely\s+|completely\s+)?on us)(?<!\b(?:frustration|trouble|confusion|inconvenience|hassle|mistake|error|fault|delay|blame|mix-up|oversight|problem|issue|miss)\b[^.?!;]{0,80})|(?<!\bthey(?:'d|'ll| would| will| could| can| are|'re)?\s+(?:be\s+)?(?:happy|glad|willing|able|offered|offering|agreed)\s+to\s+)\b(?:includ(?:e|ed|ing)|add(?:ed|ing)?|do(?!\s+(?:it|this|that|them|so|the work)\b)|giv(?:e|en|ing)|leav(?:e|ing)|left|keep(?:ing)?|kept|throw(?:ing)? in|threw in|provid(?:e|ed|ing)|suppl(?:y|ied|ying)|run(?:ning)?|deliver(?:ing)?|host(?:ing)?|upgrad(?:e|ed|ing)|switch(?:ed)? on|turn(?:ed)? on|enabl(?:e|ed)|extend(?:ed|ing)?)\b[^.?!;]{0,100}?\b(?:at no (?:extra |additional )?(?:cost|charge)|free of charge|on the house|for free|at no cost to you|without charge|complimentary|without (?:a|any|the)\s+(?:[\w-]+\s+){0,2}?(?:charges?|fees?|surcharges?))\b`,
      rationale: 'Something normally paid for, included at no charge, is a price concession.',
      ask: {
        level: 'commitment',
        text: 'If we include that at no charge, can we agree on the full order and a signature by the end of the month?',
      },
      examples: {
        flag: [
          'What [I can do is include full English breakfast for all of your delegates each morning, which would otherwise be charged] at £16.50 per person.',
          'I will also [include the Thames Suite for both conference days without a room hire charge].',
          "If we [run the first cohort of the Customer Conversations programme for your Glasgow contact centre at no cost], would you act as a reference?",
          'I can [include the premium support tier at no extra cost] for year one.',
          "We'll [leave the advanced reporting switched on for the rest of the year, at no extra cost].",
          "I'll [add 10 seats for the analytics team at no cost].",
          "The team dinner on the first night [is on us].",
          "Both welcome lunches [are on us], canapés included.",
        ],
        pass: [
          "We can't include the premium tier at no cost, but it is 20% off list this month.",
          'The community edition is free for everyone.',
          "Our SE has offered to build the connector, and we're happy to do it at no cost.",
          "Our reseller says they'd be happy to do the data import for you at no charge if you contract with them.",
          "Sorry about the missed delivery, that one is on us.",
          'The responsibility is on us to fix the sync.',
          'The frustration your team has had this quarter is on us.',
        ],
      },
    },
    {
      id: 'account-credit',
      kind: 'give',
      category: 'price',
      cues: ['credit', 'credited', 'crediting', 'funds', 'referral', 'finder', 'bonus', 'thank', 'thanks', 'rebate', 'refund', 'refunded', 'refunding', 'reimburse', 'reimbursed', 'reimbursing', 'invoice', 'bill', 'account', 'statement', 'renewal', 'balance', 'subscription'],
      pattern: String.raw`\bcredit(?:ed|ing)?\s+(?:you\s+|your account\s+(?:with\s+)?)?(?:with\s+)?(?:{MONEY}|{PCT}(?=\s+(?:against|on|off|to)\b)|an?\s+(?:full\s+|extra\s+)?(?:month|week|quarter)|(?:a|one|two|three)\s+(?:full\s+)?months?)(?:\s+(?:to|on|against)\s+your\s+(?:account|invoice|next invoice|bill|subscription))?|\b(?:appl(?:y|ied|ying)|add(?:ed|ing)?|issu(?:e|ed|ing)|rais(?:e|ed|ing)|put through)\s+(?:a|an|the)\s+(?:[\w$€£,.-]+\s+){0,2}?credit\b(?!\s+card)(?:\s+(?:of|for)\s+{MONEY})?|(?<![\w$€£]){MONEY}\s+(?:in\s+)?(?:co-marketing|marketing|MDF|development|enablement)\s+funds\b|\b(?:pay|paying|send)\s+you\s+(?:a\s+)?(?:{MONEY}|{PCT})\s+(?:(?:referral|finder'?s?)\s+(?:fee|bonus|reward|commission)|thank-?you|thanks|bonus)\b|\b(?:I|we)(?:'ll| will|'d| would| can| could)\s+(?:also\s+|happily\s+|gladly\s+)?(?:pay|send|give)\s+(?!you\b)(?:your\s+[\w-]+|[\w&'-]+)\s+(?:an?\s+)?(?:{MONEY}|{PCT})\s+(?:referral|finder'?s?)\s+(?:fee|bonus|reward|commission)\b(?:\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:revenue|contract value|ACV|deal|deals|sales|bookings))?|{WE}\s+(?:[\w']+\s+){0,3}?(?:refund(?:ed|ing)?|reimburs(?:e|ed|ing)|credit(?:ed|ing)? back)(?!\s+(?:you\s+)?(?:for\s+)?(?:(?:the|that|this|your|those|these|any)\s+)?(?:duplicate|double|duplicated|erroneous|incorrect|mistaken|accidental|wrong|overcharged?|overpaid|overpayment)\b)\s+(?:you\s+)?(?:for\s+)?(?:(?:the|your|that|this|those|these|all|both|its|every|each)\s+)?(?:[\w'-]+\s+){0,2}?(?:{MONEY}|charges?|payments?|invoices?|fees?|amount|difference|balance|subscription|renewal|months?|years?|costs?|orders?|seats?|licen[cs]es?|portion|it|them|in full)(?!['\w])(?![\w$€£,.]*\d)(?:\s+in full)?(?:,?\s+as\s+a\s+(?:one-off|one-time(?:\s+(?:gesture|exception|courtesy))?|(?:goodwill\s+)?gesture(?:\s+of\s+goodwill)?|courtesy|goodwill gesture|exception))?(?![^.?!;]{0,60}\b(?:if you (?:cancel|return|downgrade)|within (?:\d+|{NUM}) (?:days?|weeks?) of|as standard|our (?:refund )?policy|for all customers|for every customer))|{WE}\s+(?:[\w']+\s+){0,3}?(?:issu(?:e|ed|ing)|process(?:ed|ing)?|arrang(?:e|ed|ing)|approv(?:e|ed|ing)|put(?:ting)? through|push(?:ed|ing)? through)\s+(?:you\s+)?(?:an?\s+)?(?:(?:full|partial|pro-?rated|one-off|one-time|goodwill|courtesy|{MONEY})\s+)*refund\b(?:\s+(?:of|for)\s+(?:{MONEY}|(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:charges?|payments?|invoices?|fees?|months?|renewal|subscription|order)))?|{WE}\s+(?:[\w']+\s+){0,2}?(?:issu(?:e|ed|ing)|rais(?:e|ed|ing)|send|sent|process(?:ed)?)\s+(?:you\s+)?an?\s+credit note\b(?:\s+for\s+(?:the\s+)?(?:full\s+amount|{MONEY}|(?:[\w-]+\s+){0,2}?(?:invoice|charge|fee|month|order)s?))?|\b(?:put|putting|drop(?:ped|ping)?|add(?:ed|ing)?|post(?:ed|ing)?|load(?:ed|ing)?|pop(?:ped|ping)?|stick|stuck|leave|left|issu(?:e|ed|ing))\s+(?:an?\s+)?(?:(?:goodwill|courtesy|account|one-off|one-time|small|extra|additional|partial)\s+)*(?:{MONEY}\s+)?(?:(?:goodwill|courtesy|account|one-off|one-time|small|extra|additional|partial)\s+)*credit\s+(?:(?:of|worth|for)\s+{MONEY}\s+)?(?:on|onto|to|against|toward|towards|in|into)\s+(?:your|the)\s+(?:[\w-]+\s+)?(?:account|invoice|bill|balance|renewal|subscription|statement|workspace)\b|\b(?:put|putting|drop(?:ped|ping)?|stick|stuck|knock|apply|applying|applied|putting)\s+{MONEY}\s+(?:(?:in|of)\s+credit\s+)?(?:against|toward|towards|onto)\s+(?:your|the)\s+(?:next\s+|upcoming\s+|first\s+|following\s+|renewal\s+|current\s+|[\w-]+\s+)?(?:invoice|bill|renewal|statement|account|balance|subscription)s?\b(?:\s+for\s+(?:every|each)\s+[^.?!;,]{1,40})?`,
      rationale: 'A credit, rebate or cash reward is money back to the buyer.',
      ask: {
        level: 'commitment',
        text: 'If we apply that credit, can we agree on the renewal terms and a signature before the credit is issued?',
      },
      examples: {
        flag: [
          "Although the incident did not breach the SLA, we've [added a credit of $180] to your account.",
          'If AP can release the invoices by Friday, I\'ll [credit 1.5%] against them.',
          "For any introduction that signs, I'll [pay you a £500 thank-you] on top of the partner margin.",
          "I've [applied a $250 credit] to your account for the trouble.",
          "We'll [credit $500 to your account] for the outage.",
          "I've [applied a credit] equal to your full March subscription.",
          "We've approved [$5,000 in co-marketing funds] for your Q2 webinars.",
          "We'd [pay you a $2,000 referral fee] for each client.",
          "For any agency you send our way, [we'll pay Northwind a 15% finder's fee on year-one revenue].",
          "Since the seats were never used, [I've refunded the unused months] back to your card.",
          "[We'll reimburse the May charge in full, as a one-off].",
          "[I've processed a full refund for the June renewal].",
          "[We've raised a credit note for the full amount] of the March invoice.",
          "[We'll credit back the unused portion] of your subscription when the seats come off.",
          "Sorry for the trouble; I've [popped a $150 goodwill credit on your account].",
          "For each practice you introduce that goes live, we'll [put $300 against your next invoice for every one that signs up].",
        ],
        pass: [
          'You can add a credit card in the billing settings.',
          'Your credit card on file will be charged on the 1st.',
          'Invoices are payable within 30 days; credits are not transferable.',
          'Refunds are processed within 5 to 10 business days.',
          'Our partner programme pays partners a 10% referral fee on first-year revenue.',
          "Sorry about the double billing: I've refunded the duplicate payment to your card.",
          'We refund the full amount if you cancel within 14 days of purchase.',
          'The renewal went through on the 3rd and appears on your statement.',
        ],
      },
    },
    {
      id: 'fee-refunded-or-removed',
      kind: 'give',
      category: 'price',
      generic: true,
      cues: ['refunded', 'removed', 'waived', 'reversed', 'credited', 'dropped', 'comped', 'comp', 'voided', 'written', 'forgiven', 'taken', 'applied', 'added', 'issued', 'posted'],
      // Passive voice, the way support and account teams report goodwill. A
      // corrected error (a duplicate or mistaken charge) is not a concession.
      pattern: String.raw`(?:{MONEY}\s+|\b)(?:(?!(?:duplicate|double|erroneous|incorrect|mistaken|accidental|wrong)\b)[\w-]+\s+){0,2}?(?:fees?|charges?|difference|overages?|penalt(?:y|ies)|surcharges?|interest|(?:goodwill|courtesy|one-off|one-time|loyalty) credit)\b(?:\s*\([^)]{1,30}\))?(?:\s+of\s+{MONEY})?(?:\s+(?:that|which|from|for|on|in)\s+[^.?!;]{1,50}?)?\s+(?:has|have|had|was|were|will|'s|is|are|'ll|would)\s+(?:(?:also|now|already|just|fully|been|be|quietly|simply)\s+)*(?:refunded|removed|waived|credited(?:\s+back)?|reversed|written off|dropped|comped|comp'd|voided|forgiven|taken off|applied|added|issued|posted)\b(?<!\b(?:twice|in error|by mistake|duplicated?|double|erroneous|incorrect|mistaken|accidental|wrongly)\b[^.?!;]{0,200})(?!\s+(?:from|in)\s+(?:the\s+)?(?:dashboard|page|report|website|site|view|list|menu|screen|app|UI|table|export)\b)(?![^.?!;]{0,80}\b(?:in error|by mistake|twice|duplicated?)\b)`,
      rationale: 'A fee or charge taken back for this buyer is money off the deal, however passively it is worded.',
      ask: {
        level: 'commitment',
        text: 'If we take that charge off, can we agree the renewal on a twelve-month term this week?',
      },
      examples: {
        flag: [
          '[A goodwill credit of $1,450 has been applied] to your next invoice.',
          '[The onboarding fee ($18,500) has been waived] for this rollout.',
          'Also, [the overage charges from that week have been waived].',
          'The [$240 difference has been refunded] to the card on file.',
          'Also, [the late fee that was added on the 14th has also been removed].',
        ],
        pass: [
          'The SLA credit has been applied automatically, as the contract provides.',
          'The duplicate charge has been refunded to your card.',
          'Your card was charged twice, so the second charge has been reversed.',
          'The fees were removed from the dashboard in the last release.',
          'Late fees are charged after 30 days.',
        ],
      },
    },
    {
      id: 'percent-off-listed',
      kind: 'give',
      category: 'price',
      generic: true,
      cues: ['%', 'percent', 'pct', 'cent'],
      // A percentage offered as an option line ("Three-year term: 18% off"),
      // not in a sentence about published tiers or customers' savings.
      pattern: String.raw`(?<![\w.])\d{1,2}(?:\.\d+)?\s?(?:%|percent|per cent|pct)(?<=(?:^|[:—–]|\s-|\bplus|,)\s*(?:and\s+)?(?:an?\s+|another\s+|an extra\s+|a further\s+)?\d{1,2}(?:\.\d+)?\s?(?:%|percent|per cent|pct))\s+(?:off|discount|reduction|price reduction|rebate)\b(?!\s+(?:in|of)\b|\s+(?:at|on orders?|for orders?|over|above|for)\s+(?:\d|[$€£]))(?:\s+(?:on|off)\s+(?:the\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:fee|price|total|licen[cs]e|subscription|renewal|order|contract|invoice|year|term|quote|rate)s?\b)?`,
      rationale: 'A percentage off laid out for this buyer is a price concession, even as a line in a list of options.',
      ask: {
        level: 'commitment',
        text: 'If I can get you to that discount, can we agree on a signed order by the 30th and a two-year term?',
      },
      examples: {
        flag: [
          'Three-year term: [18% off], plus priority support.',
          'Two-year term: a [12% reduction on the annual fee].',
          'Our offer — [15% discount on the first year] — stands until Friday.',
        ],
        pass: [
          'MOQ is 24 units per SKU, 10% off at 250+ units, and orders ship within 5 days.',
          'Annual plans are 20% off, as on our pricing page.',
          'Our customers see a 30% reduction in handling time.',
          'Over the last year: 25% reduction of churn across the board.',
        ],
      },
    },
    {
      id: 'thrown-in',
      kind: 'give',
      category: 'price',
      generic: true,
      negation: 'before',
      cues: ['stuck', 'popped', 'slipped', 'packed', 'spare', 'spares', 'throw', 'throwing', 'threw', 'toss', 'tossing', 'tossed', 'fold', 'folding', 'folded', 'chuck', 'chucking', 'bundle', 'bundling'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:stuck|stick|pop(?:ped)?|put|slip(?:ped)?|pack(?:ed)?|add(?:ed)?|includ(?:e|ed))\s+(?=[^.?!;]{0,60}\b(?:spares?|extra|free|complimentary|bonus)\b)(?:an?\s+|some\s+|a couple of\s+|a few\s+|two\s+|three\s+|\d+\s+)?(?:[\w-]+\s+){0,7}?(?:in|into|on)\s+(?:the|your)\s+(?:crate|box|pallet|order|delivery|shipment|parcel|consignment|van|truck|load|kit)\b(?:\s+for\s+(?:you|free|nothing))?|\b(?:throw(?:ing)?|threw|toss(?:ing|ed)?|chuck(?:ing|ed)?)(?<=\b(?:I|we)\b[^.?!;]{0,90})\s+in\s+(?!the towel\b)(?:[\w$€£%-]+\s+){0,3}[\w-]+|\b(?:fold(?:ing|ed)?|throw(?:ing)?|threw|toss(?:ing|ed)?|bundl(?:e|ing|ed))(?<=\b(?:I|we)\b[^.?!;]{0,90})\s+(?:the|an?|your|some|our|another)\s+(?:[\w-]+\s+){0,4}?in\s+(?:at no (?:extra |additional )?(?:cost|charge)|for free|free|on the house)\b`,
      rationale: 'Something thrown in for free is a price concession: it is margin the deal does not pay for.',
      ask: {
        level: 'commitment',
        text: 'If I include that at no charge, can we get the order signed by the end of the month?',
      },
      examples: {
        flag: [
          "Since you'll be far from a counter, [I've stuck a spare seal kit and two impellers in the crate for you]. No charge.",
          'I can knock another 10% off and [throw in the premium support tier] for the first year.',
          "We'll [fold the additional sandbox environment in at no charge].",
          "If that helps, I'll [toss in a second admin seat].",
        ],
        pass: [
          "I've put the delivery note in the crate for you.",
          "We won't throw in the premium tier this time.",
          "I'm not ready to throw in the towel on this one.",
          'Would you throw in a case study?',
        ],
      },
    },
    {
      id: 'price-trimmed',
      kind: 'give',
      category: 'price',
      cues: ['off', 'drops', 'drop', 'falls', 'fall', 'reduced', 'down'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:shav(?:e|ing)|knock(?:ing)?|tak(?:e|ing)|trim(?:ming)?|chop(?:ping)?|cut(?:ting)?)\s+(?:an?\s+(?:extra\s+|further\s+)?|another\s+|one\s+|half\s+a\s+|a\s+little\s+|a\s+bit\s+)?(?:penny|cent|nickel|dime|point|couple (?:of )?points|few points|basis points?|bps|\d+(?:\.\d+)?\s?(?:cents?|bps|basis points?|points?|c|p)|bit|little|touch|chunk|smidge)\s+off\b|\b(?:our|my|the|your)\s+(?:[\w-]+\s+){0,2}?(?:fee|price|rate|cost|retainer|commission|margin|markup)s?\b(?:\s+for\s+(?:this|your|the)\s+[\w-]+)?\s+(?:drops?|falls?|comes? down|goes? down|will drop|would drop|can drop|is reduced|will be reduced|would be reduced)\s+to\s+(?:{MONEY}|{PCT})(?=\s+(?:from|rather than|instead of)\b)|{WE}\s+(?:[\w']+\s+){0,2}?(?:drop|bring|get|take|move|knock)\s+you\s+(?:down\s+)?to\s+{MONEY}`,
      rationale: 'Trimming the number, however little, is a price concession.',
      ask: {
        level: 'commitment',
        text: 'If I can sharpen the number, can you commit to the full volume and a signature by Friday?',
      },
      examples: {
        flag: [
          'If you take the full pallet, [I can drop you to $31.50] a case.',
          'For this role [our placement fee drops to 15%] from the standard 20%.',
          'If Dynegy commits to the full volume, [we can shave a penny off] the index spread.',
          "[I can knock a bit off] if you sign this week.",
          '[I can take a couple of points off] if you go to three years.',
        ],
        pass: [
          "We can't shave anything off this time.",
          'Our new router shaves a second off every lookup.',
        ],
      },
    },
    {
      id: 'below-list-price',
      kind: 'give',
      category: 'price',
      generic: true,
      cues: ['depart', 'deviate', 'against', 'versus', 'best', 'rack', 'list', 'normally', 'usually', 'standard', 'regular', 'rrp', 'was'],
      // "$36/seat (list is $48)": the number the buyer gets, next to the one
      // everyone else pays.
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,3}?(?:depart|deviate|move away)\s+from\s+(?:our|the)\s+(?:usual|standard|normal|ordinary)\s+[\w-]+(?:\s+[\w-]+)?(?:\s+and\s+(?:undertake|do|handle|run|deliver|take on)\s+[^.?!;]{1,40}?\s+for\s+(?:a\s+)?(?:fixed|flat|capped)\s+(?:fee|price|sum)(?:\s+of\s+{MONEY})?)?|{WE}\s+(?:[\w']+\s+){0,2}?(?:offer|do|give)\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:rate|price)\s+of\s+{MONEY}[^.?!;]{0,60}?\b(?:against|versus|vs\.?|compared (?:to|with)|instead of|rather than|down from|below)\s+(?:our|the)\s+(?:best available|standard|usual|normal|list|rack|published|regular|full)\s+(?:rate|price)|(?:{MONEY}(?:\s*\/\s*[\w-]+)*|{PCT}|\d[\d,.]*\s*(?:cases|units|seats|pallets|licen[cs]es|users|pieces|tons|tonnes|kg|lbs))[^.?!;()]{0,60}?\(\s*(?:list(?: price)?(?: is)?|normally|usually|(?:our\s+)?standard(?: price| rate)?(?: is)?|regular(?: price)?(?: is)?|RRP|was)\s*:?\s*(?:{MONEY}|{PCT}|\d[\d,.]*)[^)]{0,20}\)`,
      rationale: 'A number below what everyone else pays is a price concession, even in brackets.',
      ask: {
        level: 'commitment',
        text: 'If we can come in below list, can we agree the full volume and a signature by the 30th?',
      },
      examples: {
        flag: [
          '[We are prepared to depart from our usual hourly charging and undertake the matter for a fixed fee of £3,500] plus VAT.',
          'For 40 rooms [I can offer a group rate of £119 per room per night including breakfast, against our best available rate] of £165.',
          'The 160 new seats come in at [$36/seat for the first year (list is $48)].',
          'Free freight on any order over [40 cases (normally 60)].',
          'Your renewal would be [$18,000 (was $22,500)].',
        ],
        pass: [
          'We cannot depart from our usual hourly charging on litigation.',
          'Our group rate of £165 is the best available rate for those dates.',
          'The Pro plan is $36/seat (billed annually).',
          'Our list price is $48 per seat.',
        ],
      },
    },
    {
      id: 'no-charge-for',
      kind: 'give',
      category: 'price',
      generic: true,
      negation: 'ignore',
      cues: ['charge', 'charges', 'cost', 'fee'],
      alsoCues: ['no'],
      pattern: String.raw`(?<!\b(?:there's|there is|there will be|there'd be|is|are|with|at)\s)\bno\s+(?:extra\s+|additional\s+)?(?:charge|cost|fee)s?\s+(?:for|on)\s+(?!(?:these|this|that|it|them|those)\b|(?:the\s+|your\s+)?(?:scoping|work|time|calls?|sessions?|consultation|analysis|audit|design|proposal|quote|review|workshop)\b)(?:the\s+|your\s+|any\s+|those\s+|these\s+)?(?:[\w-]+\s+){0,3}[\w-]+(?![^.?!;]{0,40}\b(?:as always|as standard|as usual|for all|for anyone|for everyone|ever)\b)`,
      rationale: 'Not charging for something the buyer would otherwise pay for is a price concession.',
      ask: {
        level: 'commitment',
        text: 'If we leave that off the bill, can we get the renewal signed before the end of the month?',
      },
      examples: {
        flag: [
          '[No charge for the extra seats you added] for the Austin office.',
          'And [no extra charge on the demurrage this time].',
          'Happy to do it, [no charge for the rush].',
        ],
        pass: [
          "I'll put together a migration plan for you, no charge for the scoping.",
          'There is no charge for standard delivery.',
          'No charge for returns, as always.',
        ],
      },
    },
    {
      id: 'tier-early',
      kind: 'give',
      category: 'price',
      cues: ['bump', 'bumped', 'move', 'moved', 'put', 'upgrade', 'upgraded', 'give', 'gave', 'start', 'tier', 'price', 'pricing', 'rate', 'margin'],
      alsoCues: ['though', 'although', 'despite', 'short', 'instead', 'day', 'before', 'yet', 'already'],
      // A better tier than the buyer has earned is a price concession.
      pattern: String.raw`\b(?:bump(?:ed|ing)?|mov(?:e|ed|ing)|put(?:ting)?|upgrad(?:e|ed|ing)|giv(?:e|ing)|gave|start(?:ing)?)\s+you\s+(?:up\s+)?(?:to|on|onto|at)\s+(?:the\s+)?(?:[\w%()-]+\s+){0,3}?(?:price|pricing|rate|tier|discount|margin)\b(?:\s*\([^)]{1,20}\))?[^.?!;]{0,40}?\b(?:even though|although|despite|short of|instead of|from day one|before (?:your|you)\b|ahead of|(?:you|you've) (?:haven't|have not|aren't|are not|don't)\b)`,
      rationale: 'A tier the buyer has not reached yet is a price concession: name what it buys.',
      ask: {
        level: 'commitment',
        text: 'If we give you that tier now, can you commit to reaching its volume within the year?',
      },
      examples: {
        flag: [
          "[Bumped you to the 10% case price even though] you're 4 cases short of the tier.",
          "We'll [put you on Gold-tier margin (25%) from day one] instead of after your first $100k.",
          "I can [start you at the enterprise rate before your] seat count gets there.",
        ],
        pass: [
          'Once you reach 250 cases we move you to the 10% case price.',
          "We'll move you to the new pricing page.",
        ],
      },
    },
    {
      id: 'upgrade-same-price',
      kind: 'give',
      category: 'price',
      // "… to Business for a month, no charge": the "no" is the give, not a refusal.
      negation: 'before',
      cues: ['keep', 'leave', 'flipped', 'switched', 'bumped', 'upgraded', 'same', 'upgrade', 'upgraded', 'upgrading', 'bump', 'bumped', 'bumping'],
      alsoCues: ['price', 'pricing', 'rate', 'cost', 'fee', 'charge', 'house', 'free', 'us'],
      // More (a better tier, room, stock or spec) for the money already quoted.
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:keep|leave|put|move)\s+(?:you|your\s+[\w-]+)\s+on\s+(?:the\s+)?[\w-]+(?:\s+(?:plan|tier|edition|package))?\s+(?:at|for)\s+(?:the\s+)?[\w-]+(?:\s+(?:plan|tier))?\s+(?:price|rate|pricing)\b(?:\s+for\s+(?:the\s+)?(?:next|first|another)\s+(?:\d+|{NUM})\s+(?:months?|years?))?|{WE}\s+(?:[\w']+\s+){0,2}?(?:flipped|switched|moved|bumped|upgraded|put|turned)\s+(?:your|you)\s+(?:[\w-]+\s+)?(?:up\s+)?(?:to|onto|on)\s+(?:the\s+)?[\w-]+(?:\s+(?:plan|tier|edition|package))?\b[^.?!;]{0,70}?,?\s*(?:no charge|free of charge|at no (?:extra |additional )?(?:cost|charge)|on us|on the house|for free)\b|\b(?:upgrad(?:e|ed|ing)|bump(?:ed|ing)?\s+(?:you|your\s+[\w-]+|them|it)\s+up)(?<!\b(?:you|customers|clients|users|anyone)\s+(?:can|could|may|might)\s+(?:always\s+)?[\w-]+(?:\s+[\w-]+\s+up)?)(?<!\b(?:opportunity|option|able|free)\s+to\s+upgrade)\b[^.?!;]{0,60}?\b(?:at|for)\s+(?:the\s+|your\s+)?(?:(?:same|existing|current|original|old|lower)\s+(?:[\w-]+\s+)?|[\w-]+(?<!\b(?:standard|usual|normal|list|full|regular|higher|additional|extra|new|published|going|the|a|an|any|difference))\s+)(?:price|rate|cost|fee|pricing)\b|{WE}\s+(?:[\w']+\s+){0,2}?(?:run|do|print|make|supply|ship|deliver|give you|offer|provide|put you on|switch you to|move you to|include|use)\b[^.?!;]{0,60}?\b(?:for|at)\s+the\s+same\s+(?:price|rate|cost|fee)\s+as\b`,
      rationale: 'A better product, tier or spec for the price of the lesser one is a price concession.',
      ask: {
        level: 'commitment',
        text: 'If we give you the upgrade at the same price, can we agree on the full order and a signature by Friday?',
      },
      examples: {
        flag: [
          'Before you drop to Starter, one option: [we can keep you on Business at the Starter price for the next six months], provided you switch to annual billing.',
          'So [I\'ve flipped your workspace to Business until the end of your billing cycle (the 28th), no charge].',
          "I've [upgraded your team to the Business plan at the same per-seat price] until renewal.",
          'Your delegates are [upgraded to the sea-view rooms for the same nightly rate].',
          '[We can print the covers on the 350gsm board for the same price as] the 300gsm in the quote.',
          "Done: I've [bumped you up to Premium for the Plus price] this year.",
        ],
        pass: [
          'Their vendor kept them on Business at the Starter price.',
          'I\'ve switched your invoices to the new address.',
          'You can upgrade to the Business plan at the standard price whenever you like.',
          'Upgrading to Premium costs the same as two Standard seats.',
          'We charge the same price as last year.',
          "You'll have the opportunity to upgrade to Pro later for the difference in pricing.",
        ],
      },
    },
    {
      id: 'free-delivery',
      kind: 'give',
      category: 'price',
      negation: 'before',
      cues: ['deliver', 'delivering', 'ship', 'shipping', 'courier', 'couriering'],
      alsoCues: ['free', 'charge', 'cost'],
      // The seller's promise to deliver for nothing; a published free-delivery policy is not a give.
      pattern: String.raw`\b(?:I|we)(?:'ll| will| can| could|'d| would|'re going to| are going to|'m going to| am going to|'re gonna| are gonna)(?:\s+(?:also|still|happily|gladly|even|then|be happy to|be able to))*\s+(?:deliver(?:ing)?|ship(?:ping)?|courier(?:ing)?)\b[^.?!;,—–]{0,40}?\b(?:for free|free of charge|at no (?:extra |additional )?(?:cost|charge)|free\b(?!\s+(?:samples?|trials?|plans?|tiers?|versions?|demos?|guides?|brochures?|cop(?:y|ies)|consultations?|of)\b))(?![^.?!;]{0,30}\b(?:(?:on|for|with) (?:all|every|any) (?:orders?|customers?|clients?)|over [$€£]|above [$€£]))`,
      rationale: 'Delivery you would normally charge for, given away for this buyer, is money off the deal.',
      ask: {
        level: 'commitment',
        text: 'If we deliver free, can we agree on a standing order for the next six months, signed by Friday?',
      },
      examples: {
        flag: [
          "[We'll deliver to all three stores free] for the first quarter.",
          '[I can ship the replacement parts free of charge] this time.',
          "[We'll courier the second batch over at no extra cost].",
        ],
        pass: [
          "We can't deliver free to the islands.",
          "We'll deliver free on all orders over $500, as always.",
          "We'll ship the free samples on Monday.",
        ],
      },
    },
    {
      id: 'at-cost',
      kind: 'give',
      category: 'price',
      cues: ['cost'],
      // Selling or redoing work at cost gives up the whole margin.
      pattern: String.raw`\b(?:I|we)(?:'ll| will| can| could|'d| would|'re going to| are going to|'m going to| am going to|'re gonna|'m happy to|'re happy to| am happy to| are happy to)(?:\s+(?:also|still|happily|gladly|even|then|just|be happy to|be able to))*\s+(?!charge\b|bill\b|invoice\b|pass\b)[\w-]+\b[^.?!;,—–]{0,50}?\bat cost(?: price)?\b(?!\s+(?:of|to)\b)(?![^.?!;]{0,30}\b(?:as (?:always|standard|usual)|for (?:all|every) (?:customers?|clients?)))`,
      rationale: 'Work or goods at cost leave you no margin: a price concession worth a commitment.',
      ask: {
        level: 'commitment',
        text: 'If we do this at cost, can we agree on the next order and a signed PO by Friday?',
      },
      examples: {
        flag: [
          "Given the deadline, [we'll reprint the whole run at cost].",
          '[I can supply the spare filters at cost price] for the first year.',
          "[We'd do the extra site survey at cost] if that helps.",
        ],
        pass: [
          'Freight is passed through at cost on every order.',
          "We'll charge the materials at cost as always.",
          'We can do it at no cost to you.',
        ],
      },
    },
    {
      id: 'partner-reward-raised',
      kind: 'give',
      category: 'price',
      cues: ['referral', 'finder', 'introducer', 'partner', 'reseller', 'agent', 'channel', 'affiliate', 'commission', 'commissions', 'margin', 'margins', 'rebate', 'rebates', 'spiff', 'bounty'],
      // A partner's or referrer's reward raised for this deal: money, so price.
      pattern: String.raw`(?:{WE}|\b(?:happy|glad|able|willing)\s+to)\s+(?:[\w']+\s+){0,2}?(?:bump(?:ing)?|rais(?:e|ing)|increas(?:e|ing)|up|upp(?:ing)?|boost(?:ing)?|lift(?:ing)?|doubl(?:e|ing)|top(?:ping)? up|sweeten(?:ing)?|improv(?:e|ing)|mov(?:e|ing)|tak(?:e|ing))\s+(?:up\s+)?(?:your|the|their|his|her)\s+(?:[\w-]+\s+)?(?:(?:referral|finder's|introducer|partner|reseller|agent|channel|affiliate)\s+(?:fee|bonus|reward|commission|margin|discount|rebate|payout|spiff|bounty|cut|share)|commission|margin|rebate|spiff|bounty)s?\b(?:\s+(?:on|for)\s+(?:this|that|the)\s+(?:one|deal|project|job|referral|order|account|client|lead|introduction))?(?:\s+(?:from\s+(?:{PCT}|{MONEY})\s+)?(?:to|up to)\s+(?:{PCT}|{MONEY}))?|\byour\s+(?:[\w-]+\s+)?(?:referral|finder's|introducer|partner|reseller|agent|channel|affiliate)\s+(?:fee|bonus|reward|commission|margin|discount|rebate|payout|spiff|bounty)s?\s+(?:on\s+(?:this|that|the)\s+(?:one|deal|project|job|referral|order|account)\s+)?(?:goes|will go|'ll go|is going|moves|will move|jumps|will jump|rises|will rise)\s+(?:up\s+)?(?:from\s+(?:{PCT}|{MONEY})\s+)?to\s+(?:{PCT}|{MONEY})`,
      rationale: "A bigger referral fee, commission or partner margin for this deal is money off your side of it.",
      ask: {
        level: 'commitment',
        text: 'If we raise your margin on this one, can you commit to registering your next two opportunities with us this quarter?',
      },
      examples: {
        flag: [
          "Since this is your third project this year, [I'll bump your referral fee on this one from 5% to 8%].",
          "[We can raise your partner margin to 30%] for the Northwind deal.",
          "On this account [your reseller discount goes up to 35%] instead of the usual 25%.",
          "[I'm happy to double the referral bonus to $1,000] for anyone you send our way this quarter.",
        ],
        pass: [
          'Your referral fee is 5% of first-year revenue, as per the partner agreement.',
          "We can't raise your margin above the programme tier.",
          'Could you increase your order to 500 units?',
        ],
      },
    },
    {
      id: 'charge-not-added',
      kind: 'give',
      category: 'price',
      // The give is itself a negation ("we won't add the surcharge"), so negation is not a refusal here.
      negation: 'ignore',
      cues: ['charged', 'side', 'costs', 'keep', 'spares', 'spare', 'carriage', 'charging', 'worry', 'weekend', 'saturday', 'sunday', 'surcharge', 'surcharges', 'fee', 'fees', 'charge', 'premium', 'penalty'],
      alsoCues: ['haven', 'didn', 'take', 'cover', 'absorb', 'carry', 'won', 'not', 'don', 'wouldn', 'shan', 'aren', 're', 'no', 'wont', 'need'],
      pattern: String.raw`\b(?:I|we)\s+(?:haven't|have not|didn't|did not)\s+charged?\s+(?:you\s+)?for\s+(?:it|that|this|them|those)\b|\b(?:costs?|fees?|charges?|expenses)\b[^.?!;]{0,40}?\b(?:we|I)\s+(?:will|'ll)\s+(?:take|cover|absorb|carry|bear)\s+(?:on\s+(?:our|my)\s+(?:side|account)|ourselves|myself)\b(?:,?\s+(?:it|they)\s+(?:will not|won't)\s+be\s+(?:in|on)\s+(?:the|your)\s+invoice)?|\b(?:please\s+)?(?:keep|hang on to)\s+(?:them|it|the\s+(?:incorrect|wrong|extra|spare|surplus)\s+[\w-]+)\s+as\s+(?:spares?|a spare|backups?)\b|\b(?:I|we)(?:'m| am|'re| are)?\s+(?:not going to|won't|will not|wont)\s+charge\s+(?:you\s+)?(?:for\s+)?(?:them|it|that|those|these|this)\b(?![^.?!;]{0,40}\b(?:until|unless|if)\b)|\bthere(?:'ll| will) be no\s+(?:[\w-]+\s+)?charge\s+for\s+(?:his|her|their|the|this|that|your|our)\s+(?:[\w-]+\s+)?(?:visit|call-?out|time|work|trip|parts|labou?r|repair|fix|replacement|extra|changes?)\b|\bthere\s+(?:won't|will not|wont)\s+be\s+(?:a|any)\s+(?:[\w-]+\s+)?(?:charge|fee|cost)\s+for\s+(?:the|this|that|his|her|their|your)\s+[\w-]+|\b(?:I|we)\s+(?:won't|will not|wont)\s+(?:be\s+)?charg(?:e|ing)\s+(?:you\s+)?for\s+(?:the\s+)?(?:extra\s+)?(?:[\w]+'s\s+)?(?:Saturday|Sunday|weekend|days?|weeks?|nights?|hours?|storage|delivery|hire|rental|visit|call-?out|that|it|them)\b(?:\s+and\s+(?:Saturday|Sunday))?(?![^.?!;]{0,40}\b(?:until|unless|if)\b)|\b(?:don't|do not|no need to)\s+worry\s+about\s+(?:the|that|your)\s+(?:[\w-]+\s+)?(?:charge|fee|surcharge|cost|bill)\b|\b(?:the|that|this|your)\s+(?:[\w-]+\s+){0,2}?(?:surcharge|fee|charge|premium|penalty)s?\s+(?:will not|won't|wont|will no longer|shall not)\s+(?:appear|be (?:added|charged|included|applied|billed))\s+(?:on|to)\s+(?:the|your|this)\s+(?:invoice|bill|statement)\b(?![^.?!;]{0,40}\b(?:until|unless|if)\b)|\b(?:I|we)\s+(?:won't|will not|wouldn't|would not|don't|do not|shan't|aren't going to|are not going to|'re not going to)\s+(?:be\s+)?(?:add|adding|charg(?:e|ing)|apply|applying|bill|billing|pass(?:ing)? on|invoic(?:e|ing)|put through)\s+(?:you\s+)?(?:for\s+)?(?:the|that|this|your)\s+(?:[\w-]+\s+){0,2}?(?:surcharge|fee|charge|premium|penalty|rush fee|change fee|expedite fee|carriage|delivery|shipping|freight|postage|call-?out|labou?r)s?\b(?!\s+(?:unless|if|until)\b)(?![^.?!;]{0,60}\b(?:to anyone|for anyone|any customer|as standard)\b)`,
      rationale: 'A surcharge or fee you will not charge this time is money off the deal.',
      ask: {
        level: 'commitment',
        text: 'If we leave that charge off, can you confirm the next three loads with us this month?',
      },
      examples: {
        flag: [
          "That wasn't on the list, but it only took half an hour so [I haven't charged for it].",
          "[We won't be charging for Saturday's hire] at all.",
          'Our trainer will come to you, and the travel and hotel [costs for him we will take on our side, it will not be in the invoice].',
          'There is no need to return the incorrect parts; please dispose of them or [keep them as spares].',
          'We have sent the correct items, and [we will not be charging you for the carriage].',
          'I\'ll send our engineer on Thursday - [there won\'t be a charge for the visit] while you decide.',
          '[There will be no charge for his visit] or the parts he uses.',
          "These changes fall outside the allowance, but [I'm not going to charge for them].",
          "[Don't worry about the delivery charge], it's on me.",
          "Send it back Monday — [we won't charge for Saturday and Sunday].",
          'As compensation, [the express surcharge will not appear on the invoice] for this job.',
          "We can expedite it, and [we won't add the hot-shot surcharge] this time.",
          '[We will not charge you the change fee] for moving the dates.',
          "[I won't pass on the fuel surcharge] for this shipment.",
        ],
        pass: [
          'We won\'t charge you for it until it ships.',
          "Don't worry about the invoice date, it's only a draft.",
          'The surcharge will not appear on the invoice until the goods ship.',
          "We don't charge the setup fee to anyone on the annual plan.",
          "We won't add the rush fee unless the order lands after Tuesday.",
          'Could you tell me whether the surcharge applies?',
        ],
      },
    },
    {
      id: 'fees-capped',
      kind: 'give',
      category: 'price',
      cues: ['cap', 'capping', 'limit', 'limiting', 'ceiling'],
      alsoCues: ['fee', 'fees', 'cost', 'costs', 'charges', 'bill', 'spend', 'invoice', 'time'],
      // A ceiling on what the buyer pays for work billed by effort: the overrun becomes yours.
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:cap|capping|limit|limiting|put a (?:cap|ceiling) on)\s+(?:our|the|your|all|total)\s+(?:[\w-]+\s+){0,2}?(?:fees?|costs?|charges?|bill|invoices?|spend|time and materials)\b[^.?!;]{0,140}?\bat\s+(?:a\s+(?:total\s+)?(?:of\s+)?)?{MONEY}`,
      rationale: 'A cap on fees billed by the hour moves the risk of overrun from the buyer to you.',
      ask: {
        level: 'commitment',
        text: 'If we cap the fees there, can you confirm the engagement letter this week so we can start filing?',
      },
      examples: {
        flag: [
          'In light of our relationship, [we have agreed to cap our fees for Phase 1 (due diligence and the preparation of the share purchase agreement) at £18,000] plus VAT.',
          '[We are prepared to cap our professional fees for the three filings at £6,000] in total.',
          "[I can cap the consulting fees at $18,000] however long the migration takes.",
          "[We'll limit our total charges for phase one at €9,500], whatever the hours come to.",
        ],
        pass: [
          'Our fees are capped at $5,000 for every customer on the starter plan.',
          "We can't cap our fees at £6,000 on a matter this size.",
        ],
      },
    },
    {
      id: 'gift-for-buyer',
      kind: 'give',
      category: 'price',
      cues: ['gift', 'voucher', 'vouchers', 'certificate', 'giftcard'],
      // A gift card or voucher handed to the buyer (for a meeting, a referral, a renewal) is money: price, as the spec files referral rewards.
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:send|sending|give|giving|get|getting|buy|buying|mail|email|treat)\s+(?:you|them|each of you)\s+(?:to\s+)?(?:an?\s+)?(?:{MONEY}\s+)?(?:[\w-]+\s+){0,2}?(?:gift ?cards?|gift vouchers?|vouchers?|gift certificates?|e-?gift cards?)\b`,
      rationale: 'A gift card or voucher for the buyer is money from your side of the deal.',
      ask: {
        level: 'commitment',
        text: 'If we send that over, can you introduce us to the person who signs off budget for this?',
      },
      examples: {
        flag: [
          "For every company you introduce that signs, [I'll send you a $500 Visa gift card].",
          'Take 20 minutes with us and [we will send you a $100 Amazon voucher] as a thank-you.',
          "As a thanks for renewing early, [I'd like to get you a gift card] for the team lunch.",
        ],
        pass: [
          'Our gift card platform lets you send rewards to 40 countries.',
          "Sadly we can't send you a gift card for joining the webinar.",
          'You asked whether the vouchers from the conference are still valid.',
        ],
      },
    },
    {
      id: 'take-it-to-approver',
      kind: 'give',
      category: 'price',
      cues: ['take', 'taking', 'bring', 'bringing', 'run', 'running', 'push', 'pushing', 'put', 'go'],
      alsoCues: ['price', 'pricing', 'figure', 'number', 'discount', 'rate', 'cost', 'fee', 'budget', 'seat', 'target'],
      // An offer to argue the buyer's number internally is an opening to a lower price.
      pattern: String.raw`\b(?:I|we)(?:'ll| will| can| could|'d| would|'m happy to|'re happy to| am happy to| are happy to|'m going to| am going to|'re going to| are going to)(?:\s+(?:also|happily|gladly|then|personally|be happy to))*\s+(?:take|bring|run|push|put|go to bat for)\s+(?:it|that|this|them|you|the (?:number|figure|request|price|discount|ask)|your (?:number|figure|ask|request|counter(?:offer|-offer)?|target|price))\s+(?:to|past|by|in front of|up to|with)\s+(?:our|my)\s+(?:VP|head|director|CFO|CEO|COO|CRO|boss|manager|finance(?: team)?|pricing(?: team| desk| committee)?|deal desk|leadership|commercial (?:team|director)|sales director|MD|managing director|owner|founder|GM|general manager)\b(?!')(?:\s+of\s+[\w-]+)?`,
      rationale: 'Offering to take the buyer\'s number to your approver signals the price will move.',
      ask: {
        level: 'commitment',
        text: 'If I can get that number approved, will you sign the order by the end of the month?',
      },
      examples: {
        flag: [
          "Send me the figure that works and [I'll take it to our CFO] tomorrow.",
          "If the per-seat price is the blocker, [I'll run your number past my boss] this week.",
          "[I'm happy to bring your counteroffer to our deal desk] on Monday and push for a better price.",
        ],
        pass: [
          'Our CFO signs off every discount above 10%.',
          "I'll take the feature request to our head of product.",
          "I'll take it to our CFO's office for countersignature.",
          "I'd need to meet your budget owner before I take that to my VP.",
        ],
      },
    },
    {
      id: 'price-countered-on-condition',
      kind: 'give',
      category: 'price',
      cues: ['look', 'do', 'bill', 'invoice', 'charge', 'quote', 'offer', 'sell', 'settle', 'go'],
      alsoCues: ['if', 'provided', 'providing', 'long', 'basis', 'assuming'],
      // A negotiator's counter ("I'll do 4.25 on the full 60 km, provided I have
      // your PO by Thursday"): a price the seller moves to when the buyer meets a
      // condition. A price quoted with no condition is price-making, not a give.
      pattern: String.raw`(?:\b(?:I|we)(?:'ll| will| can| could|'d| would| can still| could still)\s+|^\W*(?:can|could)\s+)(?:do|go(?: down)? to|bill|invoice|charge|quote|offer|sell|settle (?:at|on)|look at|come down to)\s+(?:(?:it|this|that|them|you|the lot|both|all (?:two|three|four|five|six|of them|\d+))\s+)?(?:(?:at|for)\s+)?(?:{MONEY}|\d+(?:[.,]\d+)?\s?(?:%|percent|per cent)|\d+\.\d+)(?!\d|[.,]\d|%|\w)(?:\s+(?:on|for|per|a)\s+[^.?!,;]{1,40}?(?=\s*[,.;?!]|\s+(?:if|provided|providing|as long as|so long as|assuming|on the basis)\b|$))?(?=[^.?!]{0,200}\b(?:if|provided(?: that)?|providing|as long as|so long as|on the basis that|assuming)\s+(?:you|your|AP|(?:I|we)\s+(?:have|get|receive|see))\b)|(?<=\b(?:if|provided(?: that)?|providing|as long as|so long as|on the basis that|assuming)\s+(?:you|your|AP)\b[^.?!]{0,200}?)\b(?:I|we)(?:'ll| will| can| could|'d| would)\s+(?:do|go(?: down)? to|bill|invoice|charge|quote|offer|sell|settle (?:at|on)|look at|come down to)\s+(?:(?:it|this|that|them|you|the lot|both|all (?:two|three|four|five|six|of them|\d+))\s+)?(?:(?:at|for)\s+)?(?:{MONEY}|\d+(?:[.,]\d+)?\s?(?:%|percent|per cent)|\d+\.\d+)(?!\d|[.,]\d|%|\w)`,
      rationale: 'A lower number offered against a condition is a concession: make sure the condition is worth it.',
      ask: {
        level: 'commitment',
        text: 'If I can do that number, can we have the signed PO by Friday for the full volume?',
      },
      examples: {
        flag: [
          "If you're willing to give us the three roles on an exclusive basis for six weeks, [I could look at 16%] across all three.",
          "Let's stop trading emails: [I'll do 4.25 on the full 60 km], provided I have your PO by Thursday.",
          '[Can do 3.395 on the Nov-Mar strip] if you take the full 15,000/d for the whole term.',
          'If you give us all three roles on an exclusive basis, [I\'ll bill all three at 16%].',
          '[We can do $38,500] if you can sign before the quarter closes.',
        ],
        pass: [
          'We can do the 25k/d at nymex +.035 for feb.',
          'I can do 10 units if you need them by Friday.',
          "If you'd like a quote, we can do one by Monday.",
        ],
      },
    },
    {
      id: 'billed-at-lower-rate',
      kind: 'give',
      category: 'price',
      cues: ['bill', 'billed', 'billing', 'charge', 'charged', 'invoice', 'invoiced'],
      // An upgrade billed at the cheaper option's rate: the difference is money off.
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:bill|charge|invoice)\s+(?:it|you|them|this)\s+(?:as|for)\s+(?:only\s+|just\s+)?(?:\d+|one|two|three|four|five|six)\s+(?:days?|hours?|weeks?|nights?)\b|\b(?:bill|charge|invoice)(?:ed|ing)?\s+(?:it|them|this|that|you|the\s+[\w-]+)\s+at\s+the\s+(?:old|lower|cheaper|original|previous|existing|lighter|smaller|[\w-]*\d[\w#-]*)\s+(?:rate|price|pricing)\b(?<=\b(?:I|we)\b[^.?!;]{0,120})|\b(?:now\s+)?(?:billed|charged|invoiced|passed through)\s+at cost\s+(?:instead of|rather than|in place of)\s+(?:the\s+|our\s+)?(?:(?:flat|usual|standard|normal|full|quoted)\s+)?(?:{PCT}|{MONEY}|[\w-]+(?:\s+[\w-]+)?)`,
      rationale: 'Billing the better option at the cheaper rate gives away the difference.',
      ask: {
        level: 'commitment',
        text: 'If we absorb the difference this time, can you confirm the spring reprint with us now?',
      },
      examples: {
        flag: [
          "You can keep the excavator over the long weekend and [we'll just bill it as 3 days].",
          "We're going to run the interior on 100# gloss instead and [bill it at the 80# rate].",
          '- Travel [now billed at cost instead of the flat 8%]',
          "We'll ship the 2 TB model and [invoice it at the lower rate].",
        ],
        pass: [
          'Will you bill it as 3 days?',
          "We'll bill it at the standard rate as agreed.",
          'Could you confirm which rate we should bill it at?',
          'Travel is billed at cost, as in every engagement.',
        ],
      },
    },
    {
      id: 'increase-phased-in',
      kind: 'give',
      category: 'price',
      cues: ['phase', 'phased', 'phasing', 'stagger', 'staggered', 'spread', 'defer', 'deferred', 'deferring', 'postpone', 'postponed', 'delay', 'delayed'],
      alsoCues: ['increase', 'increases', 'rise', 'uplift', 'adjustment', 'change', 'this', 'it', 'that'],
      // A price increase softened for this account: part of it deferred.
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,3}?(?:phase|stagger|spread|stage)\s+(?:this|that|it|the\s+(?:[\w-]+\s+)?(?:increase|rise|adjustment|uplift|change))\s+(?:in\b|over\b|across\b)(?:\s+(?:for|on)\s+(?:your\s+[\w-]+|you\b))?|{WE}\s+(?:[\w']+\s+){0,3}?(?:defer|postpone|delay|hold off on)\s+(?:the\s+|your\s+|this\s+|part of the\s+|half (?:of )?the\s+)?(?:[\w-]+\s+)?(?:price\s+)?(?:increase|rise|uplift|adjustment)\b|\bthe remaining\s+{PCT}\s+(?:deferred|postponed|held back)\b`,
      rationale: 'Deferring part of a price increase for one account is money left on the table: ask for volume or term in return.',
      ask: {
        level: 'commitment',
        text: 'If we phase the increase in for you, can we have your H1 blanket order placed by the 20th?',
      },
      examples: {
        flag: [
          '[We are prepared to phase this in for your account]: 4% from 1 March and the rest in July.',
          '[I can defer the price increase] on your two main lines until the summer.',
          'From 1 March the uplift is 4%, with [the remaining 3.5% deferred] to 1 July.',
        ],
        pass: [
          'Our list prices will increase by 7.5% for deliveries from 1 March.',
          'Could you phase the rollout in over two quarters?',
          "We can't defer the increase this year.",
        ],
      },
    },
    {
      id: 'added-at-no-charge',
      kind: 'give',
      category: 'price',
      generic: true,
      // "… no charge" is the give here, not a refusal.
      negation: 'before',
      cues: [...NO_CHARGE_CUES],
      alsoCues: [...ADDING_VERBS],
      // Goods or extras added to the order for nothing: "I've put a case of
      // lemons on tonight's van, no charge", "I'll include the suite without a
      // room hire charge".
      pattern: String.raw`(?![^.?!;]*${TO_TRY})(?<![^.?!;]*${TO_TRY}[^.?!;]*)${ADDED_FREE}`,
      rationale: 'Extras added for nothing are margin given away: name them as a concession and ask for something back.',
      ask: {
        level: 'commitment',
        text: 'If I add those at no charge, can we put your standing order in for the next quarter?',
      },
      examples: {
        flag: [
          "No dramas Kate, [I'll chuck the square and story crops in as well, won't charge for those].",
          "[I've chucked a case of the new rosé on the truck as well, won't be on the invoice].",
          "To make up for the hassle [I've put a case of Amalfi lemons and a tub of pistachio paste on tonight's van, no charge].",
          'For you [we have extended the hold till Wednesday without any charges].',
        ],
        pass: [
          "We can't put the extra pallet on the van at no charge this time.",
          'I have sent the invoice for the March order.',
          'Delivery is free on all orders over £500, so no charge there.',
        ],
      },
    },
    {
      id: 'improved-on-last-offer',
      kind: 'give',
      category: 'price',
      cues: ['under', 'below', 'less', 'better', 'off', 'improve', 'improved', 'improving', 'same'],
      // A seller beating their own earlier number, or giving a bigger order's tier to a smaller one.
      pattern: String.raw`\b(?:\d+(?:\.\d+)?\s?(?:cents?|pence|p|points?|bps|bucks|%|percent)|{MONEY})\s+(?:under|below|less than|better than|off)\s+(?:what\s+(?:I|we)\s+(?:showed|quoted|offered|indicated|sent|gave)(?:\s+you)?(?:\s+(?:yesterday|earlier|last week|this morning|before))?|(?:my|our)\s+(?:last|previous|earlier|original|first)\s+(?:quote|offer|price|number|indication|bid|figure))|{WE}\s+(?:[\w']+\s+){0,2}?(?:improv(?:e|ed|ing))\s+(?:on\s+)?(?:my|our|the|that)\s+(?:last\s+|previous\s+|earlier\s+|original\s+)?(?:quote|offer|price|pricing|number|indication|bid|figure)\b|\bat the same (?:unit\s+)?(?:price|rate)\s+as\s+(?:for|on|at)\s+(?:the\s+)?\d[\d.,]*\s*(?:pcs|pieces|units|k|cases|pallets)?\b`,
      rationale: 'Beating your own last number is a concession: trade it for the order, not for goodwill.',
      ask: {
        level: 'commitment',
        text: 'If I can hold that number, can I have your OK on the deal by 2 pm?',
      },
      examples: {
        flag: [
          "can do 3.42 flat for dec at hsc. thats [3 cents under what i showed you yesterday].",
          "We'll produce 2.000 pcs, and [at the same unit price as for 5.000 pcs].",
          "[We've improved on our last quote] by dropping the freight line.",
        ],
        pass: [
          'Our price is 3 cents under the market average.',
          'Could you improve on your last forecast?',
          'The price is the same as for any other customer.',
        ],
      },
    },
  ],
};
