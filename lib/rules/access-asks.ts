import type { RuleSet } from './types.ts';

/** {DATE} plus "Tuesday", which the shared macro misses (it spells the day "Tue" + "day"). */
const WHEN = String.raw`(?:Tues?day|{DATE})`;

/*
 * Shared fragments, spelled once for the rules below.
 */

/** The buyer's people who decide, approve or gate a purchase (after "your"). */
const ROLE = String.raw`(?:economic buyer|decision[- ]makers?|budget (?:holder|owner)|CFO|CEO|COO|CTO|CIO|CISO|CRO|CMO|CPO|general counsel|GC|S?VP(?: of [\w-]+)?|EVP|vice president(?: of [\w-]+)?|head of [\w-]+|director(?: of [\w-]+)?|boss|manager|leadership(?: team)?|exec(?:utive)?s?(?: team| sponsor)?|sponsor|stakeholders?|board|founders?|owner|partners?|controller|finance(?: team| lead| director)?|IT(?: team| lead| director| department)?|security(?: team| lead)?|InfoSec(?: team)?|procurement(?: team| lead)?|purchasing(?: team)?|legal(?: team| counsel)?|counsel|ops team|operations (?:team|lead)|team lead|colleagues?|counterparts?|[\w-]+ team)`;

/** Roles that are the buyer's even after "the". */
const THE_ROLE = String.raw`(?:economic buyer|decision[- ]makers?|budget (?:holder|owner)|person (?:who|responsible for) (?:signs?|approves?|owns?) [\w-]+)`;

/** A template placeholder for a person: {{EB_NAME}}, {{CFO_NAME}}, {{STAKEHOLDER}}. */
const PERSON_SLOT = String.raw`\{\{[A-Z_]*(?:NAME|EB|STAKEHOLDER|CFO|CEO|VP|TITLE|BUYER|CHAMPION|CONTACT)[A-Z_]*\}\}`;

/** A meeting of some kind. */
const MEETING = String.raw`(?:call|calls|meeting|meetings|chat|conversation|demo|review|session|walk-?through|presentation|workshop|discussion|sync|catch-?up|follow-?up|check-?in|coffee|zoom|teams call|intro call|discovery call|meet|room|\{\{[A-Z0-9_]*(?:MEETING|CALL|SESSION)[A-Z0-9_]*\}\})`;

/** A day or time the seller proposes: "Monday 2pm", "{{DATE}}", "10:30 ET", "next Tuesday". */
const SLOT = String.raw`(?:(?:next |this )?${WHEN}(?:\s+(?:morning|afternoon|evening|at\s+\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)?|\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)))?|\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?:\s+(?:on\s+)?${WHEN})?|noon|\{\{[A-Z0-9_]*(?:DATE|TIME|SLOT|DAY|OPTION)[A-Z0-9_]*\}\})(?:\s+(?:ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|GMT|UTC|CET|CEST|BST|IST|AEST|your time))?`;

export const accessAsks: RuleSet = {
  id: 'access-asks',
  title: 'Access asks',
  description:
    'Asks for people and meetings: a call or meeting, a proposed time, the economic buyer or other stakeholders in the room, an introduction to IT, security, procurement or legal.',
  rules: [
    {
      id: 'meeting-request',
      kind: 'get',
      level: 'access',
      cues: ['call', 'meeting', 'meet', 'chat', 'talk', 'speak', 'connect', 'sync', 'time', 'minute', 'min', 'mins', 'available', 'free', 'around', 'worth', 'follow', 'check', 'slot', 'conversation', 'demo', 'session', 'coffee', 'zoom', 'catch', 'schedule', 'book', 'calendar', 'hop', 'jump'],
      pattern: String.raw`(?<!\b(?:what|who|whom|how|why|where|which|when)\s+)\b(?:can|could|shall|should|may) (?:we|I)\s+(?:(?:get|grab|schedule|set up|book|find|put|lock in|steal|have|borrow|pencil in|squeeze in|arrange|organi[sz]e|do|hold|jump on|hop on)\s+(?:(?:some|a|an|the|our|your|us|you|in|on|\d+|another|a few|a quick|a short|a brief|next)\s+){0,3}(?:(?:quick|short|brief|follow-up|\d+[- ]?min(?:ute)?s?|fifteen|twenty|thirty|half-hour)\s+)?(?:${MEETING}|time|minutes|mins|slot)(?!\w)|(?:meet|talk|chat|connect|speak|sync|catch up|hop on a call|jump on a call|get together)\b)(?:\s+(?:on\s+|next\s+|this\s+)?(?:${WHEN}|the calendar|your calendar))?|^\W*(?:(?:are you|you)\s+)?(?:open|up|free|available|around) (?:to|for)\s+(?:an?\s+)?(?:(?:quick|brief|short|\d+[- ]?min(?:ute)?s?)\s+)?(?:call|chat|meeting|conversation|sync|catch-?up|coffee|zoom|intro call|discovery call)(?!\w)(?:\s+(?:on\s+|next\s+|this\s+)?${WHEN})?|\b(?:can|could|would|will) you(?: be able to| (?:also )?be free to| (?:also )?be available to)?\s+(?:join|attend|make|hop on|jump on)\s+(?:us\s+(?:for|on)\s+)?(?:a|an|the|our|this|that|next|[\w-]+'s)\s+(?:[\w-]+\s+){0,2}?${MEETING}(?!\w)(?:[^.?!;]{0,60}?\b(?:on|at|this|next)\s+(?:${SLOT}))?|\b(?:would|do) you (?:like|want) to (?:schedule|set up|book|grab|find time for|hop on|jump on|have|get)\s+(?:(?:a|an|some|\d+|a few|a quick|a short|a brief)\s+)?(?:(?:quick|short|brief|follow-up|\d+[- ]?min(?:ute)?s?)\s+)?(?:${MEETING}|time|minutes|mins)(?!\w)(?:\s+(?:on\s+|next\s+|this\s+)?${WHEN})?|\b(?:let me know|send (?:me|over)|share)\s+(?:your|a few|some)\s+(?:availability|available times|times that work)\b(?:\s+for\s+(?:an?\s+)?(?:quick\s+)?${MEETING}(?!\w))?(?:\s+(?:on\s+|next\s+|this\s+)?${WHEN})?|\b(?:are|would) you (?:be )?(?:available|free|around|open|up) (?:for|to)\s+(?:an?\s+)?(?:(?:quick|brief|short|\d+[- ]?min(?:ute)?s?|15-minute|30-minute|fifteen-minute)\s+)?(?:${MEETING}|talk|connect|hop on|jump on|chat)(?!\w)(?:\s+(?:on\s+|next\s+|this\s+)?${WHEN})?|\bare you (?:both |all )?(?:available|free|around)\b(?!\s+to\s+(?:answer|help|share|send|review|look))(?:\s+(?:for\s+)?(?:an?\s+)?(?:quick\s+|brief\s+|short\s+)?(?:${MEETING}|time)(?!\w))?(?:\s+(?:on\s+|at\s+|next\s+|this\s+)?(?:${SLOT}|\{\{[^}]+\}\}))?|\b(?:would you be|are you) (?:interested in|up for|open to|game for)\s+(?:an?\s+)?(?:(?:quick|brief|short|\d+[- ]?min(?:ute)?s?|15-minute|30-minute|fifteen-minute)\s+)?(?:call|chat|meeting|conversation|sync|catch-?up|follow-?up|check-?in|coffee|zoom|intro call|discovery call|meet)\b(?:\s+(?:on\s+|next\s+|this\s+)?${WHEN})?|\b(?:do|would|will) you have\s+(?:(?:a few|a couple of|\d+|fifteen|twenty|thirty|ten|some|any|a)\s+)?(?:min(?:ute)?s?|time|moments?)\b(?!\s+to\s+(?:review|read|look|check|think|consider|answer|go through|reply))(?:\s+(?:(?:for|to)\s+(?:an?\s+)?(?:quick\s+)?(?:${MEETING}|talk|connect|chat|meet))|\s+(?:on\s+|next\s+|this\s+)?${WHEN})*|(?<!\b(?:takes?|took|in|under|within|saves?|saving|every|per|about|around|only takes|just takes)\s+)\b(?:worth\s+(?:a\s+)?)?(?:\d{1,2}|fifteen|twenty|thirty|ten|a few|a couple of)[- ]?(?:min(?:ute)?s?)\b(?:\s+(?:on\s+|next\s+|this\s+)?${WHEN})?(?=[^.!?]{0,30}\?)|\b(?:would|could|can|do you have|have you got|got)\s+(?:just\s+)?(?:\d{1,2}|fifteen|twenty|thirty|ten|a few|a couple of)[- ]?(?:min(?:ute)?s?)\b(?:\s+(?:on\s+|next\s+|this\s+)?${WHEN})?|\bworth (?:a |an )?(?:quick |brief |short )?(?:call|chat|conversation|meeting)\b|\bis there (?:a|any) (?:good |convenient |better )?(?:time|day|slot)s?\b(?:[^.?!;]{0,40}\b(?:call|chat|meet|meeting|talk|connect|catch up|sync|demo)\b)?(?=[^.!?]*\?)|\b(?:let's|why don't we|how about we)\s+(?:(?:set up|schedule|book|find|grab|get|put|lock in|plan|arrange)\s+(?:(?:some|a|an|the|\d+|a few|a quick|a short|a brief)\s+){0,2}(?:(?:quick|short|brief|follow-up|\d+[- ]?min(?:ute)?s?)\s+)?(?:${MEETING}|time|minutes|mins)(?!\w)|(?:hop|jump) on a (?:quick )?call|connect|chat|talk|meet|sync|catch up|reconvene|regroup)\b|\bI(?:'d| would)\s+(?:love|like|welcome|appreciate|value)\s+(?:to\s+(?:get|grab|schedule|set up|book|find|have|propose|request|arrange|suggest)\s+)?(?:the (?:chance|opportunity) to\s+(?:meet|talk|speak|connect|chat)|(?:an?|some|\d+|fifteen|twenty|thirty|ten)\s+(?:[\w-]+\s+){0,2}?(?:call|meeting|chat|conversation|minutes|mins|time|session)\b|to (?:meet|talk|speak|connect|chat|sit down)\b)|\b(?:can|could|would) you\s+(?:(?:be able|have time) to\s+)?(?:(?:hop|jump|get) on\s+(?:a\s+)?(?:quick\s+)?(?:call|zoom|meeting|phone)|meet|chat|talk|connect|sync)\b(?:\s+(?:on\s+|next\s+|this\s+)?${WHEN})?|\bwhen (?:would|will|is|are|could|might|'s)\s+(?:be\s+)?(?:a\s+)?(?:good|convenient|the best|a better|best)\s+(?:time|day)\s+(?:for|to)\s+(?:an?\s+)?(?:quick\s+|short\s+)?(?:${MEETING}|meet|talk|speak|connect|catch up|chat)(?!\w)|\bwhen (?:can|could|do|would|shall) (?:we|you) (?:meet|talk|chat|connect|speak|get together|hop on a call|jump on a call)\b`,
      rationale: 'A meeting request asks for the buyer\'s time, the first step toward the people who decide.',
      examples: {
        flag: [
          '[Worth 15 mins] to explore?',
          '[Are you available for a quick call next week]?',
          "[Can we schedule {{NEXT_MEETING}}] to walk through the rollout?",
          '[Would you be open to a quick call next week]?',
          "[Let's set up a call] to go through the numbers.",
          '[Do you have 20 minutes this week]?',
          '[Could we grab some time on the calendar] Tuesday?',
          '[Open to a quick chat]?',
          'I will keep this short: [would 15 minutes this week] be worth it to see if we can help?',
          'Please [let me know your availability for a call next week].',
          '[Is there a time this week that works for a quick call]?',
          '[Would you be able to join a call with our solutions engineer and your IT lead on Friday]?',
        ],
        pass: [
          'Happy to jump on a quick call if useful.',
          'It only takes 2 minutes to set up.',
          'Our onboarding call covers the basics.',
          'Do you have time to review the proposal?',
          "If you're open to a 15-minute executive demo, I'll show you the workflow.",
          'What should I speak about at the event?',
        ],
      },
    },
    {
      id: 'proposed-time',
      kind: 'get',
      level: 'access',
      cues: ['work', 'works', 'suit', 'okay', 'ok', 'good', 'convenient', 'about', 'meet', 'talk', 'speak', 'connect', 'chat', 'sync', 'either', 'any', '?'],
      pattern: String.raw`\b(?:would|does|do|will|could|can|might|is)\s+(?:${SLOT})(?:\s*(?:,|or|and|\/)\s*(?:${SLOT}))*\s+(?:still\s+)?(?:work|suit|be (?:ok|okay|good|convenient|possible|better|easier))\b(?:\s+for (?:you|your team|everyone))?|\b(?:how|what) about\s+(?:${SLOT})(?:\s*(?:,|or)\s*(?:${SLOT}))*|\b(?:do|does|would|will)\s+(?:either|any|one) of (?:those|these|the following) (?:times|slots|days|dates|options)\s+(?:work|suit)\b(?:\s+for (?:you|your team))?|(?<![\w'])(?:${SLOT})(?:\s*(?:,|or|\/)\s*(?:${SLOT}))+(?:\s+(?:this|next) week)?(?=\s*(?:\?|[—–-]+\s*(?:does|do|would|will|which|what|either|any)\b))|\b(?:does|do|would|will) (?:either|any|one)(?: one| of them| of those| of these| option| time| day| slot)? work\b(?:\s+for (?:you|your team))?|\blet's\s+(?:meet|talk|speak|connect|chat|sync|reconnect|regroup|reconvene|catch up|plan on|pencil in|lock in|book|hold)\s+(?:[\w-]+\s+){0,3}?(?:on\s+|at\s+|for\s+)?(?:${SLOT})`,
      rationale: 'Proposing a specific time turns a vague "let\'s talk" into a meeting on the calendar.',
      examples: {
        flag: [
          '[Would {{DATE}} work]?',
          '[Does Monday 2pm work for you]?',
          '[How about Thursday at 10am ET]?',
          '[Do either of these times work] for a 20-minute review?',
          "[Let's meet Tuesday at 3pm] to finalise the rollout plan.",
          '[Does {{DAY_1}} or {{DAY_2}} work] this week?',
          '[Thursday or Friday this week] — does either work?',
        ],
        pass: [
          'Does that work for you?',
          'Whatever time works for you is fine with me.',
          'Monday works on my end.',
        ],
      },
    },
    {
      id: 'calendar-invite',
      kind: 'get',
      level: 'access',
      cues: ['invite', 'invitation', 'hold', 'placeholder', 'calendar', 'booked', 'book', 'scheduled', 'schedule', 'pencil', 'penciled', 'pencilled', 'blocked'],
      pattern: String.raw`\b(?:I|we)(?:'ll| will|'ve| have| just| went ahead and| am going to|'m going to|'m)?\s+(?:just\s+|go ahead and\s+|now\s+)?(?:send(?:ing)?|sent|put|putting|drop(?:ped)?|book(?:ed|ing)?|pencil(?:led|ed)? in|schedul(?:e|ed|ing)|set up|block(?:ed)?|hold|held)\s+(?:you\s+|over\s+|out\s+|us\s+)?(?:(?:a|an|the|some)\s+)?(?:(?:calendar|cal|meeting|zoom|teams|tentative)\s+)?(?:invite|invitation|hold|placeholder|time|call|meeting)\b[^.?!;]{0,60}?\b(?:on|for|at)\s+(?:${SLOT})`,
      rationale: 'An invite for a fixed date secures the next meeting instead of leaving it open.',
      examples: {
        flag: [
          "[I'll send a calendar invite for {{NEXT_MEETING_TYPE}} on {{PROPOSED_DATE}}].",
          "[I've sent over a placeholder for Thursday at 2pm] so we keep the slot.",
          "[I'll put time on your calendar for Monday morning] with your ops lead.",
        ],
        pass: [
          "I'll send a calendar link so you can pick any time that suits you.",
          'I sent the invoice on Friday.',
        ],
      },
    },
    {
      id: 'stakeholder-attends',
      kind: 'get',
      level: 'access',
      cues: ['join', 'joining', 'attend', 'sit', 'dial', 'hop', 'jump', 'participate', 'included', 'involved', 'present', 'there', 'bring', 'include', 'invite', 'loop', 'involve', 'cc', 'pull', 'get', 'add', 'with', 'room', 'cfo', 'ceo', 'cto', 'cio', 'vp', 'procurement', 'legal', 'security', 'finance', 'boss', 'manager', 'director', 'head', 'team', 'stakeholder', 'buyer', 'leadership', 'executive', 'exec', 'board', 'founder', 'owner'],
      pattern: String.raw`(?:\byour\s+${ROLE}|\bthe\s+${THE_ROLE}|${PERSON_SLOT}|\b(?:someone|anyone|somebody) from (?:your|the) [\w-]+(?: team)?)(?:\s*(?:,|and|&|or)\s*(?:your\s+)?(?:${ROLE}|${PERSON_SLOT}))*\s+(?:(?:could|can|would|will|to|should|might|may)\s+)?(?:also\s+|be able to\s+)?(?:join|attend|sit in|be (?:on|in|at|there|included|present|part of)|come (?:along|to)|dial in|hop on|jump on|participate)\b(?:\s+(?:us\s+)?(?:(?:on|for|in|at)\s+)?(?:(?:the|our|this|that|a|next|[\w-]+'s|\{\{[^}]+\}\})\s+)?(?:[\w-]+\s+)?${MEETING}(?!\w))?(?:\s+(?:on\s+|next\s+|this\s+)?${WHEN})?|\b(?:can|could|would|will)\s+(?!you\b|we\b|I\b|it\b|this\b|that\b|they\b)[\w'-]+(?:\s+(?:and|&)\s+[\w'-]+)?\s+(?:also\s+)?(?:join|attend|sit in)\b(?:\s+(?:us\s+)?(?:(?:on|for|in|at)\s+)?(?:(?:the|our|this|that|a|next|[\w-]+'s)\s+)?(?:[\w-]+\s+)?${MEETING}(?!\w))?(?:\s+(?:on\s+|next\s+|this\s+)?${WHEN})?|\bfor\s+(?!you\b|me\b|us\b|them\b)[\w'-]+(?:\s+[\w'-]+)?\s+to\s+(?:join|attend|sit in|be on)\b(?:\s+(?:the|our|this|that|next|[\w-]+'s)\s+(?:[\w-]+\s+)?${MEETING}(?!\w))?|(?<!\b(?:happy|glad|welcome|free|more than happy)\s+to\s+|\b(?:I|we)(?:'ll| will| can| could| am happy to| are happy to)\s+)\b(?:bring|include|invite|loop|involve|add|cc|pull|get)\s+(?:in\s+)?(?:you\s+and\s+)?(?:your\s+${ROLE}|the\s+${THE_ROLE}|(?:procurement|legal|security|finance|InfoSec)\b(?:\s+team)?|${PERSON_SLOT})(?:\s+(?:in\s+)?(?:on|in|into|to|for)\s+(?:(?:the|our|this|that|a|next|[\w-]+'s|\{\{[^}]+\}\})\s+)?(?:[\w-]+\s+)?(?:${MEETING}|loop|thread)(?!\w))?|\bwith\s+(?:your\s+${ROLE}|${PERSON_SLOT})\s+(?:included|involved|present|joining|in the room|on the (?:call|line))|\b(?:(?:can|could|shall|should|would) (?:we|I)|let's|I'?d (?:like|love|welcome|appreciate)|is it possible|would it be possible|any chance)\b[^.?!;]{0,40}?\b(?:with|to|in front of)\s+(?:your\s+${ROLE}|the\s+${THE_ROLE})`,
      rationale: 'Getting the economic buyer or other stakeholders into the meeting is access to the people who decide.',
      examples: {
        flag: [
          "The next step is [for your CFO to join Thursday's review].",
          "The one thing I'd ask: can we schedule the review [with {{EB_NAME}} included]?",
          '[Can Priya and Tom join the demo on Thursday]?',
          "It would help to [bring in your security team] before we scope the pilot.",
          "[Could we get 30 minutes with your VP of Sales] next week?",
          'Would love to [get you and your CTO on a call] next week.',
        ],
        pass: [
          "I'll bring our CTO to the call so you can ask the hard questions.",
          'You can join the webinar from the link below.',
          'Thanks for bringing your team into the session today.',
          'Happy to include your IT team on the next call if helpful.',
        ],
      },
    },
    {
      id: 'stakeholder-intro',
      kind: 'get',
      level: 'access',
      cues: ['introduce', 'intro', 'introduction', 'connect', 'touch', 'point', 'person', 'loop', 'who', 'whoever'],
      pattern: String.raw`\b(?:introduc(?:e|ing)|intro|connect(?:ing)?|put(?:ting)?|point(?:ing)?|refer(?:ring)?|loop(?:ing)?)\s+(?:me|us)\s+(?:in\s+touch\s+)?(?:to|with|in with|toward|towards)\s+(?:your\s+${ROLE}|the\s+(?:${THE_ROLE}|right (?:person|people|contact)|best (?:person|contact)|person (?:who|responsible)[\w\s-]{0,30}|(?:procurement|legal|security|finance|IT|InfoSec)(?: team)?)|(?:procurement|legal|security|finance|InfoSec)\b(?:\s+team)?|someone (?:on|in|from) (?:your|the) [\w-]+(?: team)?|whoever\b[\w\s-]{0,30}|${PERSON_SLOT})|\ban?\s+(?:quick\s+|warm\s+)?intro(?:duction)?\s+to\s+(?:your\s+${ROLE}|the\s+(?:${THE_ROLE}|right person|person who[\w\s-]{0,30})|someone (?:on|in|from) (?:your|the) [\w-]+(?: team)?)|\bwho(?:m)? (?:should|could|can|would|do) (?:I|we) (?:speak|talk|reach out|connect|meet|work) (?:with|to)\b|\bwho(?:\s+is|'s|\s+would be|\s+might be) the (?:right|best) (?:person|people|contact) (?:to|for)\s+(?:talk|speak|loop in|contact|connect|reach out|work with|bring in)\w*(?:\s+(?:to|with)\b)?`,
      rationale: 'An introduction to IT, security, procurement or the budget holder opens the doors the deal must pass through.',
      examples: {
        flag: [
          'Could you [introduce me to your procurement team] so we can start the vendor setup?',
          'Would you mind [connecting me with the right person] on the security side?',
          "Happy to keep you in the loop, but [who's the right person to talk to] about the SSO requirements?",
          'Would [an intro to your IT lead] be possible this week?',
          "If you're not the right person, [who should I speak with]?",
        ],
        pass: [
          'I can introduce you to our head of support.',
          'Let me connect you with our onboarding team.',
        ],
      },
    },
    {
      id: 'decision-maker-in-room',
      kind: 'get',
      level: 'access',
      cues: ['who', 'people', 'person', 'folks', 'stakeholders', 'room', 'table'],
      pattern: String.raw`\bwho (?:else )?(?:can|could|would|will|should|needs? to|has to|has the authority to|is able to|'d need to)\s*(?:(?:sign off|sign-off|approve|sign|make (?:the|that|this|a|the final) (?:call|decision)|authori[sz]e|green-?light|be (?:in the room|on the call|at the table|in the meeting|on the thread)|join|attend)\b|(?=\s*\?))|\b(?:get|have|bring)\s+(?:all\s+)?the right (?:people|person|folks|stakeholders|decision-makers)\s+(?:in(?:to)? the room|on the (?:call|line|thread)|at the table|together|involved)`,
      rationale: 'Asking who can approve, or who else belongs in the room, is the path to the decision maker.',
      examples: {
        flag: [
          '[Who can]? I\'d rather we get the right people in the room than have you negotiate something you can\'t commit to.',
          "I'd rather we [get the right people in the room] than guess.",
          '[Who else should be in the room] when we walk through the security answers?',
          'If the number is above your limit, [who can approve] it?',
        ],
        pass: [
          'Who else is involved in the evaluation?',
          'I know who can help with the migration.',
        ],
      },
    },
  ],
};
