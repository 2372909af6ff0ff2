import { lean } from './commitment-asks.ts';
import type { RuleSet } from './types.ts';

/*
 * Shared fragments. Information asks are mostly questions, so most rules
 * need a question mark later in the sentence; the span stops at the topic
 * word so it never swallows an access or commitment ask in the same sentence
 * (overlapping asks keep the longer span).
 */

/** A question mark later in the same sentence. */
const Q = String.raw`(?=[^.!?]*\?)`;

/** Meeting words: a question about these is a meeting request (access), not information. */
const NO_MEETING = String.raw`(?![^.!?]*\b(?:call|chat|meet|meeting|talk|speak|connect|demo|catch up|zoom|invite|calendar)\b)`;

/**
 * Questions that ask for nothing: comprehension checks ("does that make
 * sense?" only checks the seller was understood, so it is not a get, like "any
 * questions?"), feedback invitations ("thoughts?"), the seller's own offers
 * ("want me to send the deck?" is a give or nothing), rhetorical hooks and
 * pleasantries.
 */
const NOT_AN_ASK = String.raw`(?![^?]*\b(?:questions|anything else (?:you need|I can|we can)|(?:can|could|may) (?:I|we) help|anything (?:I|we) can do|sounds? to you|how does (?:that|this|it) sound|looks? (?:good|right|ok|okay) to you|make(?:s)? sense|sound(?:s)? (?:good|ok|okay|right|fair|like a plan|reasonable)|(?:does|did|would) (?:that|this|it) help|works? (?:for you|for your|on your (?:end|side)|with your|for both of us)|what works|what you think|know what I mean|thoughts|(?:would|do) you (?:like|want) (?:me|us) to|want (?:me|us) to|shall I|should I)\b)(?!(?:\w+,?\s+)?(?:(?:would|do) you (?:like|want) (?:me|us) to|(?:do you )?want (?:me|us) to|shall (?:I|we)|should I|can I|may I|would it (?:be )?help|would you like (?:to see|to try|to get|a |an |me|us|some|more|to learn|to hear)|would (?:a|an|some|the|another|an extra|a further|a bigger|a longer)\s+[^?]{0,60}?\bhelp\b|(?:do you )?want to (?:see|try|learn|hear|get|grab|check|join)|(?:are you |would you be )?interested in (?:seeing|learning|trying|a free|getting|hearing|joining)|did you know|(?:did|do) you (?:realize|realise|notice)|have you (?:ever )?(?:wondered|thought about|considered|tried|heard)|ever wonder|what if (?:you|your)|sound familiar|imagine|wouldn't it be|who doesn't|why not|isn't it time|(?:can|could) you (?:imagine|picture)|tired of|sick of|hope (?:you|your)|see you|thank|how (?:are|have) you(?: (?:doing|been|keeping|holding up))?(?: today| lately| these days)?\s*\?|how (?:are|is) (?:things|everything|life|business)(?: going)?(?: (?:on your end|with you|over there|at [\w-]+))?\s*\?|how (?:was|is|did|'s) (?:your|the) (?:week|weekend|holiday|holidays|trip|vacation|day|summer|break|time off|morning|evening|flight|conference)\b))`;

/**
 * A question the catch-all counts: one that names the buyer ("you", "your"),
 * or asks about the deal in the third person ("how long does it take…",
 * "when is the board meeting?", "any feedback on the metrics?").
 */
const ADDRESSED = String.raw`[^?]*?\b(?:you|your|you're|you've|you'd|yours)\b|(?:[^?,]*,\s*)?(?:(?:roughly|approximately|about|and|also|so|just|then)\s+)?(?:how (?:long|many|much|often|soon|big)|how (?:are|is|was|were|did|do|does|has|have) (?:the|things|it|that|this|those|these)|when (?:is|are|was|does|do|will|would)|what(?:'s| is| are| was| were) the|which|who|whom|(?:is|are|was|were|will|does|did|has|have) (?:the|that|this|these|those)|is there|are there|has there|any (?:feedback|news|update|updates|word|progress|idea|sense|timeline|plans?))\b`;

/** What a seller needs from the buyer to do their own work. */
const INPUTS = String.raw`(?:form|questionnaire|forecasts?|dates?|format|timings?|names?|contacts?|survey|intake|dimensions|measurements|details|specs?|specifications|requirements|data|files?|list|address(?:es)?|info(?:rmation)?|numbers|figures|volumes?|usage|logo|CSV|spreadsheet|export|credentials|login|access|invoices?|documents?|docs|screenshots?|headcount|sizes?|quantities|quantity|weights?|SKUs?|order numbers?|tracking numbers?|account (?:number|id|details)|PO number|VAT(?: number)?|tax ID|W-?9|contact (?:details|info)|brief|artwork|assets|samples?|examples?|org chart|use cases?|RFP|RFI)`;

export const informationAsks: RuleSet = {
  id: 'information-asks',
  title: 'Information asks',
  description:
    'Questions about the deal: budget, timeline, requirements, the decision process, the current vendor, the pain and its cost, where things stand. Useful discovery, but not yet a get of value.',
  rules: [
    {
      id: 'budget-question',
      kind: 'get',
      level: 'information',
      negation: 'before',
      cues: ['budget', 'budgeted', 'budgeting', 'spend', 'spending', 'range', 'funding', 'funded', 'allocated', 'aside', 'expectations', 'limit', 'ceiling', 'cap'],
      pattern: lean(String.raw`\b(?:what(?:'s| is| are| was)?|how much|how big|which|is there|are there|is (?:the|that|this)|do you|does (?:your|the|that|this|it)(?: [\w-]+)?|have you|has (?:your|the)(?: [\w-]+)?|are you|any|roughly|ballpark)\b[^.?!;]{0,50}?\b(?:budget(?:ed|s|ing)?|spend(?:ing)?|price range|investment range|funding|funded|allocated|set aside|pricing expectations|upper limit|ceiling|spending (?:limit|cap)|not-to-exceed)\b(?:[^.?!;]{0,40}\b(?:budget(?:ed|s|ing)?|spend(?:ing)?|price range|investment range|funding|funded|allocated|set aside|pricing expectations)\b)?${Q}|\b(?:share|tell me|let me know|send (?:me|us|over)|give me|confirm)\s+(?:[\w-]+\s+){0,3}?(?:budget|price range|spend|target price|pricing expectations)\b`),
      rationale: 'Knowing the budget tells you whether the deal is real, but it is only information.',
      examples: {
        flag: [
          '[What budget have you set aside] for this project?',
          '[Is there budget allocated] for this in Q3?',
          '[Does that fit your budget]?',
          'Could you [share your rough budget] so I can scope the right package?',
        ],
        pass: [
          'We can work within your budget.',
          'The budget template is attached.',
        ],
      },
    },
    {
      id: 'timeline-question',
      kind: 'get',
      level: 'information',
      negation: 'before',
      cues: ['when', 'soon', 'timeline', 'timeframe', 'deadline', 'date', 'launch', 'live', 'start', 'kickoff', 'rollout', 'implement', 'decide', 'decision', 'renewal', 'timing', 'urgency', 'award', 'expected'],
      pattern: lean(String.raw`\b(?:when|how soon|by when|what(?:'s| is| are)?|is there|do you have|are you)\b(?<!\bso (?:that )?(?:we|I)(?: both| all| can)? (?:know|see|understand) (?:exactly )?\w+(?:'s| is| are)?)[^.?!;]{0,40}?\b(?:timeline|timeframe|time frame|deadline|target date|expected date|date of (?:award|decision|signature|signing)|award date|go-live|go live|launch|start date|kick ?off|roll ?out|implement\w*|decide|decision|make a (?:decision|call|choice)|get started|switch(?:ing)?|renewal|up for renewal|in place|looking to|planning to|hoping to|aiming to|expect(?:ing)? to|need (?:this|it|something|a solution))\b(?:[^.?!;]{0,40}\b(?:timeline|timeframe|time frame|deadline|target date|go-live|go live|launch|start date|kick ?off|roll ?out|implement\w*|decide|decision|make a (?:decision|call|choice)|get started|switch(?:ing)?|renewal|up for renewal|in place|looking to|planning to|hoping to|aiming to|expect(?:ing)? to|need (?:this|it|something|a solution))\b)?${NO_MEETING}${Q}|\bwhen (?:would|will|might) (?:be|it be|that be|the timing be)\b(?:\s+(?:better|right|a better time|the right time|good|ideal))?(?=\s*\?)|\bwhat(?:'s| is) driving the (?:timing|timeline|urgency|deadline)\b`),
      rationale: 'The buyer\'s timeline shows how real the deal is; it is information, not a commitment.',
      examples: {
        flag: [
          "[What's your timeline] for rolling this out?",
          '[When do you expect to make a decision on the renewal]?',
          "The timing genuinely isn't right — if so, [when would be]?",
          '[How soon are you looking to have something in place]?',
        ],
        pass: [
          'When would be a good time for a quick call?',
          'Our typical timeline is six weeks from signature.',
        ],
      },
    },
    {
      id: 'decision-process-question',
      kind: 'get',
      level: 'information',
      negation: 'before',
      cues: ['?', 'who', 'need', 'process', 'criteria', 'decision', 'approval', 'committee', 'take', 'happen', 'important', 'matters', 'steps', 'step', 'evaluate', 'decide', 'approve', 'choose', 'named', 'panel', 'person', 'contact', 'select'],
      pattern: lean(String.raw`\bwho(?:\s+else)?(?:\s+(?:is|are|will be|would be|might be|needs to be|should be|else)|'s)?\s+(?:involved|weighing in|part of the (?:decision|evaluation|buying|selection)|the (?:final )?decision[- ]makers?|making the (?:final )?(?:decision|call)|makes the (?:final )?(?:decision|call)|on the (?:buying|evaluation|selection|decision) (?:team|committee|group))\b|\b(?:what|how)\b[^.?!;]{0,40}?\b(?:decision|decision-making|approval|buying|purchasing|procurement|evaluation|selection|sign-?off|vendor (?:onboarding|approval)|security review|legal review)\s+(?:process|criteria|steps?|cycle|committee)\b(?:\s+look like)?|\b(?:decision|evaluation|selection|buying) criteria\b${Q}|\bwhat would (?:you|your [\w-]+|it) (?:need (?:to see|from (?:us|me))|take)\b|\bwhat\b[^.?!;]{0,50}?\bneeds? to (?:see|hear|happen|be true|be in place)\b(?=[^.!?]*\?)|\b(?:is|are)\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:still\s+)?the (?:one|person|people|ones)\s+(?:signing off|signing|approving|deciding|who (?:signs|approves|decides))\b|\bwho(?:'s| is| will be| would be)\s+(?:signing off|signing|approving)\b|\b(?:will|does|would) the (?:evaluation|selection|review|procurement)(?: process| panel| committee| team)? (?:include|involve|require)\b|\bwhether the (?:evaluation|selection|review)(?: process| panel| committee)? (?:will|would) (?:include|involve)\b|\b(?:is|are)\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:still\s+)?the (?:right|best) (?:person|people|contact)\b|\bwho\s+(?:on|at|in|from)\s+your\s+(?:side|end|team|company|organi[sz]ation)\b|\bwhich of (?:the|your) (?:[\w-]+\s+)?(?:panel|committee|board|stakeholders)\b|^[\W\d]*(?:a|the)\s+named\s+(?:decision[- ]maker|contact|owner|approver|sponsor)\b|\bwhat (?:needs|has|would need) to (?:happen|be true|be in place)\b|\bwhat(?:'s| is| are) (?:most )?important to (?:you|your [\w-]+)\b|\bwhat matters most\b(?<!\b(?:hear|understand|learn|know|discuss|cover)\s+what matters most)|\bwhat(?:'s| is| are) the (?:next )?steps? (?:on|from) your (?:side|end)\b|\bhow (?:do|does) (?:you|your [\w-]+) (?:typically |usually |normally )?(?:make (?:decisions|the decision|a decision)|evaluate|buy|approve|choose|select|decide|purchase)\w*`),
      rationale: 'Mapping the decision process and the people in it is discovery: it prepares the access ask.',
      examples: {
        flag: [
          '[Who else is involved] in the decision?',
          '[What does your approval process look like] for a purchase this size?',
          '[What would you need to see] to feel confident?',
          '[What are your evaluation criteria]?',
        ],
        pass: [
          'Our approval process for discounts is quick.',
          'Who else should be in the room when we walk through the security answers?',
        ],
      },
    },
    {
      id: 'needs-question',
      kind: 'get',
      level: 'information',
      negation: 'before',
      cues: ['?'],
      pattern: lean(String.raw`\b(?:what|which|how many|how much|how often|are there|do you have|is there|any)\b[^.?!;]{0,40}?\b(?:requirements?|must-haves?|nice-to-haves?|looking for|hoping to (?:achieve|accomplish|solve|get|see)|trying to (?:achieve|accomplish|solve|fix)|goals?|objectives?|use cases?|success look like|features?|integrations?|volumes?|seats|users|licen[cs]es|locations|sites|headcount|team size|reps|employees|units|SKUs|datasets?|data|fields|reports|workflows|formats?)\b${Q}`),
      rationale: 'Requirements, goals and scale shape the offer; asking is discovery, not yet a commitment.',
      examples: {
        flag: [
          '[What are your must-haves] for the new system?',
          '[How many seats] would you need at launch?',
          '[What are you hoping to achieve] this year?',
        ],
        pass: [
          'The new features ship next month.',
          'We support all of those integrations.',
        ],
      },
    },
    {
      id: 'current-solution-question',
      kind: 'get',
      level: 'information',
      negation: 'before',
      cues: ['how', 'using', 'use', 'tool', 'tools', 'system', 'software', 'platform', 'vendor', 'provider', 'solution', 'stack', 'crm', 'erp', 'contract', 'renewal', 'evaluating', 'working'],
      pattern: lean(String.raw`\bhow (?:are|is|do|does) (?:you|your [\w-]+|\{\{[^}]+\}\})\s+(?:(?:currently|today|now|right now|typically|usually|normally)\s+)?(?:handl|manag|track|deal|solv|approach|run|process|monitor|report|measur|hir|onboard|train|ship|schedul|invoic|reconcil|forecast|staff|source|collect|captur|document|prioriti[sz]|coordinat)\w*(?:\s+(?:with\s+)?(?:\{\{[^}]+\}\}|[\w'-]+)){0,4}|\bwhat (?:are|is) (?:you|your [\w-]+)\s+(?:(?:currently|now|today|already)\s+)?(?:using|working with|running|paying)\b|\bwhat (?:tools?|systems?|software|platforms?|vendors?|providers?|solutions?|stack|CRM|ERP)\b[^.?!;]{0,30}?\b(?:are you|do you|does your|is your|are your)\b|\bwho (?:are|is) (?:you|your [\w-]+) (?:currently |now )?(?:using|working with|buying from)\b|\bwhen (?:does|is|do) (?:your|the)\s+(?:current\s+)?(?:contract|renewal|agreement|subscription|licen[cs]e)\b|\bare you (?:currently |also |already )?(?:evaluating|talking to|looking at|speaking with|working with|using)\s+(?:any\s+)?(?:other|another|a different|an existing)\b(?:\s+(?:vendors?|options?|providers?|solutions?|tools?|platforms?|partners?|suppliers?))?`),
      rationale: 'The current vendor and process are the baseline you sell against; useful information, not a commitment.',
      examples: {
        flag: [
          'Quick question: [how are you currently handling {{pain point}}]?',
          '[What are you currently using] for payroll?',
          '[When does your contract] with them end?',
          '[Are you evaluating other vendors] as well?',
        ],
        pass: [
          'How are you?',
          'Here is how our customers handle month-end close.',
        ],
      },
    },
    {
      id: 'pain-question',
      kind: 'get',
      level: 'information',
      negation: 'before',
      cues: ['challenge', 'pain', 'problem', 'bottleneck', 'headache', 'frustrating', 'frustration', 'struggle', 'struggling', 'issue', 'hurdle', 'obstacle', 'blocker', 'costing', 'cost', 'losing', 'wasting', 'impact', 'impacting', 'slowing', 'keep', 'keeps'],
      pattern: lean(String.raw`\b(?:what(?:'s| is| are| was)?|how (?:much|big|often|painful|many)|where|is|are|does|do)\b[^.?!;]{0,40}?\b(?:challenges?|pain(?: points?)?|problems?|bottlenecks?|headaches?|frustrat\w*|struggl\w*|biggest (?:issue|hurdle|obstacle|blocker)|blockers?|costing (?:you|your [\w-]+)|cost(?:ing)? (?:you|your team)|cost of (?:doing nothing|inaction|the problem|that|this|delay)|losing|wasting|impact(?:ing)?|slowing (?:you|your [\w-]+) down|keeps? (?:you|your [\w-]+) up)\b${Q}`),
      rationale: 'The pain and what it costs make the case for change; asking is discovery.',
      examples: {
        flag: [
          "[What's the biggest challenge] for your team right now?",
          '[How much is that costing you] each month?',
          '[Is the manual reconciliation slowing your team down]?',
        ],
        pass: [
          'We solve the reconciliation problem for teams like yours.',
          'Most teams lose hours to manual entry every week.',
        ],
      },
    },
    {
      id: 'interest-check',
      kind: 'get',
      level: 'information',
      negation: 'before',
      cues: ['still', 'consider', 'open', 'entertain', 'interested', 'priority', 'radar', 'relevant', 'worth', 'changed', 'file', 'close', 'keen', 'planned', 'scheduled', 'expected', 'plan', 'plans', 'weighing', 'firm'],
      pattern: lean(String.raw`\b(?:are|is|would|do|does|has|have)\b[^.?!;]{0,40}?\bstill\s+(?:(?:actively|really|seriously)\s+)?(?:interested|keen|considering|exploring|evaluating|looking|a priority|on (?:your|the) radar|relevant|something|in the (?:running|picture|mix)|open to|worth|planning|plan to|plans to|intend to|planned|scheduled|expected|happening|going ahead|current|firm|valid|realistic|weighing|comparing)\b${Q}|\bstill interested\b${Q}|^\W*still (?:keen|interested|looking|planning|hoping|weighing|evaluating|considering|comparing|on)\b(?=[^.!?]*\?)|\bshould I (?:close (?:it|this) out|close out (?:your|the|this) (?:file|opportunity)|close (?:your|the|this) (?:file|opportunity)(?: out)?|stop (?:reaching out|following up))\b|\b(?:would|will|could) you\s+(?:ever\s+|still\s+|also\s+)?(?:consider|be open to|entertain|be interested in)\b(?![^.?!]{0,40}\b(?:call|chat|meeting|meet|conversation|demo|zoom|sync|catch-?up|coffee|minutes|mins|trial|pilot|sample|copy|discount|seeing|learning more|a look|references?|case stud(?:y|ies)|(?:customer|success) stor(?:y|ies)|testimonial|logo|review|intro\w*|referr\w*|sign\w*|commit\w*|multi-year|(?:two|three|\d)-year|bring\w*|loop\w*|invit\w*|includ\w*|join\w*|attend\w*|cc'?\w*|(?:success|exit|acceptance) (?:criteria|metrics|measures)|annual (?:plan|contract|billing|prepay\w*|term)|upfront|up front|prepay\w*|(?:purchase )?order|PO|contract|agreement|renew\w*|consolidat\w*)\b)|\bis (?:this|it|that)\s+(?:still\s+)?(?:a priority|something (?:you|your [\w-]+|\{\{[^}]+\}\})|on your radar|relevant|worth (?:exploring|a conversation|discussing|pursuing))\b|\bhas (?:anything|something) changed\b`),
      rationale: 'An interest check tells you where you stand; it asks for information, not a commitment.',
      examples: {
        flag: [
          '[Are you still interested] in moving forward with the platform?',
          'Quick question: [is this still something] {{COMPANY_NAME}} is actively considering?',
          '[Would you consider] a phased rollout instead?',
          'Or [has something changed] internally?',

        ],
        pass: [
          'Would you be open to a quick call next week?',
          'We are still interested in your feedback on the beta.',
          "Would you be open to bringing your CFO into the review?",
        ],
      },
    },
    {
      id: 'status-check',
      kind: 'get',
      level: 'information',
      negation: 'before',
      cues: ['where', 'stand', 'read', 'take', 'status', 'verdict', 'thinking', 'sense', 'reaction', 'temperature', 'feedback', 'time', 'go', 'think', 'holding', 'stopping', 'way', 'blocking', 'pause', 'concern', 'hesitation', 'hesitant', 'reservation', 'objection', 'hold', 'holdup', 'chance', 'update', 'news', 'progress', 'movement', 'word'],
      pattern: lean(String.raw`\bwhere (?:do|does|are|is|did|have|has|had)\b[^.?!;]{0,40}?\b(?:stand|standing|land|landed|sit|sitting|netted out|in (?:the|your) (?:process|evaluation|decision|review))\b|\bwhere (?:are|is) (?:you|we|things|your [\w-]+|it|this) at\b|\bwhere(?<!\b(?:call|chat|meeting|conversation)\b[^.?!;]{0,40})(?:(?<=\b(?:see|(?<!\b(?:I|we|you|they)\s+(?:already\s+|do\s+)?)know|check|checking|checking in on|curious|wondering|asking|hear|gauge|sense of|me know|us know|tell me)\s+where)|(?=[^.!?]*\?)) (?:things|we|you|it|this|the [\w-]+(?: [\w-]+)?)(?:'s|'re| is| are)? (?:stand|stands|standing|landed|sit|sits|sitting|are at|is at)\b|\bwhat(?:'s| is| was)\s+(?:the|your)\s+(?:honest\s+|current\s+|latest\s+|gut\s+|team's\s+|initial\s+)?(?:read|take|status|verdict|thinking|sense|reaction|temperature|outlook|feeling)\b|\bhow did (?:the|your|you|that|this|it)\b[^.?!;]{0,40}?\bgo\b(?=\s*\?)|\bwhat did (?:you|your [\w-]+|the team|they) (?:think|make) of\b|\b(?:is there|are there|was there|anything|something|what(?:'s| is)|do you have any)\b(?![^.?!]*\bquestions\b)[^.?!;]{0,30}?\b(?:holding (?:you|your [\w-]+|things|it|this) back|stopping (?:you|your [\w-]+)|in the way|blocking (?:you|this|it|the)|standing in the way|giving you pause|concerns?|hesitat\w*|reservations?|objections?|hold-?ups?|sticking points?)\b${Q}|\b(?:have|has|had|did)\s+(?:you|your [\w-]+|the (?:team|group|committee|board)|they|\{\{[^}]+\}\})\s+(?:had|get|got|have)\s+(?:a |the )?chance to\b(?:\s+[\w'-]+){0,4}(?=[^.!?]*\?)|\bis there a (?:better|good|right) time to (?:check back|follow up|reach out|circle back|reconnect|touch base)\b|\bany (?:updates?|news|progress|movement|word|feedback) (?:on|from|about|regarding)\b(?:\s+[\w'-]+){0,4}(?=[^.!?]*\?)`),
      rationale: 'Asking where the deal stands surfaces stalls and objections; it is information.',
      examples: {
        flag: [
          '[Where does the internal conversation stand]?',
          "[What's the honest read]?",
          'Or [is there something holding you back]?',
          '[Did you get a chance to review the proposal]?',
          '[How did the board meeting go]?',
          'Just checking in to see [where things stand] with the proposal.',
          '[Did the team have a chance to review the revised numbers]?',
          'I know you mentioned reviewing it with your VP — [how did that conversation go]?',
          "[Where has the budget conversation landed]?",
          "Would be good to know [where it's sitting] with the steering group.",
          'Just checking [where things are sitting] after the board review.',
        ],
        pass: [
          'Any questions or concerns?',
          'I understand where you stand on pricing.',
          "I know where it's sitting in the queue.",

        ],
      },
    },
    {
      id: 'tell-me-ask',
      kind: 'get',
      level: 'information',
      negation: 'before',
      cues: ['tell', 'know', 'fill', 'understand', 'walk', 'share', 'sense', 'hear', 'learn', 'curious', 'keen', 'glad', 'grateful'],
      pattern: lean(String.raw`\b(?<!\b(?:that|this|it|which|these|those|the answer|the answers|the numbers)(?:'ll| will| would|'d| should| can| could| might| may)?\s+(?:also\s+|help\s+|then\s+|quickly\s+)?)(?<!\b(?:she|he|they|who|everyone|our\s+[\w-]+|[\w-]+\s+team)(?:'s| is| are|'re| was| were| will be| would be)\s+(?:also\s+|really\s+|very\s+|always\s+|particularly\s+)?)(?:tell me|let me know|let us know|fill me in(?: on)?|help me understand|walk me through|share with me|give me a sense of|I'?d love to (?:know|hear|understand|learn)|I'?m curious|curious to (?:know|hear|learn|understand)|keen to (?:know|hear|understand|learn)|I'?d be curious to (?:know|hear)|(?:I|we) (?:should|would|'d) be (?:glad|grateful|pleased|happy|keen) to (?:know|hear|learn|understand))\s+(?:(?:a bit|a little|more)\s+)?(?:about\s+)?(?!when (?:you've|you have|it's|it has been) (?:signed|countersigned|executed)|what you think|what else (?:you|your [\w-]+) (?:need|want|would like)|how (?:I|we) can|what (?:I|we) can|when (?:works|suits|is (?:good|convenient|best))|(?:what|which|when)(?: (?:time|day|date|slot|option|one)s?)? (?:works?|suits?|is best|would work|is convenient|fits)|when you(?:'re| are)? (?:free|available|ready)|whether you have (?:any )?questions|how (?:it|that) (?:sounds|looks))(?:what|which|who|when|where|how|whether|why)\b(?:\s+(?!and\b|or\b|but\b|so\b|then\b)[\w'-]+){0,6}|\b(?:tell me|share)\s+(?:a bit |a little )?more about (?:your|the|how|what)\b(?:\s+[\w'-]+){0,4}`),
      rationale: 'Asking the buyer to tell you what matters is useful discovery, but it is information only.',
      examples: {
        flag: [
          'If so, [tell me what would have been more relevant] and I will rebuild it.',
          'If it is not right for you, [let us know what you were looking for] and we might suggest alternatives.',
          "[I'd love to understand how your team handles approvals today].",

        ],
        pass: [
          'Let me know if you have any questions.',
          'Let me know what you think.',
          'Let me know what time works for you.',
          "That would tell me whether the standard plan is enough.",
          "Our CEO is keen to hear how teams like yours use it.",
        ],
      },
    },
    {
      id: 'seller-inputs',
      kind: 'get',
      level: 'information',
      negation: 'before',
      cues: ['send', 'share', 'provide', 'forward', 'fill', 'complete', 'upload', 'email', 'attach', 'reply', 'give', 'drop', 'list', 'confirm', 'sending', 'sharing', 'providing', 'forwarding', 'filling', 'completing', 'uploading', 'need', 'tag', 'label', 'mark', 'format', 'flag'],
      pattern: lean(String.raw`(?:^\W*|\b(?:please|kindly|could you|can you|would you(?: mind)?|if you (?:can|could)|just|simply)\s+)(?:(?:quickly|also|just|kindly)\s+)?(?:send|share|provide|forward|fill (?:out|in)|complete|upload|email|attach|reply with|give me|drop me|list|confirm|sending|sharing|providing|forwarding|filling (?:out|in)|completing|uploading)(?<!\bconfirm(?=[^.?!;]{0,40}\bby\s+(?:(?:mon|tues|wednes|thurs|fri)day|the\s+\d|\d|end of|EOD|tomorrow)))\s+(?:(?:me|us|over|along|back)\s+)*(?:with\s+)?(?:(?:the|your|this|a|an|some|any|those|that|a few|our)\s+)?(?!(?:[\w-]+\s+){0,3}?(?:signed|countersigned|executed|PO\b|purchase order|order form|contract|agreement|payment|deposit|check|referral|client profile|selected option|chosen option))(?:[\w'-]+\s+){0,3}?${INPUTS}\b|\b(?:I|we)(?:'d| would|'ll| will)?\s+(?:also\s+|just\s+|first\s+)?need\s+(?:the|your|a|an|some)\s+(?!(?:[\w-]+\s+){0,3}?(?:signed|countersigned|executed|PO\b|purchase order|order form|contract|agreement|payment|deposit|check|referral|client profile|selected option|chosen option))(?:[\w'-]+\s+){0,3}?${INPUTS}\b|\bconfirm (?:whether|if|which)\b(?![^.?!;]{0,40}\b(?:proceed|move forward|go ahead|sign)\w*)|\b(?:tag|label|mark|name|format|flag)\s+(?:your|the|each|all)\s+(?:[\w-]+\s+){0,4}?[\w-]+\s+so (?:that )?(?:we|I) can\b`),
      rationale: 'Inputs you need to do your own work are information, even when the buyer must act to provide them.',
      examples: {
        flag: [
          '[Please fill out this short form]:',
          '[Send me the package dimensions] and I will get a freight quote.',
          '[Could you share the current volumes] by region?',
          'Just [tag your orders with the code so we can] track the rebate.',
        ],
        pass: [
          "I'll send you the details tomorrow.",
          'Please send the signed order form by Friday.',
          'Please find attached the updated proposal.',
        ],
      },
    },
    {
      id: 'open-question',
      kind: 'get',
      level: 'information',
      fallback: true,
      negation: 'before',
      cues: ['?'],
      // The span is the question clause (captured inside the lookbehind); the
      // match itself is only the question mark, so the catch-all never claims
      // the words a specific rule would. The lookbehind is matched right to
      // left: the clause runs back to its start in one greedy step, and the
      // cheap clause-start check comes before the costly ones. The leading
      // (?=\?) keeps the lookbehind from running at every position.
      pattern: lean(String.raw`(?=\?)(?<=(?<hit>${NOT_AN_ASK}(?=${ADDRESSED})(?=\S)(?<=(?:^|[?!:;—–]|(?:^|\s)[-*•])\s*)[^?!:;—–]*))\?`),
      rationale: 'A question to the buyer gathers information; make sure it leads to an access or commitment ask.',
      examples: {
        flag: [
          '[How did your team find the sandbox]?',
          'Thanks again — [which of the two options is closer to what your team had in mind]?',
          '[Did your team get a copy of the draft from legal]?',
          'One question before I book the freight: [can your loading dock take a 13.6m trailer, or do we need two trucks]?',
          '[When is the board meeting, out of interest]?',
          '{{first_name}}, quick one. [When a rep leaves, how long does it take before their open deals are reassigned]?',
          "[Out of interest, how are the night-shift leads finding the new rota]?",
          "- [Is the current WMS contract up for renewal this year]?",
          "[Roughly how many approvers sit in each region]?",
        ],
        pass: [
          'Does that make sense?',
          'Do you have any questions?',
          'Want me to send over the deck?',
          'How are you?',
          'Did you know that 40% of your reps’ time goes to admin?',
          "Would a longer trial help you decide?",
        ],
      },
    },
  ],
};
