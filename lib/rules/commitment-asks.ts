import type { RuleSet } from './types.ts';

/** {DATE} plus "Tuesday", which the shared macro misses (it spells the day "Tue" + "day"). */
const WHEN = String.raw`(?:Tues?day|{DATE})`;

/*
 * Shared fragments. Patterns are plain strings, so the pieces several rules
 * need are spelled once here.
 */

/** A deadline the buyer is asked to act by: "by Friday", "this week", "before {{DATE}}". */
const DEADLINE = String.raw`(?:(?:by|before|no later than|ahead of|on or before|prior to)\s+(?:(?:close of business|COB|EOD|end of day|the end of)\s+(?:on\s+)?)?(?:next\s+|this\s+|on\s+)?${WHEN}|(?:this|next)\s+(?:week|month|quarter)\b|today\b|tomorrow\b)`;

/** What the buyer does to commit: sign, decide, approve, pay, issue a PO. */
const ACT = String.raw`(?:(?:counter)?sign(?!(?:ed|ing)?\s*up\b)(?:ed|ing|atures?|-off| off)?\b|e-?sign\w*|execut(?:e|ed|ion)\b|finali[sz](?:e|ed|ing)\b|commit(?:ment|ted)?\b|decision\b|decide\b|approv(?:e|ed|al)\b(?!\s+from\s+(?:my|our)\b)|PO\b|purchase orders?\b|go-?ahead\b|green ?light\b|deposit\b|payment\b|pay\b|prepay\w*|(?:contract|agreement|order form|paperwork|SOW|MSA|proposal|quote|order|renewal|docs|documents?)s?\b(?=[^.?!;]{0,30}?\b(?:signed|executed|back|returned|countersigned|confirmed|finali[sz]ed|approved|in place|completed)\b)|(?:place|confirm|submit)\s+(?:the|your|an|this)\s+order\b|move forward\b|proceed\b|confirm(?:ation)?\b)`;

/** The seller promising their own next step ("I'll send the contract by Friday") is not an ask. */
const NOT_SELLER_STEP = String.raw`(?<!(?<!\b(?:if|once|when|as long as|provided|so that|and|can|could|shall|should|would|do|may)\s+)\b(?:I|we|our [\w-]+|my [\w-]+)(?:'ll| will| can| could| shall| should|'m going to| am going to| plan to| expect to| hope to| aim to)\s+(?!need\b|require\b|ask\b)[^.?!;,]{0,60})`;

/** Documents a buyer signs. */
const DOC = String.raw`(?:order forms?|contracts?|agreements?|SOWs?|statements? of work|MSAs?|paperwork|docu-?sign(?: envelope| link)?|e-?signature (?:request|envelope|link)|renewal (?:forms?|agreements?)|quotes?|proposals?|scope(?: of work)?|insertion orders?|engagement letters?|change orders?|POs?|purchase orders?)`;

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
      cues: ['sign', 'signed', 'signing', 'signature', 'countersign', 'countersigned', 'esign', 'execute', 'executed', 'finalize', 'finalise', 'finalized', 'commit', 'commitment', 'decision', 'decide', 'approve', 'approved', 'approval', 'po', 'purchase', 'go', 'green', 'greenlight', 'deposit', 'payment', 'pay', 'prepay', 'prepayment', 'contract', 'agreement', 'order', 'paperwork', 'sow', 'msa', 'proposal', 'quote', 'renewal', 'doc', 'document', 'place', 'confirm', 'submit', 'forward', 'proceed'],
      pattern: String.raw`${NOT_SELLER_STEP}(?<hit>(?:(?:we|I)(?:'d| would|'ll| will)?\s+(?:just\s+|really\s+|still\s+|only\s+)?(?:need|require)\s+(?:you\s+to\s+|your\s+[\w-]+\s+to\s+|to\s+)?)?(?:(?:get|have|receive|send|return|see|put|place|issue|make|give|reach|agree on|lock in|set|cut|raise)\s+(?:us\s+|me\s+|in\s+|over\s+|back\s+)?(?:[\w-]+\s+){0,2}?)?(?:(?:the|your|a|an|our)\s+)?${ACT}[^.?!;]{0,40}?${DEADLINE})`,
      rationale: 'Asking the buyer to sign, decide or pay by a date turns interest into a dated commitment.',
      examples: {
        flag: [
          'Can we [get the PO by Friday]?',
          "To guarantee a Q2 start [we'd need the contract signed by the 20th].",
          'If {{COMPANY_NAME}} wants a March go-live, [we\'d need to finalize by {{DECISION_DATE}}] to hold your slot.',
          '[Sign by the 30th] to lock in this price.',
          'Could we [agree on a decision by the end of the month]?',
          '[We need confirmation by end of day Friday] in order to proceed with this agreement.',
          'Can we plan to [have the signed contract back by end of month]?',
        ],
        pass: [
          "I'll send the contract over by Friday.",
          'This price holds for 48 hours.',
          'The offer is valid until the end of the month.',
          'Thanks for signing up today!',
        ],
      },
    },
    {
      id: 'signature-request',
      kind: 'get',
      level: 'commitment',
      cues: ['sign', 'signed', 'signature', 'countersign', 'countersigned', 'esign', 'docusign', 'execute', 'executed', 'initial', 'return', 'returned', 'approve', 'po', 'purchase', 'step', 'contract', 'agreement', 'paperwork', 'sow', 'order'],
      pattern: String.raw`(?:(?:here(?:'s| is| are)|attached (?:is|are)|I've attached|please find)\s+(?:the|your|an?|our)\s+)?\b${DOC}\b[^.?!;]{0,40}?\b(?:(?:for|to|ready for|awaiting|needs?|requires?)\s+(?:your\s+)?(?:e-?)?(?:counter)?sign(?:ature|ing|-?off)?\b|is (?:in|sitting in) your inbox)|\b(?:please|kindly|just|can you|could you|would you|will you|go ahead and)\s+(?:[\w-]+\s+){0,2}?(?:e-?sign|countersign|sign|execute)\b(?!\s+up\b)(?:\s+(?:and|&)\s+(?:return|send(?: it)? back|date))?(?:\s+(?:it|this|them|here|below|where indicated)\b|\s+(?:the|your|our)\s+(?:[\w-]+\s+)?${DOC}\b)?(?:\s+(?:and\s+(?:return|send)\s+it\s+)?${DEADLINE})?|\bonce (?:it|this|that|they|the [\w-]+(?: [\w-]+)?)(?:'s| is| has been| are| have been)\s+(?:signed|countersigned|executed|approved)(?:\s+(?:and|&)\s+(?:returned|sent back))?|\b(?:need|require|ask)s?\s+(?:you|your [\w-]+)\s+to\s+(?:approve|sign|countersign|execute|commit|confirm|accept|green-?light)\b(?:\s+(?:the|a|an|this|your)\s+(?:[\w-]+\s+){0,3}?(?:scope(?: of work)?|SOW|contract|agreement|order|proposal|quote|change order|budget|plan|PO|purchase order|renewal|terms)\b(?: of work)?)?|\b(?:send|get|return|email|forward|submit)\s+(?:(?:us|me|over|back|it)\s+)?(?:the|a|your|two|both)\s+(?:signed|countersigned|executed|completed)\s+(?:[\w-]+\s+){0,2}?(?:order form|contract|agreement|copy|copies|SOW|MSA|form|PO|paperwork|documents?|originals?)|\b(?:can|could|would|will)\s+(?:we|I|you)\s+(?:get|have|receive|issue|raise|send|cut)\s+(?:(?:us|me|over|through)\s+)*(?:the|a|your)\s+(?:PO|purchase order)\b|\b(?:we|I)(?:'ll|'d| will| would)?\s+(?:just\s+|still\s+|first\s+)?(?:need|require)\s+(?:a|the|your|two|both)\s+(?:(?:signed|countersigned|executed)\s+(?:[\w-]+\s+){0,2}?(?:${DOC}|cop(?:y|ies)|originals?)|PO|purchase order|deposit|(?:e-?)?signature|green light|go-ahead|sign-?off)\b|\byour (?:e-?)?signature\b(?=[^.?!;]{0,40}\b(?:need|all we|required|get started|below|page|here|kick|proceed|move forward)\b)|(?:\b(?:shall|should|can|may) I|\b(?:would|do) you (?:like|want) (?:me|us) to|\bwant (?:me|us) to) (?:go ahead and )?(?:send|get|draw up|prepare|issue|start)\s+(?:over\s+|you\s+)*(?:the\s+)?(?:contract|agreement|order form|paperwork|DocuSign|SOW)\b|\bnext step (?:is|would be|will be)\s+(?!for (?:me|us)\b)(?:for (?:you|your [\w-]+) to\s+)?(?:[\w-]+\s+){0,3}?(?:signed|sign|signature|PO|purchase order|order form|contract|agreement|approval|deposit|originals?)\b(?:\s+(?:originals|copies|contract|agreement|order form))?|\bapprove (?:the|a|this|our) (?:new |revised |updated |amended )?(?:scope(?: of work)?|SOW|change order|quote|proposal|budget|order|renewal)\b`,
      rationale: 'Putting the paperwork in front of the buyer to sign is the clearest commitment ask there is.',
      examples: {
        flag: [
          "[Here's the order form to sign] when you're ready.",
          'I just [need you to approve a new scope of work] before I start.',
          "If it looks alright, [once it's signed and returned] I can keep working on the changes.",
          '[Could you sign and return it] when you get a moment?',
          'The [next step is two signed originals] for our files.',
          'Could you [send us the signed order form] when you are back?',
          "[We'd need a purchase order] before we can ship.",
          '[Your signature] on page 4 is all we need to get started.',
          '[Shall I send over the contract]?',
        ],
        pass: [
          'Thanks for signing up for our newsletter.',
          'I signed the NDA on our side last week.',
          "Please don't hesitate to reach out with questions.",
        ],
      },
    },
    {
      id: 'purchase-ask',
      kind: 'get',
      level: 'commitment',
      cues: ['ready', 'prepared', 'forward', 'proceed', 'ahead', 'yes', 'confirm', 'upgrade', 'official', 'finalize', 'finalise', 'paperwork', 'ball', 'purchase', 'buy', 'order', 'started', 'set', 'signed', 'which'],
      pattern: String.raw`(?<!\bwhen(?:ever)?\s+(?:you(?:'re| are)|your [\w-]+ (?:is|are))\s+)\b(?:ready|prepared|in a position|cleared) to (?:move forward|move ahead|proceed|sign|buy|purchase|go ahead|commit|place (?:the|an|your) order|pull the trigger|get started|kick (?:things )?off|upgrade|make it official|get the (?:paperwork|contract|agreement) (?:going|started|signed))\b|\b(?:shall|should|can|could) we (?:go ahead and )?(?:move forward|move ahead|proceed|go ahead|get (?:the ball rolling|this (?:signed|done|finali[sz]ed|over the (?:finish )?line|across the line|wrapped up))|make it official|finali[sz]e (?:it|this|the (?:deal|order|paperwork|contract|agreement))|lock (?:it|this) in|get (?:you|your team) (?:signed up|onboarded|on board))\b|\b(?:would|do|will) you (?:like|want|wish) to (?:move forward|proceed|go ahead|place (?:the|an|your) order|purchase|buy|upgrade|lock (?:it|this) in)\b|\bmove forward with (?:a|the|your) (?:contract|agreement|order|purchase|paperwork|signature|subscription|annual (?:plan|contract)|(?:standard|enterprise|pro|business|premium|team) (?:plan|tier|package))\b|\b(?:confirm|let (?:me|us) know)\s+(?:that\s+|if\s+|whether\s+)?you(?:'d| would)? (?:like|want|wish) to (?:move forward|proceed|go ahead|place (?:the|an|your) order|sign|purchase|buy)\b|\bwhich (?:option|package|plan|tier|bundle|edition|proposal|configuration)s?\b[^.?!;]{0,30}?\b(?:would you like to|do you want to|will you|would you|are you going to)\s+(?:go with|choose|select|move forward with|proceed with|pick|sign|purchase|buy|order)\b|\breply (?:with )?["']?yes\b["']?|\bplease confirm (?:the |your |which )?(?:selected |chosen |preferred |final )?(?:option|package|plan|order|tier|quote|proposal|scope|purchase|quantities|quantity)\b(?:[^.?!;]{0,40}?\b(?:transfer|payment|deposit|wire)\w*)?|(?:^\W*|\b(?:please|want to|like to|time to|decide to|choose to|can you|just)\s+)upgrade (?:your (?:account|plan|subscription|licen[cs]e|team)|to (?:a |the )?(?:paid|paying|pro|premium|annual|business|enterprise|full|team)\b(?:\s+(?:plan|account|tier|version|package|license))?)|\blet's (?:get|make) (?:the |this |it )?(?:paperwork|contract|agreement|order|deal|purchase|it) (?:started|going|moving|signed|official|done|in motion|over the line|across the line|finali[sz]ed)`,
      rationale: 'Asking whether the buyer is ready to buy gets a yes or surfaces the real objection.',
      examples: {
        flag: [
          'Are you [ready to move forward]?',
          'Want to get set up? Just [reply "yes"] and I\'ll get you started!',
          '[Please confirm the selected option and transfer] completion to schedule kickoff.',
          'If you\'d like to lock in the current pricing, just let me know and we\'ll [move forward with a contract].',
          '[Upgrade your account]',
          '[Shall we move forward] with the annual plan?',
          '[Which package would you like to go with]?',
          "Please [confirm you'd like to proceed].",
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
      cues: ['plan', 'timeline', 'date', 'deadline', 'criteria', 'pilot', 'poc', 'trial', 'evaluation', 'paid', 'convert'],
      pattern: String.raw`\b(?:mutual (?:action|close|closing|success|implementation|evaluation) plan|close plan|closing plan|joint (?:action|execution|evaluation|success) plan|mutual plan|mutual timeline)s?\b|\b(?:agree|commit|align|settle|decide|lock|pencil)\s+(?:on\s+|to\s+|in\s+)?(?:a |the |your |our )?(?:target |firm |final |realistic )?(?:decision|signing|signature|contract|go-live|go live|start|kickoff|kick-off|close|closing|purchase)\s+(?:date|deadline|timeline)\b|\bagree\s+(?:on|to)\s+(?:the\s+|clear\s+|some\s+|shared\s+)?(?:pilot\s+|POC\s+|trial\s+)?(?:success|exit|acceptance) criteria\b|\bif (?:the )?(?:pilot|POC|proof of concept|trial|evaluation)\s+(?:hits|meets|succeeds|achieves|delivers|shows|proves|works|is successful|goes well)\b[^.?!;]{0,80}?\b(?:move forward|roll(?:ing)? (?:it )?out|purchase|convert|sign|paid (?:contract|plan|license|deployment)|contract|buy|commit)\w*|\b(?:convert|move|transition|roll)\w*\s+(?:it\s+|this\s+)?(?:to|into)\s+(?:a\s+)?(?:paid|full|annual|production|company-wide)\s+(?:contract|plan|subscription|deployment|license|rollout|agreement)\b`,
      rationale: 'A mutual plan, a decision date or success criteria that trigger a purchase commit the buyer to a path, not just a conversation.',
      examples: {
        flag: [
          'Could we build a [mutual action plan] together this week?',
          'Can we [agree on a target go-live date] before the pilot starts?',
          'Before we start, can we [agree on success criteria] for the pilot?',
          "[If the pilot hits those numbers, can we agree you'll move forward] with the full rollout?",
          'The idea is to [convert it to a paid contract] in March.',
        ],
        pass: [
          'Our implementation plan usually takes six weeks.',
          'The pilot starts on Monday.',
          "We don't need a close plan for a deal this size.",
        ],
      },
    },
    {
      id: 'term-or-volume-commitment',
      kind: 'get',
      level: 'commitment',
      cues: ['year', 'yr', 'multi', 'commit', 'commitment', 'committing', 'increase', 'expand', 'supplement', 'grow', 'upgrade', 'double', 'bump', 'annual', 'yearly', 'billing', 'prepay', 'prepayment', 'upfront', 'roll', 'rolling', 'extend', 'extending', 'scale', 'scaling'],
      pattern: String.raw`(?<!\b(?:our|your|your current|your existing|the current|the existing)\s+|\b(?:signed|closed|won|renewed|inked|completed|had|have|has)\s+(?:a|an|their|the|its)\s+)\b(?:\d{1,2}|two|three|four|five|multi)[- ]?(?:year|yr)s?[- ](?:commitment|term|contract|agreement|deal|subscription|renewal|licen[cs]e|plan|partnership|prepay)s?\b|\b(?:\d{1,2}|two|three|four|five) years? (?:commitment|term)\b|\bcommit(?:ment|ting|ted)?\s+(?:to\s+|of\s+)?(?:a\s+)?(?:minimum (?:of\s+)?|at least\s+)?\d[\d,]*\+?\s*(?:seats|licen[cs]es|units|users|cases|locations|sites|hours|GB|TB|pallets|orders|employees|agents|reps)\b|\b(?:volume|minimum|annual|multi-year|term|spend|seat) commitment\b|\b(?:increase|expand|supplement|grow|double|bump)\s+(?:up\s+)?(?:your|the)\s+(?:original |initial |current |first )?(?:order|commitment|seat count|contract|licen[cs]e count|volume|seats|licen[cs]es)\b|\b(?:mov|switch|go|chang|convert)\w*\s+(?:from\s+(?:monthly|quarterly)\s+)?to\s+(?:an?\s+)?(?:annual|yearly|multi-year|\d-year)\s+(?:billing|plan|contract|prepay(?:ment)?|payment|subscription|term|agreement)\b|\b(?:annual|yearly|upfront|up-front) (?:prepay(?:ment)?|pre-payment)\b|(?:\byou|\byour|\bwould|\bcould|\bcan we|\bif|\blet's)\b[^.?!;]{0,30}?\b(?:expand|roll(?:ing)? (?:it |this )?out|extend(?:ing)?|scal(?:e|ing)(?: it| this)?)\s+(?:it\s+|this\s+)?to\s+(?:the\s+)?(?:full|whole|entire|rest of the|all|other|every)\s+(?:[\w-]+\s+)?(?:team|teams|company|org|organization|department|departments|business|sites|locations|regions|offices|stores)\b`,
      rationale: 'A longer term, a bigger volume or an annual prepay is the commitment that justifies a better price.',
      examples: {
        flag: [
          'In exchange, we would ask for a [two-year term].',
          '[3-year commitment] instead of 1 (reduces our risk).',
          '[Move from monthly to annual billing] (saves us cost).',
          'Could you [increase your order] to 60 dozen so it meets the minimum?',
          'Could your team [commit to 500 seats] for the first year?',
          "If you're happy with the pilot, [would you be willing to expand to the full team]?",
        ],
        pass: [
          'No annual commitment required.',
          'Your 3-year contract renews automatically.',
          'Our 2-year plans start at $40 per seat.',
          'We signed a 3-year deal with Acme last month.',
        ],
      },
    },
    {
      id: 'payment-ask',
      kind: 'get',
      level: 'commitment',
      cues: ['pay', 'paying', 'payment', 'payments', 'prepay', 'check', 'cheque', 'deposit', 'remit', 'remittance', 'wire', 'transfer', 'funds', 'invoice'],
      pattern: String.raw`(?:\b(?:if|provided(?: that)?|as long as|so long as|in exchange for|in return for|can|could|would|will)\s+(?:you|your [\w-]+)(?:'re| are| were)?(?:\s+be)?(?:\s+(?:able|willing|agreeable|happy|prepared|open))?(?:\s+to)?|\b(?:we|I)(?:'d| would|'ll| will)?\s+(?:need|require|ask|count on|rely on|expect)\b(?:\s+(?:you|your [\w-]+)(?:\s+to)?)?|\bplease\b)\s+(?:[\w-]+\s+){0,3}?(?:(?:mak(?:e|ing)|send(?:ing)?|remit(?:ting)?|process(?:ing)?|complet(?:e|ing)|wir(?:e|ing)|transfer(?:ring)?)\s+(?:us\s+)?(?:the\s+|your\s+|a\s+|all\s+)?(?:full\s+|annual\s+|first\s+)?(?:payments?|check|cheque|deposit|remittance|wire|funds|transfer)\b|pay(?:ing)?\b|prepay\w*)[^.?!;]{0,50}?\b(?:upfront|up front|in advance|in full|annually|yearly|for the (?:full|whole|first) (?:year|term)|within\s+\d+\s+(?:business\s+)?days|(?:within|in) the time limit|on time|(?:on|upon) (?:receipt|signing|signature)|at signing|net\s+\d+|by\s+${WHEN}|before\s+${WHEN}|(?:this|next) (?:week|month))`,
      rationale: 'Faster, upfront or annual payment is worth real money to your company: it is a commitment, not a courtesy.',
      examples: {
        flag: [
          "[If you're agreeable to making payments within 10 days] of invoice receipt, we would be happy to offer a 2% discount.",
          'However, to ensure you this extra profit in the future, [we count on your cooperation in sending us your check in the time limit] of our terms.',
          '[Could you pay the first year upfront]?',
          '[Would you be willing to pay annually] in advance?',
        ],
        pass: [
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
      cues: ['case', 'reference', 'references', 'testimonial', 'logo', 'review', 'quote', 'partner', 'story', 'webinar', 'release'],
      pattern: String.raw`\b(?:you|your (?:team|company|organization|org))(?:'d| would| could| can| will)?\s+(?:(?:be\s+)?(?:open|willing|up|happy|able|comfortable|keen|interested)\s+(?:(?:to|for|in)\s+)?|mind\s+)?(?:provide|providing|do|doing|participate in|participating in|write|writing|record|recording|give|giving|offer|be|being|serve as|serving as|act as|agree to|join)\s+(?:us\s+)?(?:(?:a|an|in a|as a|as an|as our|our|one of our)\s+)?(?:[\w-]+\s+)?(?:case study|reference(?: customer| call| account)?|testimonial|review|quote|logo|design partner|launch partner)\b(?:\s+(?:after|in|within|at)\s+(?:the\s+)?(?:\d+|{NUM})\s+(?:days|weeks|months))?|\b(?:use|feature|display|add|put|include|showcase)\s+(?:your|the \{\{[^}]+\}\}|\{\{[^}]+\}\})\s+(?:logo|name|brand)\b|\b(?:feature|highlight|showcase|spotlight|profile|include)\s+(?:you|your [\w-]+|\{\{[^}]+\}\})\s+(?:in|as)\s+(?:a|an|our)\s+(?:[\w-]+\s+){0,2}?(?:case study|testimonial|customer story|success story|webinar|press release|blog post)\b|\b(?:in (?:exchange|return) for|provided(?: that)?|as long as|on (?:the )?condition that)\s+(?:[\w-]+\s+){0,4}?(?:case study|reference|testimonial|logo|review)\b|\b(?:leave|write|post|drop)\s+(?:us\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?review\b|\b(?:be|serve as|act as|become)\s+(?:a|an|one of our)\s+(?:[\w-]+\s+)?(?:reference|references|case study|design partner)\b|\b(?:take|do|join|hop on)\s+(?:a|an|the occasional|one|two)\s+(?:quick\s+|short\s+)?reference calls?\b|\b(?:share|provide|give|write|record|send)\s+(?:us|me)\s+(?:a\s+)?(?:short\s+|quick\s+|brief\s+|video\s+)?(?:testimonial|quote)\b`,
      rationale: 'A case study, reference call, logo or review is marketing value the buyer can trade for a concession.',
      examples: {
        flag: [
          '[You provide a case study after 6 months] (marketing value).',
          'Would [you be open to being a reference customer] once you are live?',
          'In return, could we [use your logo] on our customer page?',
          'If it helped, could you [leave us a quick review] on G2?',
          "We'd ask that you [take the occasional reference call] with prospects in your region.",
          'In return, could we [feature your team in a short case study]?',
          'Would [you mind writing a quick testimonial] we could use on our website?',
        ],
        pass: [
          "Happy to share the full case study if it's useful.",
          'Here is a case study from a customer in your industry.',
          'I will review the logo files tomorrow.',
        ],
      },
    },
    {
      id: 'referral-ask',
      kind: 'get',
      level: 'commitment',
      cues: ['know', 'anyone', 'anybody', 'someone', 'somebody', 'peer', 'colleague', 'friend', 'network', 'referral', 'refer', 'intro', 'introduce', 'introduction', 'profile', 'client', 'lead', 'others', 'other'],
      pattern: String.raw`(?:\b(?:do|would|could|can|might) you (?:happen to )?|^\W*(?:happen to )?)know (?:of )?(?:anyone|anybody|someone|somebody|any (?:other )?(?:[\w-]+\s+)?(?:teams?|companies|founders|peers|colleagues|firms|leaders|businesses|people|practices|clinics|agencies))\b|\b(?:intro(?:duce|duction|ductions)?|refer(?:ral|rals)?|connect(?:ion)?s?|put (?:me|us) in touch)\b[^.?!;]{0,30}?\b(?:peers?|colleagues?|friends?|(?:other|similar) (?:[\w-]+\s+)?(?:teams?|companies|founders|leaders|firms|businesses|customers|people|clinics|practices|agencies)|anyone (?:else )?(?:in your network|who|you know)|your network|(?:other |a few )?contacts)\b|\b(?:send|share|pass)\s+(?:me|us|over|along)\s+(?:a |the |your )?(?:first |next )?(?:client|customer|lead|deal|prospect|referral)\s+(?:profiles?|details|case|brief|opportunit(?:y|ies)|names?)\b|\b(?:refer|recommend)\s+(?:us|me)\s+to\b|\b(?:know|have)\s+(?:of\s+)?(?:any\s+)?(?:other|similar)\s+(?:[\w-]+\s+)?(?:teams?|companies|founders|leaders|firms|businesses|customers|people|clinics|practices|agencies|brands|stores|schools|hospitals|restaurants)\b(?=[^.?!]{0,80}\b(?:intro\w*|referr\w*|connect|pass (?:it|this) along)\b)|\ba referral\b(?=[^.?!;]{0,40}\b(?:would|means|appreciate|welcome|help)\b)`,
      rationale: 'A referral or intro to peers is one of the most valuable commitments a buyer can give.',
      examples: {
        flag: [
          '[Do you know anyone] else who is wrestling with the same reporting problem?',
          'Would you be open to an [introduction to a couple of peers] in your network?',
          "[Send me a client profile] and I'll get started on the first case.",
          'If you are happy with the results, would you [refer us to other clinics] in the group?',
          '[Know anyone] else who could use this?',
        ],
        pass: [
          'I can introduce you to our solutions engineer.',
          'Our referral program pays out quarterly.',
        ],
      },
    },
    {
      id: 'conditional-commitment',
      kind: 'get',
      level: 'commitment',
      cues: ['if', 'provided', 'providing', 'long', 'condition', 'exchange', 'return', 'assuming'],
      pattern: String.raw`\b(?:if|provided(?: that)?|providing|as long as|so long as|on (?:the )?condition that|assuming|in (?:exchange|return) for)\s+(?:(?:you|your (?:team|company|side|org(?:anization)?|[\w-]+)|\{\{[^}]+\}\}|we can get|we get|we have|I (?:can )?get)\s*)?(?:(?:'re|are|'d|would|were|can|could|will)\s+)?(?:(?:able|willing|ready|prepared|happy|in a position)\s+to\s+|(?:were|want|like)\s+to\s+)?(?:(?:agree|commit)\s+to\s+)?(?:sign(?!\s+up\s+for\s+(?:a\s+|the\s+|our\s+)?(?:free|trial|newsletter|webinar|demo|event))|countersign|commit|agree to (?:a|the|an)\b|place|supplement|increase|expand|extend|renew|move forward|proceed|go ahead|standardi[sz]e|consolidate|roll (?:it )?out|sign off|approve|issue|get (?:us |me )?(?:the |a )?(?:PO|purchase order|signed|signature|contract|paperwork|order form|agreement)|send (?:us |me )?(?:the |a )?(?:PO|purchase order|signed)|(?:purchase|buy|order)\s+(?:[\w-]+\s+){0,3}?(?:by\s+${WHEN}|this (?:week|month|quarter)|today|\d+|annual|multi|the full|all)|(?:a\s+)?(?:two|three|four|five|multi|\d{1,2})[- ]?year|(?:the |a |your )?(?:contract|agreement|order form|paperwork|PO|SOW|deal|order)\s+(?:signed|executed|countersigned|approved|done|over the line|in)\b|(?:a\s+)?(?:case study|reference|testimonial)|(?:the |your )?logo|(?:a |an )?(?:annual|upfront|multi-year) (?:commitment|term|contract|prepay))\b(?:(?:[^.?!;,:—–()]|(?<=\d)[,.](?=\d))*?(?=\s+(?:I|we|and I|and we|then|you'll|you will|our)\b|(?!(?<=\d)[,.]\d)[.?!;,:—–()]|$))?|\b(?:what\s+)?(?:you|they|your (?:team|company|side))(?:'ve| have| had)?\s+(?:agreed|committed)\s+to\b[^.?!;]{0,40}?\bin (?:exchange|return)\b`,
      rationale: 'A conditional trade names what the buyer commits to in return for what you give.',
      examples: {
        flag: [
          "[If you can sign by Friday], I can take 10% off the first year.",
          "We can hold this price [in exchange for a two-year term].",
          '[Provided you commit to the annual plan] we can include onboarding.',
          '[As long as you renew before the 30th], the rate stays the same.',
          '[Provided that you supplement your original order so that the minimum figure is US$8,900], we will ship immediately.',
          '- [What they committed to in exchange]: a two-year term and a case study.',
        ],
        pass: [
          'If you need more time, I can note that you are still reviewing.',
          'As long as you need, there is no rush.',
          "If you're able to purchase either package, you can upgrade later for the difference.",
          "If you sign up for a free trial, you'll get access to all features.",
        ],
      },
    },
  ],
};
