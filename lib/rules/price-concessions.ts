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
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:tak(?:e|ing)|knock(?:ing)?|shav(?:e|ing)|giv(?:e|ing)|offer(?:ing)?|do(?:ing)?|get(?:ting)?|go(?:ing)?|com(?:e|ing) down|drop(?:ping)?|cut(?:ting)?|apply(?:ing)?|extend(?:ing)?|reduc(?:e|ing)|lower(?:ing)?|discount(?:ing)?|provid(?:e|ing)|includ(?:e|ing)|throw(?:ing)? in|add(?:ing)?|approv(?:e|ing)|honou?r(?:ing)?|push(?:ing)? through|stretch(?:ing)?|squeez(?:e|ing))\b[^.?!;]{0,40}?{PCT}(?:\s+(?:off|discount|reduction|lower|price reduction|rebate|credit))?`,
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
        ],
        pass: [
          "We can't take 15% off, but the price includes onboarding.",
          'For 20 seats you get 25% off, which is our published volume tier.',
          'Our customers typically see a 30% reduction in handling time.',
          'Even if we wanted to take 20% off, we would have to charge for support.',
        ],
      },
    },
    {
      id: 'discount-offer',
      kind: 'give',
      category: 'price',
      cues: ['discount', 'discounted', 'rebate', 'credit', 'concession', 'price', 'pricing', 'rate', 'deal', 'break'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:offer(?:ing)?|giv(?:e|ing)|extend(?:ing)?|provid(?:e|ing)|get(?:ting)?|find(?:ing)?|work(?:ing)? out|put(?:ting)? together|apply(?:ing)?|throw(?:ing)? in|arrang(?:e|ing)|secur(?:e|ing)|approv(?:e|ing)|unlock(?:ing)?|credit(?:ing)?)\s+(?:you\s+|your (?:team|account)\s+)?(?:with\s+)?(?:an?\s+|some\s+|the\s+|our\s+)?(?:(?:extra|additional|special|better|bigger|deeper|small|modest|one-time|loyalty|multi-year|volume|partner|founder'?s?|preferred|sharper|lower|reduced|discounted|best|custom|exclusive|introductory|early-adopter|nonprofit|non-profit|startup)\s+)*(?:(?:discount|price break|rebate|credit|concession)s?\b|(?<=(?:special|better|sharper|lower|reduced|discounted|best|preferred|custom|exclusive|introductory|partner|loyalty|founder'?s?|nonprofit|non-profit|startup)\s+)(?:price|pricing|rate|deal)s?\b)`,
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
      cues: ['pricing', 'price', 'rate', 'discount', 'deal', 'prices', 'exception', 'discounted'],
      pattern: String.raw`\b(?:special|exclusive|preferred|custom|discounted|reduced|loyalty|founder'?s?|partner|reduced|regionally discounted)\s+(?:pricing|prices?|rates?|discount|deal)\s+(?:just\s+|only\s+|exclusively\s+|specially\s+|especially\s+)?for\s+(?:you|your team|your company|\{\{[^}]+\}\})|\b(?:an? )?(?:exceptional )?exception (?:just )?for you\b|\bat the (?:regionally )?discounted (?:price|rate)s?\b`,
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
        ],
        pass: [
          'We have special pricing for nonprofits listed on our site.',
          'The discounted price ended on Friday.',
        ],
      },
    },
    {
      id: 'waived-fee',
      kind: 'give',
      category: 'price',
      cues: ['waive', 'waiving', 'waived', 'fee', 'fees', 'charge', 'shipping', 'freight', 'cost', 'costs', 'surcharge', 'comp', 'absorb', 'cover', 'drop'],
      pattern: String.raw`\b(?:waiv(?:e|ing|ed)|drop(?:ping|ped)?|remov(?:e|ing|ed)|eliminat(?:e|ing|ed)|cover(?:ing|ed)?|absorb(?:ing|ed)?|comp(?:ing|ed)?|scrap(?:ping|ped)?|skip(?:ping|ped)?|eat(?:ing)?|pick(?:ing)? up)\s+(?:the\s+|your\s+|any\s+|all\s+|that\s+|this\s+)?(?:[\w-]+\s+){0,2}?(?:fees?|charges?|costs?|shipping|freight|surcharges?|onboarding fee|setup fee)\b(?!\s+(?:on|for) (?:our|my) (?:side|end))|\b(?:free|complimentary)\s+(?:shipping|delivery|freight|installation|set-?up)\s+(?:on|for)\s+(?:this|your|the)\b`,
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
        ],
        pass: [
          "I'm not able to waive the fee this time.",
          'The setup fee covers the data migration and two training sessions.',
          'Shipping is calculated at checkout.',
        ],
      },
    },
    {
      id: 'free-period',
      kind: 'give',
      category: 'price',
      negation: 'before',
      cues: ['free', 'house', 'us', 'charge', 'cost'],
      pattern: String.raw`(?<!\btry (?:it |us )?)\b(?:(?:the\s+)?first|an? extra|an? additional|another|{NUM}(?: extra| additional| more| bonus)?)\s+(?:\d+\s+|full\s+)?(?:days?|weeks?|months?|quarters?|years?)(?:\s+of\s+[\w-]+)?\s+(?:free|on us|on the house|at no (?:extra |additional )?(?:cost|charge)|free of charge|complimentary)\b|(?<!\btry (?:it |us )?)\bfree\s+for\s+(?:the\s+)?(?:first\s+|next\s+)?(?:\d+|{NUM})\s+(?:days?|weeks?|months?|quarters?|years?)|\b{NUM}\s+(?:free|complimentary|bonus)\s+(?:days?|weeks?|months?|quarters?|years?)\b`,
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
      cues: ['extra', 'additional', 'bonus', 'free', 'complimentary', 'charge', 'cost', 'house'],
      pattern: String.raw`\b(?:throw(?:ing)? in|add(?:ing)?|includ(?:e|ing)|giv(?:e|ing) you|toss(?:ing)? in|bundl(?:e|ing)|provid(?:e|ing)|upgrad(?:e|ing) you to)\s+(?:an?\s+|another\s+)?(?:\d+|{NUM})?\s*(?:extra|additional|bonus|free|complimentary)\s+(?:[\w-]+\s+)?(?:seats?|licen[cs]es?|users?|units?|credits?|hours?|cases?|boxes|modules?|add-ons?|tier|storage|GB|TB|minutes|calls|sessions|samples?)\b|\b(?:\d+|{NUM})\s+(?:extra\s+|additional\s+)?(?:seats?|licen[cs]es?|users?|units?|modules?|add-ons?)\s+(?:at no (?:extra |additional )?(?:cost|charge)|for free|free of charge|on the house|on us)\b`,
      rationale: 'Extra seats or units thrown in lower the price per unit you will be held to.',
      ask: {
        level: 'commitment',
        text: 'If we include the extra seats, can we agree on the volume commitment and a signature by the 30th?',
      },
      examples: {
        flag: [
          "I'll [throw in 10 extra seats] for your contractors.",
          'We can add [5 licenses at no cost].',
          "I'm happy to [include a bonus module] for the first year.",
        ],
        pass: [
          'Extra seats are $12 per user per month.',
          'You can add more seats as needed from the admin page.',
        ],
      },
    },
    {
      id: 'price-match',
      kind: 'give',
      category: 'price',
      cues: ['match', 'beat', 'halfway', 'middle', 'number', 'budget', 'down', 'meet'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:match(?:ing)?|beat(?:ing)?|meet(?:ing)?|com(?:e|ing) down to|get(?:ting)? (?:you )?to|hit(?:ting)?|work(?:ing)? within|fit(?:ting)?)\s+(?:you\s+)?(?:their|the competitor'?s?|[A-Z]\w+'s|your|that|the|at|in|halfway|{MONEY})(?:\s+(?:price|pricing|quote|offer|number|budget|rate|figure|middle|halfway|target)\b)?|\bmeet you (?:halfway|in the middle)\b`,
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
        ],
        pass: [
          "We won't match their price, since their package leaves out support.",
          'Does that fit your budget?',
        ],
      },
    },
    {
      id: 'adjust-the-numbers',
      kind: 'give',
      category: 'price',
      cues: ['adjust', 'adjustment', 'adjustments', 'rework', 'revisit', 'sharpen', 'flexible', 'flex', 'pencil', 'wiggle', 'room'],
      pattern: String.raw`\b(?:I|we)\b[^.?!;]{0,40}?\b(?:adjust|rework|revisit|sharpen|flex|be flexible on|move on|sharpen the pencil|find (?:some )?(?:room|wiggle room))\b(?:[^.?!;]{0,30}?\b(?:price|pricing|number|numbers|proposal|quote|rate|budget|cost|pencil))?|\badjustments you'?d like\b|\b(?:wiggle|some) room on (?:the )?(?:price|pricing|number)\b`,
      rationale: 'Inviting the buyer to renegotiate the number signals the price is soft.',
      ask: {
        level: 'commitment',
        text: 'If we can adjust the proposal, can we agree that it is the final change before signature on the 30th?',
      },
      examples: {
        flag: [
          "Is there anything on the proposal [I can clarify or adjust] to move things forward?",
          "[We can revisit the pricing] if the volume changes.",
          "Let me know if there are any other [adjustments you'd like] to explore.",
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
      cues: ['coupon', 'coupons', 'code', 'voucher', 'promo'],
      pattern: String.raw`\bhere(?:'s| is| are)\s+(?:an?\s+|your\s+|two\s+|three\s+|some\s+|a\s+special\s+)?(?:[\w-]+\s+)?(?:coupons?|promo codes?|discount codes?|vouchers?)\b|\buse (?:the )?(?:code|coupon)\s+[A-Z0-9_-]{3,}\b(?:\s+for\s+{PCT}\s+off(?:\s+your\s+first\s+{NUM}\s+(?:months?|years?))?)?`,
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
        ],
        pass: [
          'Coupons cannot be combined with the PPP discount.',
          'Enter your code at checkout if you already have one.',
        ],
      },
    },
  ],
};
