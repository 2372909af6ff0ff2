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
      cues: ['%', 'percent', 'pct', 'cent'],
      pattern: String.raw`{WE}\s+(?!(?<=\b(?:we|our team)\s+)(?:offer|give|provide|extend|apply|include)s?\s+(?!you\b))(?:[\w']+\s+){0,2}?(?:tak(?:e|ing|en)|took|knock(?:ing|ed)?|shav(?:e|ing|ed)|giv(?:e|ing)|offer(?:ing|ed)?|do(?:ing)?|get(?:ting)?|go(?:ing)?|com(?:e|ing) down|drop(?:ping|ped)?|cut(?:ting)?|appl(?:y|ying|ied)|extend(?:ing|ed)?|reduc(?:e|ing|ed)|lower(?:ing|ed)?|discount(?:ing|ed)?|provid(?:e|ing|ed)|includ(?:e|ing|ed)|throw(?:ing)? in|add(?:ing|ed)?|approv(?:e|ing|ed)|honou?r(?:ing|ed)?|push(?:ing|ed)? through|stretch(?:ing|ed)?|squeez(?:e|ing|ed)|bring(?:ing)?|brought|secur(?:e|ed|ing)|start(?:ing)? you at)\b[^.?!;]{0,40}?{PCT}(?:\s+(?:[\w-]+\s+)?(?:off|discount|reduction|lower|price reduction|rebate|credit))?|\b(?:the|an?)\s+extra\s+{PCT}`,
      rationale: 'A percentage off for this buyer comes straight out of your margin.',
      ask: {
        level: 'commitment',
        text: 'If I can get you to that discount, can we agree on a signed order by the 30th and a two-year term?',
      },
      examples: {
        flag: [
          '[I can take 15% off] the first year.',
          'Good news: [we can do 12%] on the platform fee.',
          'If you can sign this week, [I can knock 10% off] the total.',
          '[I am offering you a 50% discount] on your renewal.',
          '[I can maybe do 18%].',
          "[I've also applied a 15% courtesy discount] to your first three months.",
          'Sure, [the extra 5%] is approved.',
        ],
        pass: [
          "We can't take 15% off, but the price includes onboarding.",
          'For 20 seats you get 25% off, which is our published volume tier.',
          'Our customers typically see a 30% reduction in handling time.',
          'Even if we wanted to take 20% off, we would have to charge for support.',
          'I already gave you 15% last quarter.',
          'We offer a 15% discount to all registered charities.',
        ],
      },
    },
    {
      id: 'discount-offer',
      kind: 'give',
      category: 'price',
      cues: ['discount', 'discounted', 'rebate', 'credit', 'concession', 'price', 'pricing', 'rate', 'deal', 'break', 'deduction'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:offer(?:ing)?|giv(?:e|ing)|extend(?:ing)?|provid(?:e|ing)|get(?:ting)?|find(?:ing)?|work(?:ing)? out|put(?:ting)? together|apply(?:ing)?|throw(?:ing)? in|arrang(?:e|ing)|secur(?:e|ing)|approv(?:e|ing)|unlock(?:ing)?|credit(?:ing)?|allow(?:ing)?|grant(?:ing)?|honou?r(?:ing)?)\s+(?:you\s+|your (?:team|account)\s+|(?:[\w&'-]+\s+){1,3}?(?=(?:an?|some|the|our)\s))?(?:with\s+)?(?:an?\s+|some\s+|the\s+|our\s+)?(?:(?:extra|additional|special|better|bigger|deeper|small|modest|one-time|loyalty|multi-year|volume|partner|founder'?s?|preferred|sharper|lower|reduced|discounted|best|custom|exclusive|introductory|early-adopter|nonprofit|non-profit|startup|promotional|promo|launch|early-bird|grandfathered)\s+)*(?:(?:discount|price break|rebate|concession|deduction)s?\b|credits?\b(?!\s+(?:team|card|check|limit|terms|application|approval|department|control|risk))|(?<=(?:special|better|sharper|lower|reduced|discounted|best|preferred|custom|exclusive|introductory|partner|loyalty|founder'?s?|nonprofit|non-profit|startup|promotional|promo|launch|early-bird|grandfathered)\s+)(?:price|pricing|rate|deal)s?\b)`,
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
      cues: ['waive', 'waiving', 'waived', 'fee', 'fees', 'charge', 'shipping', 'freight', 'cost', 'costs', 'surcharge', 'comp', 'absorb', 'cover', 'drop', 'expense', 'travel'],
      pattern: String.raw`(?<!\b(?:the|a|that|this|your|our)\s)\b(?:waiv(?:e|ing|ed)|drop(?:ping|ped)?|remov(?:e|ing|ed)|eliminat(?:e|ing|ed)|cover(?:ing|ed)?|absorb(?:ing|ed)?|comp(?:ing|ed)?|scrap(?:ping|ped)?|skip(?:ping|ped)?|eat(?:ing)?|pick(?:ing)? up)\s+(?:the\s+|your\s+|any\s+|all\s+|that\s+|this\s+|her\s+|his\s+|their\s+)?(?:{MONEY}\s*)?(?:[\w-]+\s+){0,2}?(?:fees?|charges?|costs?|shipping|freight|surcharges?|travel|expenses)\b(?!\s+(?:on|for) (?:our|my) (?:side|end))|\bwaiv(?:e|ing|ed)\s+(?:the\s+)?{MONEY}|\b(?:fees?|charges?|costs?)\s+(?:of\s+{MONEY}\s+)?(?:is|are|will be|has been|have been|would be|gets?)\s+waived\b|\b(?:left|leave|leaving|knock(?:ed|ing)?|tak(?:e|en|ing))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:fees?|charges?)\s+off\b|\bat our (?:own )?(?:cost|expense)\b|\bwe'?ll (?:absorb|cover|eat) (?:that|it|the (?:cost|difference))\b|\b(?:free|complimentary)\s+(?:shipping|delivery|freight|installation|set-?up)\s+(?:on|for)\s+(?:this|your|the)\b`,
      rationale: 'A waived fee is money off the deal, even when it feels like a formality.',
      ask: {
        level: 'commitment',
        text: 'If we waive that fee, can we agree on a signed order form by the end of the week?',
      },
      examples: {
        flag: [
          "We'll [waive the setup fee] for you.",
          "I'm happy to [cover shipping] on this first order.",
          'We can [drop the implementation fee] entirely.',
          "There will be [free shipping on this] order.",
          'The implementation [fee of £36,000 is waived] in full.',
          "I've [left the implementation fee off] entirely.",
          "We'll send it by express [at our cost].",
        ],
        pass: [
          "I'm not able to waive the fee this time.",
          'The setup fee covers the data migration and two training sessions.',
          'Shipping is calculated at checkout.',
          'Signing by Friday lets me hold the waived setup fee.',
        ],
      },
    },
    {
      id: 'free-period',
      kind: 'give',
      category: 'price',
      negation: 'before',
      cues: ['free', 'complimentary', 'day', 'week', 'month', 'quarter', 'year'],
      pattern: String.raw`(?<!\btry (?:it |us )?)\b(?:(?:the\s+)?first(?:\s+{NUM})?|an? extra|an? additional|another|{NUM}(?: extra| additional| more| bonus)?)\s+(?:\d+\s+|full\s+)?(?:days?|weeks?|months?|quarters?|years?)(?:\s+of\s+[\w-]+)?\s+(?:(?:are|is|will be)\s+)?(?:free|on us|on the house|at no (?:extra |additional )?(?:cost|charge)|free of charge|complimentary)\b|(?<!\btry (?:it |us )?)\bfree\s+for\s+(?:the\s+)?(?:first\s+|next\s+)?(?:\d+|{NUM})\s+(?:days?|weeks?|months?|quarters?|years?)|\b{NUM}\s+(?:free|complimentary|bonus)\s+(?:days?|weeks?|months?|quarters?|years?)\b`,
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
        ],
        pass: [
          'Try it free for 14 days.',
          "We can't give away free months on an annual plan.",
          'The free plan works forever.',
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
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:match(?:ing)?|beat(?:ing)?|meet(?:ing)?|com(?:e|ing) down to|get(?:ting)? (?:you )?to|hit(?:ting)?|work(?:ing)? within|fit(?:ting)?)\s+(?:you\s+)?(?:(?:their|the competitor'?s?|[\w-]+'s|your|that|the|at|in)\s+(?:(?:{MONEY}|[\w-]+)\s+){0,2}?(?:price|pricing|quote|offer|number|budget|rate|figure|middle|target)\b|halfway\b|in the middle\b|{MONEY})|\bmeet you (?:halfway|in the middle)\b|\bmatch(?:ing)?\s+(?:their|the competitor'?s?|[\w-]+'s|your|that)\s+(?:(?:{MONEY}|[\w-]+)\s+){0,2}?(?:price|pricing|quote|offer|rate|number)\b`,
      rationale: "Matching a competitor or the buyer's number is a price concession: get something for it.",
      ask: {
        level: 'commitment',
        text: 'If we match that number, can you commit to a decision date and move your team off the other vendor by the end of the quarter?',
      },
      examples: {
        flag: [
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
      pattern: String.raw`\b(?:bring|brought|bringing|take|took|taken|taking|knock(?:ed|ing)?|get|got|drop(?:ped|ping)?|lower(?:ed|ing)?|reduc(?:e|ed|ing)|cut(?:ting)?|mov(?:e|ed|ing)|sharpen(?:ed)?)(?<!\b(?:which|that|this)\s+[a-z]+)(?<!\b(?:drop|dropping|remove|removing|cut|cutting|take out|taking out|without|exclude|excluding|descope|descoping)\s+(?:the\s+|that\s+)?(?:[\w-]+\s+){0,2}?(?:phase|module|add-on|scope|workshop|component|feature|line item|service|option|tier|stage|deliverable)s?\s+and\s+[a-z]+)\s+(?:(?:the|your|our|it|this|that|them|each)\s+)?(?:[\w/-]+\s+){0,4}?(?:down\s+(?:from\s+(?:{MONEY}|{PCT})(?:\s+[\w/-]+)?\s+)?(?:to|at)\s+|from\s+(?:{MONEY}|{PCT}|\d[\d,.]*)(?:\s+[\w/-]+)?\s+(?:down\s+)?to\s+)(?:{MONEY}|{PCT}|\d[\d,.]*\s+(?:days|hours))|(?<![\w$€£])(?:{MONEY}|{PCT})(?:\s*(?:per|a|/)\s*[\w-]+)?(?:\s+[\w-]+){0,3}?,?\s+(?:instead of|rather than|in place of|down from|(?:vs\.?|versus) (?:the|our) (?:usual|list|standard))\b(?<!\b(?:which\s+(?:brings|takes|puts|gets|makes|leaves|comes to|works out)|lock(?:ed|ing|s)?)\b[^?!;]{0,160})(?:\s+(?:the|our|your)\s+(?:[\w-]+\s+)?)?(?:\s*{MONEY}|\s*{PCT})?|\b(?:instead of|rather than|in place of)(?<!\b(?:which\s+(?:brings|takes|puts|gets|makes|leaves|comes to|works out)|lock(?:ed|ing|s)?)\b[^?!;]{0,100})\s+(?:the\s+|our\s+)?(?:{MONEY}|{PCT}|(?:[\w$€£.,/'-]+\s+){0,3}?(?:list price|uplift|increase|price increase|price rise|usual rate|standard rate))|\b(?:unlimited|uncapped)\s+(?:[\w-]+\s+){0,3}?(?:instead of|rather than|in place of)\s+(?:the|your|our)\s+(?:[\w.,-]+\s+){0,3}?(?:cap|limit|allowance|quota)\b|\breduced our (?:day |hourly )?rate\b|\b(?:take|knock|shave|chop|cut|bring|get|drop|lower|reduce|trim|sharpen|give you|get you|offer you|taking|knocking|shaving)(?<=\b(?:I|we)(?:'ll| will| can| could|'d| would|'m|'re| am| are)\s+(?:[\w']+\s+){0,2}?[a-z]+(?:\s+you)?)\s+(?:(?:an?\s+(?:extra|additional|further)\s+)?{MONEY}\s+off\b|(?:the|your|our|that|this)\s+(?:[\w-]+\s+){0,2}?(?:price|pricing|fee|fees|retainer|rate|total|quote|cost|licen[cs]e|subscription|number)\s+to\s+{MONEY}(?:\s*(?:per|a|an|/)\s*[\w-]+)?)`,
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
          "We'll hold year two at today's price [rather than applying next year's uplift].",
          "For the same fee we'll give you [unlimited storage instead of the 5 TB cap] on your plan.",
        ],
        pass: [
          'The price went up to $15 per seat in January for all customers.',
          'Delivery takes 10 days instead of the usual 5 because of the holiday.',
          "We'll lock the rate at $38 for three years instead of the standard annual uplift.",
          'Customers who prepay can take $100 off at checkout.',
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
      cues: ['charge', 'cost', 'free', 'house', 'complimentary'],
      pattern: String.raw`\b(?:includ(?:e|ed|ing)|add(?:ed|ing)?|do(?!\s+(?:it|this|that|them|so|the work)\b)|giv(?:e|en|ing)|leav(?:e|ing)|left|keep(?:ing)?|kept|throw(?:ing)? in|threw in|provid(?:e|ed|ing)|suppl(?:y|ied|ying)|upgrad(?:e|ed|ing)|switch(?:ed)? on|turn(?:ed)? on|enabl(?:e|ed)|extend(?:ed|ing)?)\b[^.?!;]{0,70}?\b(?:at no (?:extra |additional )?(?:cost|charge)|free of charge|on the house|for free|at no cost to you|without charge|complimentary)\b`,
      rationale: 'Something normally paid for, included at no charge, is a price concession.',
      ask: {
        level: 'commitment',
        text: 'If we include that at no charge, can we agree on the full order and a signature by the end of the month?',
      },
      examples: {
        flag: [
          'I can [include the premium support tier at no extra cost] for year one.',
          "We'll [leave the advanced reporting switched on for the rest of the year, at no extra cost].",
          "I'll [add 10 seats for the analytics team at no cost].",
        ],
        pass: [
          "We can't include the premium tier at no cost, but it is 20% off list this month.",
          'The community edition is free for everyone.',
          "Our SE has offered to build the connector, and we're happy to do it at no cost.",
        ],
      },
    },
    {
      id: 'account-credit',
      kind: 'give',
      category: 'price',
      cues: ['credit', 'credited', 'crediting', 'funds', 'referral', 'finder', 'bonus', 'rebate'],
      pattern: String.raw`\bcredit(?:ed|ing)?\s+(?:you\s+|your account\s+(?:with\s+)?)?(?:with\s+)?(?:{MONEY}|an?\s+(?:full\s+|extra\s+)?(?:month|week|quarter)|(?:a|one|two|three)\s+(?:full\s+)?months?)(?:\s+(?:to|on|against)\s+your\s+(?:account|invoice|next invoice|bill|subscription))?|\bappl(?:y|ied|ying)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?credit\b|(?<![\w$€£]){MONEY}\s+(?:in\s+)?(?:co-marketing|marketing|MDF|development|enablement)\s+funds\b|\b(?:pay|paying|send)\s+you\s+(?:a\s+)?(?:{MONEY}|{PCT})\s+(?:referral|finder'?s?)\s+(?:fee|bonus|reward|commission)\b`,
      rationale: 'A credit, rebate or cash reward is money back to the buyer.',
      ask: {
        level: 'commitment',
        text: 'If we apply that credit, can we agree on the renewal terms and a signature before the credit is issued?',
      },
      examples: {
        flag: [
          "We'll [credit $500 to your account] for the outage.",
          "I've [applied a credit] equal to your full March subscription.",
          "We've approved [$5,000 in co-marketing funds] for your Q2 webinars.",
          "We'd [pay you a $2,000 referral fee] for each client.",
        ],
        pass: [
          'Your credit card on file will be charged on the 1st.',
          'Invoices are payable within 30 days; credits are not transferable.',
        ],
      },
    },
  ],
};
