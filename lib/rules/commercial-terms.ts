import type { RuleSet } from './types.ts';

/** Gives of category `terms`: contract and payment terms bent for this buyer. */
export const commercialTerms: RuleSet = {
  id: 'commercial-terms',
  title: 'Commercial terms',
  description:
    'Longer payment terms, flexible billing, month-to-month or cancel-anytime deals, price locks, longer trials and warranties, and accepting the buyer\'s contract changes. Each one shifts risk or cash to your side and should buy a commitment.',
  rules: [
    {
      id: 'extended-payment-terms',
      kind: 'give',
      category: 'terms',
      cues: ['net', 'payment', 'payments', 'pay', 'term', 'terms', 'credit', 'day'],
      pattern: String.raw`(?:{WE}|\b(?:happy|glad|able|willing) to)\s+(?:[\w']+\s+){0,3}?(?:do|offer(?:ed)?|give|gave|extend(?:ed)?|accept(?:ed)?|approv(?:e|ed)|agree(?:d)? to|accommodate|honou?r(?:ed)?|mov(?:e|ed) (?:you )?(?:to|onto)|go (?:to|with)|went (?:to|with)|switch(?:ed)? (?:you )?to|put (?:you )?on|set (?:you )?up on|stretch(?:ed)? (?:it |that |this |the terms )?to)\s+(?:you\s+)?(?:(?:on|to)\s+)?(?:(?:a|the)\s+)?net[\s-]?\d{2,3}(?:\s+(?:payment\s+)?terms?)?|\bnet[\s-]?\d{2,3}(?:\s+(?:payment\s+)?terms?)?\s+(?:is|are|would be|will be|should be|works?|sounds?)\s+(?:(?:totally|perfectly|absolutely|completely)\s+)?(?:fine|ok(?:ay)?|acceptable|doable|workable|good|great|perfect|approved)\b|\bnet[\s-]?\d{2,3}(?:\s+(?:payment\s+)?terms?)?\s+(?:works?|would work|will work|is workable)(?:\s+for\s+(?:us|me|our side)\b|(?=\s*(?:[.!;,]|$)))|\b(?:extend|lengthen|stretch)\w*\s+(?:your\s+|the\s+|our\s+)?(?:payment|credit)\s+terms?\s+(?:out\s+)?to\s+(?:\d{2,3}|forty-five|sixty|ninety)\s+days\b|\bnet[\s-]?\d{2,3}\s+instead\s+of\s+(?:(?:our|the|your)\s+)?(?:(?:usual|standard|normal|regular|typical)\s+)?net[\s-]?\d{2,3}|{WE}\s+(?:[\w']+\s+){0,3}?(?:offer|give|extend|provide|arrange|approve|accept|agree to|accommodate|work out|set up|do)\w*\s+(?:you\s+)?(?:an?\s+|the\s+|some\s+)?(?:extended|longer|more flexible|flexible|deferred|special|custom|longer-than-usual)\s+(?:payment|billing)\s+(?:terms?|schedule|window|period|arrangement)s?|\b\d{2,3}[\s-]days?\s+to\s+pay\b|{WE}\s+(?:[\w']+\s+){0,2}?(?:accept|agree to|can do|can offer|offer|approve|extend)\s+(?:you\s+)?(?:payment\s+(?:with)?in\s+)?(?:\d{2,3}|thirty|forty-five|sixty|ninety)[\s-]days?'?(?:\s+(?:payment\s+)?terms?)?\s+(?:for\s+(?:this|your|the)\s+(?:contract|order|agreement|deal|account|project|engagement|first\s+(?:order|year|invoice))|from\s+(?:the\s+)?(?:invoice|delivery)|on\s+(?:all\s+|your\s+|each\s+)?invoices?|to\s+pay|instead\s+of)`,
      rationale: 'Longer payment terms than your standard put the buyer\'s cash flow on your balance sheet.',
      ask: {
        level: 'commitment',
        text: 'If we can do net 60 for you, can we agree on a two-year term with the order signed by the end of the month?',
      },
      examples: {
        flag: [
          '[We can do net 60] instead of our usual net 30.',
          'Good news from finance: [net 90 is fine] for the first year.',
          "[We'd be happy to offer extended payment terms] given the size of the rollout.",
          "You'll have [90 days to pay] each invoice.",
          'We agreed internally on [net 60 instead of our standard net 30].',
          'Sure thing, [net 45 works].',
          'Our standard is 30 days, but [we accept 60 days for this contract].',
        ],
        pass: [
          "Unfortunately we can't do net 90 on a first order.",
          'Our standard payment terms are net 30 from the invoice date.',
          'Invoices are payable within 30 days of receipt.',
          'Does net 60 work for your team?',
          'We offer 30 days of onboarding support.',
        ],
      },
    },
    {
      id: 'flexible-billing',
      kind: 'give',
      category: 'terms',
      cues: ['arrears', 'bill', 'billing', 'billed', 'invoice', 'invoicing', 'installment', 'instalment', 'installments', 'instalments', 'payment', 'payments', 'pay', 'split', 'spread', 'quarterly', 'monthly', 'defer', 'plan'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,3}?(?:bill|invoice|charge)\s+(?:you\s+|your team\s+)?(?:monthly|quarterly|semi-annually|twice a year|in (?:monthly|quarterly) (?:installments|instalments)|per (?:month|quarter)|(?:each|every) (?:month|quarter)|on a (?:monthly|quarterly) basis)(?:\s+instead of\s+(?:(?:the\s+)?(?:full\s+)?(?:annual(?:ly)?|yearly|upfront|up front|up-front|year|in advance|all at once))(?:\s+(?:amount|fee|payment|upfront|up front|in advance))?)?|\b(?:quarterly|monthly|semi-annual|semiannual)\s+(?:billing|invoicing|payments?|installments?|instalments?)\s+instead\s+of\s+(?:(?:an?|the|one|our)\s+)?(?:(?:usual|standard|single|full)\s+)?(?:annual(?:ly)?|yearly|upfront|up front|up-front|prepayment|lump sum|payment in full)\b(?:\s+(?:billing|payment|prepayment|invoicing|upfront|up front|in advance))?|{WE}\s+(?:[\w']+\s+){0,3}?(?:split|spread|break|stagger|phase|divide)\s+(?:up\s+)?(?:the\s+|your\s+|that\s+|this\s+)?(?:[\w-]+\s+)?(?:payments?|costs?|invoices?|fees?|bills?|total|amount|balance|investment)\s+(?:up\s+)?(?:over|across|into|in)\s+(?:[\w-]+\s+){0,2}?(?:installments?|instalments?|payments?|months|quarters|years|tranches|milestones|parts|chunks)|{WE}\s+(?:[\w']+\s+){0,3}?(?:defer|delay|push back|hold off on)\s+(?:the\s+|your\s+)?(?:first\s+)?(?:payment|invoice|invoicing|billing)\b(?:\s+until\s+(?:after\s+)?(?:go-live|launch|you go live|you're live|implementation|onboarding|{DATE}|next (?:month|quarter|year)|the (?:new|next) (?:fiscal )?(?:year|quarter)))?|{WE}\s+(?:[\w']+\s+){0,3}?(?:offer|set (?:you )?up (?:on|with)|arrange|put (?:you )?on|work out|do)\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:flexible\s+)?(?:payment|installment|instalment|financing)\s+plan|\byou\s+(?:can|could|'re welcome to|are welcome to|are free to|'re free to)\s+pay\s+(?:monthly|quarterly|in (?:monthly |quarterly )?(?:installments|instalments)|over time|as you go)\b|\b(?:I|we)(?:'ll| will| can| could|'d| would|'re happy to| are happy to|'m happy to| am happy to|'d be happy to| would be happy to| are able to|'re able to)\s+(?:also\s+|now\s+|then\s+|simply\s+)?(?:bill|invoice|charge)\s+(?:(?:you|your team|year one|year 1|the first year|the (?:first|initial) (?:year|term)|it|this|that|the (?:licen[cs]e|fee|fees|subscription|platform fee|total|balance|amount))\s+)?(?:monthly|quarterly|semi-annually|twice a year|in\s+(?:two|three|four|five|six|\d{1,2})\s+(?:equal\s+)?(?:installments|instalments|payments|tranches|stages|parts)|in (?:monthly|quarterly) (?:installments|instalments|payments)|in arrears|per (?:month|quarter)|(?:each|every) (?:month|quarter)|on (?:a )?(?:monthly|quarterly) basis|against milestones|by milestone|on milestones)\b(?:\s+in\s+(?:advance|arrears))?(?:[^.?!;]{0,80}?(?:\binstead\b|\brather than (?:the\s+)?(?:full\s+)?(?:amount\s+)?(?:annual(?:ly)?|yearly|upfront|up front|up-front|in advance|one invoice|a single invoice)\b))?|\b(?:move|moving|moved|switch|switching|switched|shift|shifting|shifted|change|changing|changed)\s+(?:you|your\s+(?:account|billing|invoicing|payments?|payment schedule|plan|contract|subscription)|the\s+(?:billing|invoicing|payments?|payment schedule|payment plan|billing schedule|billing cycle|invoices?|invoicing schedule))\s+(?:over\s+)?(?:to|onto)\s+(?:an?\s+)?(?:(?:quarterly|monthly|semi-annual|biannual)(?:\s+(?:billing|invoicing|payments?|instalments?|installments?|schedule|plan|cycle))?(?:\s+in\s+(?:arrears|advance))?|(?:payment\s+)?in\s+arrears|(?:staged|milestone|phased)\s+(?:payments?|billing|invoicing))`,
      rationale: 'Billing monthly or in instalments instead of upfront moves cash and collection risk onto you.',
      ask: {
        level: 'commitment',
        text: 'If we bill you quarterly instead of annually upfront, can you commit to a two-year agreement signed this quarter?',
      },
      examples: {
        flag: [
          '[We can bill you quarterly instead of annually upfront] if that helps your budget cycle.',
          "[I'm happy to split the payment into three installments] across the year.",
          '[We can defer the first invoice until go-live].',
          'Finance approved [quarterly billing instead of the usual annual prepayment] for you.',
          "If it's easier, [you can pay monthly] for the first year.",
          'Finance agreed [we can invoice in three instalments across the year rather than upfront].',
          'From the next renewal [we can switch you to monthly billing].',
          '[We will bill the licence quarterly in advance instead], since that suits your budget cycle.',
        ],
        pass: [
          "We can't split the payment across quarters for a contract this size.",
          'Our annual plan is billed upfront at the start of the term.',
          'Please pay the attached invoice by the 15th.',
          "We can't switch you to quarterly billing on this plan.",
          'The balance is invoiced in two stages, at sign-off and at delivery.',
        ],
      },
    },
    {
      id: 'month-to-month',
      kind: 'give',
      category: 'terms',
      cues: ['month', 'monthly'],
      pattern: String.raw`(?:{WE}\s+(?:[\w']+\s+){0,2}?(?:do|offer|put you on|set you up on|go|switch you to|move you to|keep you on|give you|start you on)\s+(?:you\s+)?(?:(?:on\s+)?(?:an?|the)\s+)?)?\bmonth[\s-]to[\s-]month(?:\s+(?:basis|contract|agreement|terms?|plan|subscription|billing|arrangement|option|term))?|\b(?:an?\s+)?monthly\s+(?:contract|agreement|term|plan|subscription)\s+instead\s+of\s+(?:an?\s+|the\s+)?(?:annual|yearly|12-month|multi-year|three-year|two-year|one-year)(?:\s+(?:one|contract|agreement|term|plan|commitment))?`,
      rationale: 'Month-to-month lets the buyer leave any month: you carry the churn risk.',
      ask: {
        level: 'commitment',
        text: 'If we start you month-to-month, can we agree that you convert to an annual contract after a successful first 90 days?',
      },
      examples: {
        flag: [
          '[We can do month-to-month] for the first six months.',
          'The agreement would be on a [month-to-month basis], so you are never locked in.',
          '[I can set you up on a month-to-month plan] while you evaluate.',
          'Happy to do [a monthly contract instead of an annual one] this year.',
        ],
        pass: [
          "We don't offer month-to-month on the enterprise tier.",
          'Usage grew month over month through the pilot.',
        ],
      },
    },
    {
      id: 'cancel-anytime',
      kind: 'give',
      category: 'terms',
      negation: 'before',
      cues: ['cancel', 'cancellation', 'opt', 'walk'],
      pattern: String.raw`\bcancel(?:\s+(?:(?:your|the|this|at)\s+)?(?:[\w-]+\s+)?(?:subscription|plan|contract|agreement|account|service|membership|licen[cs]e|deal|order))?\s+(?:(?:at\s+)?any\s?time|at any (?:time|point|moment)|whenever(?: you (?:want|like|need|wish|choose))?|(?:with|on|given)\s+(?:just\s+|only\s+)?(?:\d{1,3}|thirty|sixty|ninety|{NUM})[\s-]days?'?\s+(?:written\s+)?notice)(?:\s+if\s+(?:it|we|the \w+|things)\s+(?:isn't|is not|'s not|doesn't|does not|don't|do not)\s+(?:a (?:good |great |right )?fit|work(?:ing)?(?: out)?|deliver(?:ing)?|help(?:ing)?|meet your needs))?|\bcancel\b(?:\s+(?:it|anytime|any time|at any time))?\s*[-—–,]?\s*no (?:questions asked|hard feelings)|\b(?:opt|walk)\s+(?:out|away)\s+(?:(?:at\s+)?any\s?time|at any (?:time|point)|whenever you (?:want|like|need))`,
      rationale: 'Cancel-anytime terms let the buyer leave without notice: the revenue you forecast is not committed.',
      ask: {
        level: 'commitment',
        text: 'If we make it cancel-anytime, can you commit to rolling it out to the whole team by the end of the month?',
      },
      examples: {
        flag: [
          'And you can [cancel anytime if it is not a fit].',
          'There is no lock-in: you can [cancel your subscription at any time].',
          "You're free to [cancel with 30 days' notice] after the first quarter.",
          'No hard feelings if it does not work out, you can [opt out at any time].',
        ],
        pass: [
          "You can't cancel mid-term under the annual agreement.",
          'Cancellations must be submitted before the renewal date.',
        ],
      },
    },
    {
      id: 'no-minimum-commitment',
      kind: 'give',
      category: 'terms',
      negation: 'before',
      cues: ['minimum', 'minimums', 'obligation', 'obligations', 'commitment', 'commitments', 'contract', 'contracts', 'lock', 'cancellation', 'termination', 'penalty', 'moq'],
      pattern: String.raw`\b(?:no|zero)\s+(?:(?:annual|long-term|long term|multi-year|yearly|upfront|up-front|minimum|contractual|purchase|volume|seat|order|spend|ongoing|long)\s+)+(?:commitment|obligation)s?\b(?:\s+(?:required|needed|necessary))?|\b(?:no|zero)\s+(?:minimum (?:order quantit(?:y|ies)|order|purchase|spend|term|seats?|quantity|quantities|volume|users?|contract|commitment)s?|minimums?|order minimums?|MOQ|lock-?in(?:\s+period)?)\b(?:\s+(?:required|needed|necessary))?|\bno\s+(?:long-term|long term|annual|multi-year|yearly)\s+contracts?\b(?:\s+(?:required|needed|necessary))?|\bno\s+contracts?\s+(?:required|needed|necessary)\b|\bno\s+obligations?\b(?!-)(?:\s+(?:to\s+(?:buy|purchase|continue|commit|sign|renew)|required|whatsoever|at all))?|\bno\s+(?:cancellation|termination|early[- ]termination|exit|break)\s+(?:fees?|penalt(?:y|ies)|charges?)|\bcancel\s+(?:[\w-]+\s+){0,3}?without\s+(?:any\s+|a\s+)?(?:penalty|penalties|fees?|charges?|questions asked|notice)|\bwithout\s+(?:an?\s+|any\s+)?(?:annual|long-term|long term|multi-year|minimum)\s+(?:commitment|contract|order)s?\b|\b(?:waive|drop|remove|lower|reduce)\s+(?:the|your|our|that)\s+(?:minimum(?:\s+(?:order quantity|order|commitment|term|purchase|spend|seat count))?|MOQ|minimums)\b|\b(?:minimums?|MOQ)\b[^.?!]{0,60}?\b(?<hit>(?:waive|waiving|waived|drop|dropping|dropped|lift|lifting|lifted|remove|removing|removed|skip|skipping|relax|relaxing)\s+(?:it|that|this)\b(?:\s+for\s+(?:you\b|your\s+(?:first\s+|initial\s+|opening\s+|trial\s+)?[\w-]+))?)`,
      rationale: 'No minimum commitment means the buyer can buy little or nothing: trade it for a volume or term commitment.',
      ask: {
        level: 'commitment',
        text: 'If we drop the minimum, can you commit to a first order and a date to review volume together?',
      },
      examples: {
        flag: [
          '[No annual commitment required].',
          'There is [no minimum order] for your first shipment.',
          "We're month to month, with [no long-term contract] at all.",
          'For you we can [waive the minimum order quantity] on the first run.',
          'You can [cancel without penalty] during the first 90 days.',
          'No credit card required. [No obligations].',
          'The usual minimum is 500 units, but we can [drop that for your first run].',
        ],
        pass: [
          "We can't waive the minimum order quantity.",
          'The minimum order is 500 units per SKU.',
          "The minimum order is 500 units and we can't waive it.",
          'No pressure either way, just let me know.',
        ],
      },
    },
    {
      id: 'price-lock',
      kind: 'give',
      category: 'terms',
      negation: 'before',
      cues: ['hold', 'held', 'holding', 'lock', 'locked', 'locking', 'price', 'prices', 'pricing', 'rate', 'rates', 'cap', 'capped', 'grandfather', 'grandfathered', 'freeze', 'increase', 'increases', 'uplift', 'protection', 'honor', 'honour'],
      pattern: String.raw`\block(?:ing|ed)?\s+(?:you\s+|it\s+|that\s+|this\s+)?in\s+at\s+(?:today's|the current|your current|current|this|the same|the old|your existing|the existing)\s+(?:price|pricing|rate|prices|rates)\b(?:\s+(?:for|through|until|over)\s+(?:(?:the\s+)?(?:next|first|full|entire|whole)\s+)?(?:\d+|{NUM}|the)?\s*(?:[\w-]+\s+)?(?:years?|months?|term|contract|renewals?))?|\block(?:ing|ed)?\s+(?:in\s+)?(?:(?:today's|the current|your current|current|this|these|that|the same|your|existing|your existing|the existing|the quoted|this year's|the)\s+)?(?:(?:introductory|special|discounted|founding|early)\s+)?(?:price|pricing|prices|rate|rates)\b(?:\s+(?:in\s+)?(?:for|through|until|over)\s+(?:(?:the\s+)?(?:next|first|full|entire|whole)\s+)?(?:\d+|{NUM}|the)?\s*(?:[\w-]+\s+)?(?:years?|months?|term|contract|renewals?|life of the (?:contract|agreement)))?|{WE}\s+(?:[\w']+\s+){0,2}?(?:offer|add|include|give|provide|extend|put in|build in|write in|agree to)\w*\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:(?:multi-year|\d-year|(?:two|three|five)-year|full-term|renewal)\s+)?(?:price|pricing|rate)\s+(?:lock|freeze|protection|guarantee|cap|hold)\b|\b(?:price|pricing|rate)\s+(?:lock|freeze|protection|guarantee)\s+(?:for|through|until|over|across)\s+(?:the\s+)?(?:(?:next|first|full|entire|whole)\s+)?(?:(?:\d+|{NUM})\s+)?(?:[\w-]+\s+)?(?:years?|months?|term|contract|renewals?)\b|\bhold(?:ing)?\s+(?:it|that|this|them|(?:the|your|today's|current|this year's|last year's|our|these|those)\s+(?:[\w$€£./,-]+\s+){0,2}?(?:price|pricing|prices|rates?|price list|price-list|pricing schedule|rate card))\s+(?:there\s+|steady\s+|flat\s+|firm\s+|fixed\s+|as is\s+)?(?:for|through|until|till|over|across)\s+(?:(?:another|the next|the rest of|the full|the whole|the entire|your whole|your full|your entire|your|the|all of|a further)\s+)?(?:(?:\d+|{NUM}|\d{4})\s+)?(?:(?:full|more|further|extra|additional)\s+)?(?:[\w-]+\s+)?(?:years?|months?|quarters?|term|contract|renewals?|programme|program|rollout|season|agreement|end of (?:January|February|March|April|May|June|July|August|September|October|November|December|the (?:year|contract|term|season)))\b|\b(?:are|is|will be|'ll be|stay|stays|remain|remains)\s+(?:held|fixed|locked|frozen|capped|kept)\s+at\s+(?:the\s+)?(?:same|today's|current|year-one|year one|existing|this year's|your current|the current)\b(?:\s+[\w-]+){0,2}?\s+(?:rate|price|pricing|prices|rates|level|fee)s?\b|\bcap\s+on\s+(?:(?:any|the|annual|future|price|renewal|yearly)\s+)*(?:increases?|uplifts?|escalators?|price rises?)\s+(?:[\w-]+\s+){0,4}?(?:is|at|of|will be)\s+{PCT}|\b(?:freeze|hold|cap|guarantee|fix|keep)\s+(?:your|the|this|today's|current|the current|that)\s+(?:price|pricing|rate|prices|rates)\s+(?:(?:flat|steady|as is|unchanged|the same)\s+)?(?:for|through|over)\s+(?:(?:the\s+)?(?:next|first|full|entire|whole)\s+)?(?:\d+|{NUM})?\s*(?:[\w-]+\s+)?(?:years?|term|renewals?|contract)\b|\bcap\s+(?:your|the|any|annual|renewal|future)\s+(?:[\w-]+\s+){0,2}?(?:increases?|uplifts?|escalators?|escalations?)\s+at\s+{PCT}|\b(?:no|zero)\s+(?:price\s+)?(?:increases?|uplifts?)\s+(?:at|on|for|through)\s+(?:your\s+|the\s+)?(?:renewal|(?:next|first)\s+(?:\d+|{NUM})\s+(?:years?|renewals?)|life of the (?:contract|agreement))|\bgrandfather(?:ed|ing)?\s+(?:you\s+|your\s+\w+\s+)?(?:in\s+)?(?:at|on|into)\s+(?:your|the)\s+(?:current|existing|old|original|legacy)\s+(?:price|pricing|rate|plan|prices|rates)\b|\bhonou?r(?:ing)?\s+(?:your|the|this|last year's|the current|your current|the old|your old|the original|the existing|your existing)\s+(?:[\w-]+\s+)?(?:price|pricing|rate|prices|rates)\s+(?:for|through|on|at)\s+(?:another|the next|your|the)\s+(?:[\w-]+\s+)?(?:years?|renewal|term|months?)`,
      rationale: 'A price lock or cap gives up future increases: that is a concession on every renewal.',
      ask: {
        level: 'commitment',
        text: 'If we lock today\'s price for three years, can we make it a three-year agreement signed by the 30th?',
      },
      examples: {
        flag: [
          "We'll [lock today's price for 3 years].",
          "If you'd like to [lock in the current pricing], just let me know.",
          'As a founding customer we can [cap your annual increase at 3%].',
          "We'll [grandfather you in at your current rate].",
          "I'll [honor your current pricing for another year].",
          "We can [hold this year's rate through the end of the contract].",
          'Renewals in years two and three [are held at the same per-user rate].',
          "I'll keep you where you are and [hold it there for another three years].",
        ],
        pass: [
          "We can't lock the price beyond this quarter.",
          'This price holds for 48 hours.',
          'Prices rise 5% each January under our standard terms.',
          'Second, price protection.',
          'We can hold this quote until Friday.',
        ],
      },
    },
    {
      id: 'extend-trial',
      kind: 'give',
      category: 'terms',
      cues: ['trial', 'trials', 'pilot', 'evaluation', 'eval', 'poc', 'sandbox', 'demo'],
      pattern: String.raw`\b(?:extend|extending|extended|lengthen(?:ed)?|prolong(?:ed)?|stretch(?:ed)?)\s+(?:your|the|this|their|our)\s+(?:free\s+)?(?:trial|pilot|evaluation|eval|POC|proof of concept|sandbox|demo (?:account|access|environment))(?:\s+(?:period|window|access|account|licen[cs]e|environment|instance))?(?:\s+(?:by|for|to|until|through|till)\s+(?:another\s+|an?\s+(?:extra|additional)\s+|a further\s+)?(?:(?:\d{1,3}|{NUM})\s+)?(?:extra\s+|more\s+|additional\s+)?(?:days?|weeks?|months?|{DATE})|\s+(?:another|an extra|an additional|a further|(?:by\s+)?(?:\d{1,3}|{NUM})(?:\s+more|\s+extra)?)\s+(?:(?:\d{1,3}|{NUM})\s+)?(?:days?|weeks?|months?))?|\b(?:trial|pilot|evaluation|eval|POC|sandbox|(?:trial|sandbox|pilot|demo)\s+(?:access|account|period|licen[cs]e))(?:'s|\s+(?:has|have|is|was|will be|'ll be))\s+(?:now\s+|just\s+|also\s+)?(?:been\s+)?(?:extended|prolonged|lengthened)\b(?:\s+(?:by|for|to|until|through|till)\s+(?:another\s+|an?\s+(?:extra|additional)\s+|a further\s+)?(?:(?:\d{1,3}|{NUM})\s+)?(?:extra\s+|more\s+|additional\s+)?(?:days?|weeks?|months?|{DATE}))?|\bkeep\s+(?:your|the)\s+(?:free\s+)?(?:trial|sandbox|pilot|demo|evaluation)\s+(?:account\s+|environment\s+|instance\s+|access\s+)?(?:open|running|active|live|going|on)\s+(?:for|until|through|till)\s+(?:another|an extra|a few more|a couple more|(?:\d{1,3}|{NUM}))\b(?:\s+(?:more\s+|extra\s+)?(?:days?|weeks?|months?))?|\b(?:give|giving|gave|add|added|adding|grant|granted)\s+(?:you\s+)?(?:some\s+|a bit\s+|a little\s+|a few\s+|a couple of\s+)?(?:more|extra|additional)\s+(?:time|days|weeks)\s+(?:on|with|in|to)\s+(?:the|your)\s+(?:free\s+)?(?:trial|sandbox|pilot|evaluation)|\b(?:an?\s+)?(?:extended|longer|extra-long)\s+(?:free\s+)?(?:trial|pilot|evaluation)(?:\s+period)?\b|\b(?:trial|pilot|evaluation)\s+extension\b|\b(?:\d{1,3}|{NUM})\s+(?:more|extra|additional)\s+(?:days?|weeks?)\s+(?:on|of|to|for)\s+(?:your|the)\s+(?:free\s+)?(?:trial|pilot|evaluation|sandbox)|\b(?:an?\s+)?(?:extra|additional|another)\s+(?:(?:\d{1,3}|{NUM})\s+)?(?:days?|weeks?|months?)\s+(?:on|of|to|for)\s+(?:your|the)\s+(?:free\s+)?(?:trial|pilot|evaluation|sandbox)`,
      rationale: 'A longer trial is more free use and a later decision: get a commitment for it.',
      ask: {
        level: 'commitment',
        text: 'If I extend your trial, can we agree on the success criteria and a decision date at the end of it?',
      },
      examples: {
        flag: [
          'Simply reply to this email and we\'ll [extend your trial period].',
          'I can [extend your trial by two weeks] so your team can finish testing.',
          'We can offer [an extended trial] for a deployment this size.',
          "I've put in a [trial extension] for your workspace.",
          "I've added [14 more days to your trial].",
          'Good news: your [trial has been extended until Friday].',
          'No problem, we can [keep the sandbox open for another month].',
          'Sure, I can [extend the pilot another two weeks] while finance reviews.',
        ],
        pass: [
          "We can't extend the trial past 30 days.",
          'Your trial ends in 3 days.',
          'Your sandbox will be open for 30 days.',
        ],
      },
    },
    {
      id: 'extended-warranty',
      kind: 'give',
      category: 'terms',
      negation: 'before',
      cues: ['warranty', 'warranties', 'guarantee', 'maintenance', 'coverage'],
      pattern: String.raw`\b(?:extend|extending|extended|lengthen|double|doubling|upgrade)\s+(?:the\s+|your\s+)?(?:standard\s+)?(?:warranty|warranties|maintenance(?:\s+(?:period|coverage))?|support (?:period|term|window|coverage))\b(?:\s+(?:to|by|for)\s+(?:an?\s+|another\s+)?(?:(?:\d{1,3}|{NUM}|full|extra|additional)\s+)?(?:extra\s+|more\s+|additional\s+)?(?:years?|months?))?|\b(?:\d{1,2}|{NUM})[\s-](?:year|month)\s+(?:extended\s+)?(?:warranty|guarantee)\s+(?:at no (?:extra |additional )?(?:cost|charge)|for free|free of charge|on us|on the house|included|thrown in)|\b(?:an?\s+)?(?:extra|additional|another)\s+(?:(?:\d{1,2}|{NUM})\s+)?(?:years?|months?)\s+(?:of\s+)?(?:warranty|warranty coverage|maintenance|parts and labou?r)\b`,
      rationale: 'A longer warranty than standard is future service cost you take on for free.',
      ask: {
        level: 'commitment',
        text: 'If we extend the warranty, can we get the purchase order for the full fleet this quarter?',
      },
      examples: {
        flag: [
          "We're happy to offer an [extended warranty] on the whole fleet.",
          'I can [extend the warranty to three years] on this order.',
          'We will add [an extra year of warranty] on all units.',
          'Every unit ships with a [2-year warranty at no extra cost].',
        ],
        pass: [
          "We can't extend the warranty on refurbished units.",
          'The standard warranty covers parts for 12 months.',
        ],
      },
    },
    {
      id: 'accept-contract-changes',
      kind: 'give',
      category: 'terms',
      cues: ['accept', 'acceptance', 'compromise', 'section', 'article', 'cap', 'redline', 'redlines', 'redlined', 'comment', 'comments', 'isda', 'agreement', 'markup', 'amendment', 'amendments', 'edits', 'changes', 'term', 'terms', 'schedule', 'paper', 'clause', 'language', 'revisions', 'contract', 'msa', 'indemnity', 'liability'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,3}?(?:accept(?:ed|ing)?|agree(?:d)? to|approv(?:e|ed|ing)|sign(?:ed)? off on|(?:(?:are|'re|am|'m)\s+)?(?:fine|good|okay|ok|comfortable) with|can live with|incorporat(?:e|ed|ing)|go with|work with|take)\s+(?:all\s+(?:of\s+)?|most\s+of\s+)?(?:your|the|those|these)\s+(?:proposed\s+|requested\s+|suggested\s+)?(?:[\w'-]+\s+)?(?:redlines?|red-lines?|markup|mark-up|contract (?:changes|edits|revisions|language|terms)|amendments?|(?:changes|edits|revisions|comments|mark-?ups?)\s+(?:in)?to\s+the\s+(?:contract|agreement|MSA|terms|order form|ISDA|master agreement|confirm(?:ation)?|NDA|SOW|draft(?: agreement| contract)?)|payment schedule|payment terms|paper|contract template|liability cap|indemnit(?:y|ies)(?: clause| language)?|(?:termination|renewal|liability|indemnity|payment) clause)|\b(?:your|the)\s+(?:proposed\s+|requested\s+)?(?:redlines?|red-lines?|markup|contract changes|amendments|payment schedule|proposed terms)\s+(?:are|is|look|looks|seem)\s+(?:fine|good|acceptable|approved|ok(?:ay)?|agreed)(?:\s+(?:with|by|to)\s+(?:us|me|our (?:legal|team|side)|legal))?|\b(?:legal|counsel|lawyers|finance|procurement|(?:our\s+)?(?:legal|finance|deal desk|contracts)\s+team|our\s+(?:lawyers|counsel|legal|finance))(?:\s+on\s+our\s+(?:side|end))?\s+(?:has|have|'s)\s+(?:now\s+|already\s+|also\s+|just\s+)*(?:approved|accepted|signed off on|agreed to|okayed|OK'd|cleared)\s+(?:all\s+(?:of\s+)?|most\s+of\s+|both\s+(?:of\s+)?)?(?:your|the)\s+(?:(?:proposed|requested|suggested)\s+)?(?:[\w-]+\s+)?(?:redlines?|changes|edits|markup|amendments|terms|payment schedule|comments|revisions)|\b(?:redlines?|red-lines?|mark-?ups?|changes|edits|comments|amendments|revisions)\b[^.?!]{0,80}?\b(?<hit>(?:we|I)(?:'ve| have| can| will|'ll| are happy to|'re happy to| are able to|'re able to| could)?\s+(?:now\s+|already\s+|also\s+)?(?:accept(?:ed)?|agree(?:d)? to|approve(?:d)?|take|sign(?:ed)? off on|(?:are|'re) (?:fine|comfortable|ok(?:ay)?) with)\s+(?:all|most|each|both|every one|the majority|several|three|two)\s+of\s+(?:them|those|these)\b(?:\s+(?:except|but|other than|apart from|bar|save)\s+(?:for\s+)?(?:the\s+)?[^.?!;,]{1,50})?)|\b(?:confirm|confirming|confirmed)\s+(?:our\s+)?acceptance\s+of\s+(?:your\s+|the\s+)?(?:(?:proposed|requested|revised)\s+)?(?:clause|section|schedule|article|redlines?|changes|terms|amendments?|wording|language|payment terms)\b(?:\s+\d[\d.]*\d|\s+\d)?(?:\s+as\s+(?:drafted|written|proposed|requested))?|{WE}\s+(?:[\w']+\s+){0,2}?(?:accept|agree to|approve)\s+(?:your\s+)?(?:clause|section|article)\s+[\d.]+(?:\s+as\s+(?:drafted|written|proposed|requested|amended))?|{WE}\s+(?:[\w']+\s+){0,2}?(?:propos(?:e|ed)|offer(?:ed)?|accept(?:ed)?|agree(?:d)? to|can do|can go to|settle on|suggest(?:ed)?)\s+(?![^.?!;]*[$€£%])[^.?!;]{1,50}?\s+as\s+a\s+(?:compromise|middle ground)\b|\b(?:raise|raised|increase|increased|lift|lifted|double|doubled)\s+(?:the|our|your)\s+(?:liability\s+cap|cap\s+on\s+(?:our\s+)?liability|limitation of liability)\b(?:\s+to\s+[^.?!;,]{1,30})?`,
      rationale: 'Accepting the buyer\'s contract changes gives away terms your standard paper protects.',
      ask: {
        level: 'commitment',
        text: 'If we accept these redlines, can we agree this is the final round and get the signed contract back by Friday?',
      },
      examples: {
        flag: [
          "[We've accepted all of your redlines] except the liability cap.",
          '[We can work with your payment schedule] as proposed.',
          '[We have incorporated your comments into the agreement] and attached a clean copy.',
          '[Legal has approved your requested changes] to section 4.',
          'Good news: [your proposed redlines are fine with us].',
          'Legal on our side has reviewed your redlines and [we can accept most of them except the audit clause].',
          '[Our legal team has now approved the requested changes] to the DPA.',
          'We [confirm acceptance of section 9.2 as drafted] in your template.',
          'Our standard is a 12-month cap, but [we have proposed 18 months as a compromise].',
        ],
        pass: [
          "We can't accept the redlines to the liability clause.",
          'Please send back your redlines by Friday.',
          'We have reviewed your redlines and will come back with comments on Monday.',
          'Our legal team has not yet reviewed the changes.',
        ],
      },
    },
    {
      id: 'out-clause',
      kind: 'give',
      category: 'terms',
      negation: 'before',
      cues: ['clause', 'termination', 'terminate', 'out', 'exit', 'escape', 'convenience', 'money', 'refund', 'away'],
      pattern: String.raw`\b(?:add|include|give you|offer|build in|put in|write in|agree to|accept|insert)\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:(?:\d{1,3}-day|early|mutual|performance-based|performance)\s+)?(?:out|opt-out|exit|escape|termination(?: for convenience)?|early termination|walk-away|break|cancellation)\s+(?:clause|option|right|provision)s?\b|\btermination for convenience\b|\b(?:an?|our|the)\s+(?:\d{1,3}-day\s+)?(?:full\s+)?money-?back guarantee\b|\b(?:walk away|terminate|exit the contract|opt out|back out)\s+(?:of (?:the|your) (?:contract|agreement|deal)\s+)?(?:after (?:the first\s+)?(?:(?:\d{1,3}|{NUM}|the first)\s+)?(?:[\w-]+\s+)?(?:days?|months?|year|quarters?)|with(?:\s+just)?\s+(?:\d{1,3}|{NUM}|thirty|sixty|ninety)[\s-]days?'?\s+notice)(?:\s+if\s+(?:it|we|the (?:platform|product|results?))\s+(?:isn't|aren't|doesn't|don't|is not|does not)\s+(?:working|deliver(?:ing)?|perform(?:ing)?|meet(?:ing)? (?:expectations|the targets)))?|\b(?:a\s+)?full\s+refund\s+if\s+(?:you(?:'re| are)\s+not\s+(?:satisfied|happy)|it\s+(?:doesn't|does not)\s+work)`,
      rationale: 'An out clause lets the buyer leave early: the contract is worth less than it looks.',
      ask: {
        level: 'commitment',
        text: 'If we add the out clause, can we make it a three-year term with the exit tied to agreed success criteria?',
      },
      examples: {
        flag: [
          'We can [add an out clause] after the first 12 months.',
          'Legal is fine with a [termination for convenience] right on your side.',
          'You can [walk away after 90 days if it isn\'t working].',
          'Every plan comes with [a 30-day money-back guarantee].',
        ],
        pass: [
          "We won't add an out clause to a discounted multi-year deal.",
          'Either party may terminate for material breach under section 9.',
        ],
      },
    },
    {
      id: 'terms-changed',
      kind: 'give',
      category: 'terms',
      cues: ['term', 'terms', 'changed', 'billing', 'notice', 'length'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:changed|moved|updated|revised|amended|adjusted|extended|shortened|switched)\s+(?:the\s+|your\s+|our\s+)?(?:payment\s+terms|commercial\s+terms|contract\s+(?:term|length)|term\s+length|initial\s+term|billing(?:\s+(?:cycle|frequency|schedule))?|notice\s+period|renewal\s+terms|terms)\s+from\s+[^.?!;,\n]{1,30}?\s+to\s+(?:net[\s-]?\d{2,3}|[\w$€£{}\[\]-]+(?:\s+(?:days|months|years|upfront|billing|payments?))?)|\b(?:payment\s+terms?|terms?(?:\s+\d+|\s+\[[^\]]*\])?|billing|contract\s+length|term\s+length|notice\s+period)\]?\s*:?\s*changed\s+from\s+[^.?!;\n]{1,30}?\s+to\s+(?:net[\s-]?\d{2,3}|[\w$€£{}\[\]-]+(?:\s+(?:days|months|years|upfront))?)`,
      rationale: 'Moving a term off your standard for this buyer is a concession, however neutrally it is recorded.',
      ask: {
        level: 'commitment',
        text: 'If we change that term for you, can you confirm the signature date and the reciprocal commitment in writing today?',
      },
      examples: {
        flag: [
          '- [Payment terms: changed from net 30 to net 45]',
          "[We've changed the payment terms from net 30 to net 45] as you asked.",
          '[Billing: changed from annual upfront to quarterly] as discussed.',
        ],
        pass: [
          'Our terms have not changed from last year.',
          'Nothing in the payment terms changed.',
        ],
      },
    },
    {
      id: 'sla-upgrade',
      kind: 'give',
      category: 'terms',
      cues: ['sla', 'slas', 'uptime', 'service', 'credit', 'credits', 'level'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,3}?(?:add|include|offer|give you|provide|extend|agree to|commit to|guarantee|upgrade you to|build in|write in)\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:(?:enhanced|custom|stronger|tighter|higher|premium|financially backed|financially-backed|platinum|gold|\d{2}(?:\.\d+)?%|uptime)\s+)*(?:(?:SLA|service) credits|SLA|service[- ]level (?:agreement|commitment|guarantee)|uptime (?:guarantee|commitment|SLA))s?\b|\b(?:enhanced|custom|bespoke|premium|stronger|tighter)\s+(?:SLA|service[- ]level agreement|uptime guarantee)s?\b|\b(?:SLA|service)\s+credits?\s+(?:beyond|above|on top of|over and above)\s+(?:the|our)\s+(?:standard|usual|normal)(?:\s+(?:SLA|terms|contract))?`,
      rationale: 'A stronger SLA or service credits beyond standard is a contractual risk you take on.',
      ask: {
        level: 'commitment',
        text: 'If we add the enhanced SLA, can we agree on a three-year term and a signature by the end of the quarter?',
      },
      examples: {
        flag: [
          '[We can add SLA credits] if uptime falls short in any month.',
          "For this deployment [we'll include a premium SLA] with a two-hour response time.",
          'We would put an [enhanced SLA] in the order form.',
          'You would receive [service credits beyond the standard SLA].',
        ],
        pass: [
          "We don't offer custom SLAs below the enterprise tier.",
          'Our standard SLA is published on the trust page.',
        ],
      },
    },
    {
      id: 'shorter-term',
      kind: 'give',
      category: 'terms',
      cues: ['term', 'terms', 'contract', 'agreement', 'commitment'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,3}?(?:do|offer|accept|go with|start with|agree to|write|set up|put together|make it)\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:shorter|one-year|1-year|12-month|six-month|6-month|single-year|two-year|2-year|initial one-year)\s+(?:initial\s+)?(?:term|contract|agreement|commitment)(?:\s+instead\s+of\s+(?:an?\s+|the\s+)?(?:(?:usual|standard|full)\s+)?(?:[\w-]+\s+)?(?:years?|term|contract|agreement|one))?|\b(?:an?\s+)?(?:shorter|reduced)\s+(?:initial\s+)?(?:contract\s+)?(?:term|commitment)\s+(?:length\s+)?(?:for you|than (?:our|the) (?:standard|usual))`,
      rationale: 'A shorter term than your standard means less committed revenue and an earlier exit.',
      ask: {
        level: 'commitment',
        text: 'If we start with a one-year term, can we agree now on the expansion to the full team at renewal?',
      },
      examples: {
        flag: [
          '[We can do a one-year term instead of three years] to get you started.',
          "[We're happy to accept a shorter term] for the first contract.",
          'Legal agreed to [a shorter commitment for you] this time.',
        ],
        pass: [
          "We can't do a shorter term at this price.",
          'The standard agreement is a three-year term.',
        ],
      },
    },
  ],
};
