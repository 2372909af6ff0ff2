import { MONTH, WEEKDAY, lean } from './commitment-asks.ts';
import type { RuleSet } from './types.ts';

/*
 * Shared fragments, spelled once for the rules below. As in
 * commitment-asks.ts, every alternative starts with a literal word, and the
 * big fragments (ROLE, MEETING, SLOT) appear as few times per pattern as
 * possible: a pattern's size is its compile time.
 */

/** The buyer's people who decide, approve, gate or take part in a purchase (after "your"): "CFO", "IT security lead", "VP of Sales". */
const ROLE = String.raw`(?:[\w-]+\s+){0,2}?(?:CFO|CEO|COO|CTO|CIO|CISO|CRO|CMO|CPO|GC|S?VP|EVP|vice president|general counsel|lead|head|manager|director|owner|sponsor|officer|counsel|controller|approver|signatory|champion|team|department|committee|board|leadership|colleagues?|counterparts?|stakeholders?|founders?|partners?|boss|execs?|executives?|decision[- ]makers?|buyer|holder|finance|IT|security|InfoSec|procurement|purchasing|legal|admin|administrator|architect|engineers?|developers?|analysts?|coordinator|planner)\b(?:\s+(?:team|lead|department|group|counsel|director|manager|head|owner|committee|admin|administrator)\b|\s+of\s+[\w-]+)?`;

/** Roles that decide or gate (no "team", no "colleague"): a meeting with one of them is an access ask. */
const DECIDER = String.raw`(?:[\w-]+\s+){0,2}?(?:CFO|CEO|COO|CTO|CIO|CISO|CRO|CMO|CPO|GC|S?VP|EVP|vice president|general counsel|lead|head|director|owner|sponsor|officer|counsel|controller|approver|signatory|boss|exec(?:utive)?|decision[- ]maker|buyer|holder|leadership|board|procurement|legal)\b(?:\s+(?:lead|director|manager|head|owner|counsel)\b|\s+of\s+[\w-]+)?`;

/** Roles that are the buyer's even after "the". */
const THE_ROLE = String.raw`(?:economic buyer|decision[- ]makers?|budget (?:holder|owner)|signatory|person (?:who|responsible for) (?:signs?|approves?|owns?) [\w-]+)`;

/** A template placeholder for a person: {{EB_NAME}}, {{CFO_NAME}}, {{STAKEHOLDER}}. */
const PERSON_SLOT = String.raw`(?:\{\{[A-Z_]*(?:NAME|EB|STAKEHOLDER|CFO|CEO|VP|TITLE|BUYER|CHAMPION|CONTACT)[A-Z_]*\}\}|\[[^\]]{0,30}(?:name|CFO|CEO|CTO|VP|buyer|decision[- ]maker|stakeholder|champion|sponsor|title|contact)[^\]]{0,20}\])`;

/** Words after "bring", "loop in", "cc" that are not a person: "bring the deck along", "copy in the invoice". */
const NOT_NAME = String.raw`(?:the|a|an|any|some|your|our|my|this|that|these|those|it|its|me|us|you|everything|anything|all|in|on|up|out|over|back|feedback|input|comments?|questions?|data|numbers|figures|details|notes|docs?|documents?|files?|reports?|budget|approval|sign-off|topics?|issues?|deck|slides|laptops?|contracts?|invoices?|copies|samples?|lunch|coffee)\b`;

/** A meeting of some kind. */
const MEETING = String.raw`(?:call|meeting|chat|conversation|demo|review|session|walk-?through|presentation|workshop|discussion|sync|catch-?up|follow-?up|check-?in|coffee|zoom|meet|kick-?off|\{\{[A-Z0-9_]*(?:MEETING|CALL|SESSION)[A-Z0-9_]*\}\})s?`;

/** A length of time asked for: "20 minutes", "15-min", "half an hour". */
const DUR = String.raw`(?:(?:\d{1,2}|ten|fifteen|twenty|thirty|forty-five|a few|a couple of)[- ]?min(?:ute)?s?|half an hour|half-hour|an hour)`;

/** What a meeting request asks for: "a quick call", "20 minutes", "some time", "a 15-minute chat", "{{NEXT_MEETING}}". */
const ASKED = String.raw`(?:(?:some|a|an|the|our|us|you|in|on|\d{1,2}|another|a few|a couple of|next|half an|one)\s+){0,3}(?:(?:quick|short|brief|follow-up|\d{1,2}[- ]?min(?:ute)?s?|(?:ten|fifteen|twenty|thirty|forty-five)[- ]min(?:ute)?s?|half-hour|\d[- ]hour)\s+|[\w-]+\s+(?=(?:call|meeting|chat|conversation|zoom|coffee)s?\b))?(?:${MEETING}|time|minutes|mins|slot|hour)(?!\w)`;

/** A clock time: "2pm", "10:30 am", "15:00", "noon". */
const TIME = String.raw`(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}\b|noon|midday|\{\{[A-Z0-9_]*TIME[A-Z0-9_]*\}\}|\[[^\]]{0,20}time[^\]]{0,10}\])`;

/**
 * A day or time the seller proposes: "Monday 2pm", "Tuesday 17th at 10:00",
 * "the morning of 14 April", "Thursday at 10 or 2", "10:30 ET", "{{DATE}}".
 */
const SLOT = String.raw`(?:(?:the\s+)?(?:morning|afternoon|week|first half|second half)\s+of\s+)?(?:(?:next|this|on|coming)\s+)?(?:${WEEKDAY}(?:,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b(?:\s+(?:of\s+)?${MONTH})?)?|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?${MONTH}|(?<=\d(?:st|nd|rd|th))\b)|${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|tomorrow|\{\{[A-Z0-9_]*(?:DATE|TIME|SLOT|DAY|OPTION)[A-Z0-9_]*\}\}|\[[^\]]{0,30}(?:date|day|slot)[^\]]{0,15}\]|\{[^{}]{0,30}(?:date|day|time)[^{}]{0,15}\}|${TIME}(?:\s+(?:on\s+)?(?:next\s+|this\s+)?${WEEKDAY})?)(?:\s+(?:(?:that|the same)\s+)?(?:morning|afternoon|evening)|\s+(?:that|the same)\s+day)?(?:,?\s+(?:at\s+|from\s+|around\s+)?(?:${TIME}|(?<=at\s)\d{1,2}\b)(?:\s+or\s+(?:${TIME}|\d{1,2}\b))?)?(?:\s+(?:ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|GMT|UTC|CET|CEST|BST|IST|AEST|Central|Eastern|Pacific|Mountain|your time|[\w-]+ time)\b)?`;

/** A seller's words that ask for a meeting (before ASKED): "can we get", "would you like to schedule", "I'd love". */
const MEETING_FRAME = String.raw`(?:(?:would|is|will) it (?:be )?(?:possible|feasible) (?:for (?:us|me) )?to (?:arrange|schedule|set up|book|get|have|organi[sz]e|find|grab|fix|put in)|(?:can|could|shall|should|may) (?:we|I)(?<!\b(?:what|who|whom|how|why|where|which|when)\s+\w+\s+\w+)\s+(?:get|grab|schedule|set up|book|find|put|lock in|steal|have|borrow|pencil in|squeeze in|arrange|organi[sz]e|do|hold|jump on|hop on)|(?:would|do) you (?:like|want) to (?:schedule|set up|book|grab|find time for|hop on|jump on|have|get)|(?:let's|why don't we|how about we)\s+(?:set up|schedule|book|find|grab|get|put|lock in|plan|arrange)|I(?:'d| would)\s+(?:love|like|welcome|appreciate|value)(?:\s+to\s+(?:get|grab|schedule|set up|book|find|have|propose|request|arrange|suggest))?|(?:suggest|propose|recommend)(?:\s+that)?\s+we\s+(?:set|set up|schedule|book|have|arrange|get)|(?:are|would) you (?:be )?(?:available|free|around|open|up) for|(?:would you be|are you) (?:interested in|up for|open to|game for)|(?:any chance|is there (?:any|a) chance|(?:do|would) you think|(?:I was |I'm |just )?wonder(?:ing)? (?:if|whether)|curious (?:if|whether))\s+you(?:'d| would|'re| are| might| could)?\s+(?:be\s+)?(?:up|open|free|available|around|game|keen|interested)\s+(?:to|for|in))`;

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
      cues: ['call', 'meeting', 'chat', 'conversation', 'demo', 'review', 'session', 'walkthrough', 'walk', 'presentation', 'workshop', 'discussion', 'sync', 'catch', 'follow', 'check', 'coffee', 'zoom', 'meet', 'kickoff', 'kick', 'next', 'time', 'minute', 'min', 'mins', 'hour', 'moment', 'slot'],
      pattern: lean([
        // "can we get 20 minutes…", "would you like to schedule a call…", "open to a quick chat?", "I'd value 25 minutes…"
        String.raw`(?:^\W*(?:(?:are you|you)\s+)?(?:open|up|free|available|around) (?:to|for)|\b${MEETING_FRAME})\s+${ASKED}`,
        // "can you join the call…", "could you and Leanne find half an hour…", "could you spare 20 minutes…"
        String.raw`\b(?:can|could|would|will|do)\s+you(?:\s+(?:and|&)\s+(?:your\s+)?[\w'-]+(?:\s+(?:of\s+)?[\w'-]+)?)?(?:\s+(?:be able to|be willing to|have time to|(?:also\s+)?be (?:free|available) to|also|still))?\s+(?:(?:join|attend|make|hop on|jump on|set up|arrange|schedule|organi[sz]e|book)\s+(?:us\s+(?:for|on)\s+)?(?:a|an|the|our|this|that|next|[\w-]+'s)\s+(?:[\w-]+\s+){0,2}?${MEETING}(?!\w)|(?:have|find|spare|carve out|set aside)\s+(?:(?:a few|a couple of|\d{1,2}|fifteen|twenty|thirty|ten|some|any|a|half an|an)\s+)?(?:min(?:ute)?s?|time|moments?|hour)\b(?!\s+to\s+(?:review|read|look|check|think|consider|answer|go through|reply|share|send|fill))|(?:set up|arrange|schedule|book|organi[sz]e|get|grab|line up|put|pencil in|lock in)\s+(?:(?:us|me)\s+)?(?:(?:some|a little|a bit of|a)\s+)?(?:time|${DUR}|slot)\s+(?:(?:in|on|into)\s+(?:the|her|his|their|your)\s+(?:calendar|diary)\s+)?(?:for\s+(?:us|me)\s+)?with\b)`,
        String.raw`\bis there (?:a|any) (?:good |convenient |better )?(?:time|day|slot)s?\b[^.?!;]{0,40}\b(?:call|chat|meet|meeting|talk|connect|catch up|sync|demo)\b(?=[^.!?]*\?)`,
        String.raw`\bwhen\s+(?:(?:would|will|is|are|could|might|'s)\s+(?:be\s+)?(?:a\s+)?(?:good|convenient|the best|a better|best)\s+(?:time|day)|works|would work|suits|is good|is best|'s good|'s best)(?:\s+best)?(?:\s+for\s+(?:you|your team))?\s+(?:for|to)\s+(?:an?\s+|the\s+)?(?:quick\s+|short\s+|[\w-]+\s+)?(?:${MEETING}|meet|talk|speak|connect|catch up|chat)(?!\w)`,
        String.raw`\b(?:on|in|over|during)\s+(?:a|the)\s+(?:quick\s+|short\s+)?(?:[\w-]+\s+)?(?:call|meeting|zoom|chat)\s+with\s+(?:you|your)\b(?<=\b(?:can|could|shall|should) we\b[^.?!;]{0,60})`,
      ].join('|')),
      rationale: 'A meeting request asks for the buyer\'s time, the first step toward the people who decide.',
      examples: {
        flag: [
          '[Are you available for a quick call] next week?',
          "[Can we schedule {{NEXT_MEETING}}] to walk through the rollout?",
          '[Would you be open to a quick call] next week?',
          "[Let's set up a call] to go through the numbers.",
          '[Could we grab some time] on the calendar Tuesday?',
          '[Open to a quick chat]?',
          '[Is there a time this week that works for a quick call]?',
          '[Would you be able to join a call] with our solutions engineer and your IT lead on Friday?',
          '[Could you spare 20 minutes] Thursday at 11 so I can hear what matters most?',
          '[Would you and your head of logistics have time] for a short call next Monday?',
          '[Could you and Leanne find half an hour] with me next week to go over it?',
          '[Could we put the kickoff] on the calendar for Tuesday 7 April at 9:30?',
          "[I'd value 25 minutes] with you and whoever runs maintenance.",
          "[Any chance you'd be free for a short call] on Wednesday?",
          "[Could you book half an hour with] your CFO before the review?",
          "[Just wondering if you'd be up for a quick chat] later this week.",
          '[Would it be possible to arrange a short call] with Ms Adeyemi before the end of the month?',
          '[Is it possible to set up a meeting] next week to go through the draft?',
        ],
        pass: [
          'Happy to jump on a quick call if useful.',
          'Our onboarding call covers the basics.',
          'Do you have time to review the proposal?',
          "If you're open to a 15-minute executive demo, I'll show you the workflow.",
          "Any chance you'd be able to send the logo files?",
          "Could you set up the integration with our API key?",
          'Would it be possible to get the signed copy back by Friday?',
        ],
      },
    },
    {
      id: 'meet-or-talk',
      kind: 'get',
      level: 'access',
      cues: ['meet', 'talk', 'chat', 'connect', 'speak', 'sync', 'catch', 'together', 'sit', 'reconvene', 'regroup', 'call', 'zoom', 'phone'],
      pattern: lean([
        // "could we meet…", "when can we talk…", "would you be available to jump on a call…"
        String.raw`\b(?:(?:can|could|shall|should|may) (?:we|I)(?<!\b(?:what|who|whom|how|why|where|which)\s+\w+\s+\w+)|when (?:can|could|do|would|shall) (?:we|you)|(?:can|could|would) you(?:\s+(?:be able|have time) to)?|(?:are|would) you (?:be )?(?:available|free|around|open|up) to|let's|why don't we|how about we|I(?:'d| would)\s+(?:love|like|welcome|appreciate|value) (?:the (?:chance|opportunity) )?to)\s+(?:meet|talk|chat|connect|speak|sync|catch up|get together|sit down|reconvene|regroup|(?:hop|jump|get) on\s+(?:a\s+)?(?:quick\s+)?(?:call|zoom|meeting|phone))\b`,
      ].join('|')),
      rationale: 'Asking to meet or talk is a request for the buyer\'s time: access, the first step toward the people who decide.',
      examples: {
        flag: [
          '[Could we meet] next week to go over the plan?',
          '[When can we talk] next week?',
          '[Would you be free to talk] on Thursday?',
          "[I'd love the chance to connect] before the board meeting.",
        ],
        pass: [
          'What should I speak about at the event?',
          'Happy to jump on a call if it helps.',
        ],
      },
    },
    {
      id: 'availability-ask',
      kind: 'get',
      level: 'access',
      cues: ['availability', 'available', 'free', 'around', 'time', 'slot', 'date', 'minute', 'min', 'mins', 'hour', 'worth', 'calendar', 'schedule', 'diary', 'week', 'sense', 'review', 'discuss', 'walk', 'through', 'grab', 'steal', 'borrow', 'snag'],
      pattern: lean([
        String.raw`\b(?:let me know|send (?:me|over)|share|suggest|propose)\s+(?:your|a few|some|a couple of|two or three|a)\s+(?:availability|available times|times?|slots?|dates?)\b(?!\s+(?:to|for) (?:review|read|reply|respond|think))`,
        String.raw`\blet (?:me|us) know (?:what|when|which (?:time|day|slot)s?)\s+(?:works|suits|would work)\b(?=[^.?!;]{0,30}\b(?:call|chat|meeting|demo|session|catch-?up|conversation|walkthrough)\b)`,
        String.raw`\bare you (?:both |all )?(?:available|free|around)\b(?!\s+to\s+(?:answer|help|share|send|review|look))`,
        // "Worth 15 mins?", "20 minutes this week?", "do you have 10 minutes"
        String.raw`\b(?:worth\s+(?:a\s+)?)?(?:\d{1,2}|fifteen|twenty|thirty|ten|a few|a couple of)[- ]?min(?:ute)?s?\b(?<!\b(?:takes?|took|in|under|within|saves?|saving|every|per|about|around|only takes|just takes)\s+(?:worth\s+(?:a\s+)?)?[\w-]+(?:[- ]\w+)?)(?=[^.!?]{0,30}\?)|\b(?:would|could|can|do you have|have you got|got)\s+(?:just\s+)?(?:\d{1,2}|fifteen|twenty|thirty|ten|a few|a couple of)[- ]?min(?:ute)?s?\b`,
        // "Worth 20 minutes next Tuesday to see whether it fits?", "Is it worth a quick 15 minutes?"
        String.raw`\bworth\s+(?:a\s+|an\s+)?(?:quick\s+|short\s+|brief\s+)?${DUR}\b(?!\s+(?:a|per|each|every)\s+(?:day|week|month|rep|user|person)\b|\s+(?:saved|back|of (?:admin|manual|work|time saved)))(?:(?<=^\W*worth\s+[^.?!]{1,30})|(?=[^.!?]*\?))`,
        // "would it be crazy to grab 20 minutes…", but not "feel free to grab time on my calendar"
        String.raw`\b(?:grab|steal|borrow|snag)(?<!\bfree to (?:grab|steal|borrow|snag))\s+(?:you\s+for\s+)?(?:(?:just|maybe)\s+)?${DUR}\b(?![^.?!]{0,30}\b(?:on|from|in) my (?:calendar|calendly|diary)\b)`,
        String.raw`\b(?:(?:would|is) it (?:be )?)?worth (?:a |an )?(?:quick |brief |short )?(?:${DUR}[- ]?)?(?:call|chat|conversation|meeting|setting up|scheduling|connecting)\b`,
        String.raw`\bwhat does your (?:calendar|schedule|availability|diary|week) look like\b`,
        String.raw`\b(?:would|does|will) it make sense (?:for us )?to (?:set up|schedule|book|have|grab|find|get|jump on|hop on|connect|meet|talk|chat|sync)\b`,
        String.raw`\b(?:put|get|pencil|lock)\s+(?:that|it|this|something|time|a date|the [\w-]+)\s+(?:in|into|on)\s+(?:the|your|our)\s+(?:diary|diaries|calendars?)\b(?<=\b(?:can|could|shall|should) (?:we|I)\b[^.?!;]{0,30}|\blet's\s+[^.?!;]{0,30})`,
        String.raw`\b(?:review|go through|walk through|go over|discuss)\s+(?:it|this|that|them|the [\w-]+)\s+with\s+(?:me|us)\b(?<=\b(?:can|could|would|will) you\b[^.?!;]{0,40})(?=[^.?!;]{0,30}\b(?:on|at|this|next|tomorrow)\b)`,
      ].join('|')),
      rationale: 'Asking for the buyer\'s availability or a few minutes is a meeting request in other words.',
      examples: {
        flag: [
          '[Worth 15 mins] to explore?',
          '[Got 10 minutes] this week?',
          'I will keep this short: [would 15 minutes] this week be worth it to see if we can help?',
          'Please [let me know your availability] for a call next week.',
          'Would it be crazy to [grab 20 minutes] next Wednesday so I can show you the layout?',
          '[Are you both free] on Thursday?',
          '[What does your calendar look like] next week?',
          '[Let me know what works] for a 20-minute call next week.',
          '[Would it make sense to set up] a short call with your team?',
          "[Worth a quick 15 minutes] on Thursday to see if it fits your roadmap?",
          "Is it [worth 20 minutes] next week to compare notes?",
        ],
        pass: [
          'It only takes 2 minutes to set up.',
          'Feel free to grab 20 minutes on my calendar whenever it suits.',
          'Are you available to answer a few questions by email?',
          "It's worth 20 minutes a week in saved admin time.",
          "The setup is worth 10 minutes of your time, and the guide is attached.",
        ],
      },
    },
    {
      id: 'proposed-time',
      kind: 'get',
      level: 'access',
      cues: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'morning', 'afternoon', 'evening', 'am', 'pm', 'noon', 'midday', 'date', 'day', 'time', 'slot', 'option', 'either', 'st', 'nd', 'rd', 'th', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
      // The words around the slot: "would … work", "how about …", "could we do …", "… — does either work?".
      alsoCues: ['?', 'work', 'suit', 'ok', 'okay', 'good', 'convenient', 'possible', 'better', 'easier', 'sound', 'look', 'about', 'do', 'say', 'make', 'pencil', 'lock', 'book', 'hold', 'schedule', 'set', 'aim', 'target', 'plan', 'go', 'meet', 'talk', 'speak', 'connect', 'chat', 'sync', 'reconnect', 'regroup', 'reconvene', 'catch', 'free', 'available', 'around', 'either', 'any', 'one', 'does', 'which', 'what', 'open'],
      // The slots are matched once (they are the bulk of the pattern); the
      // words around them are checked by lookbehinds that refer back to them.
      pattern: lean([
        String.raw`(?<![\w'])(?<slots>${SLOT}(?:\s*(?:,|or|and|\/)\s*(?<last>${SLOT}))*)(?:(?<=\b(?:would|does|do|will|could|can|might|is|whether|if)\s+(?:either\s+)?\k<slots>)\s+(?:still\s+)?(?:works?|suits?|(?:be\s+)?(?:ok|okay|good|convenient|possible|better|easier)|sounds?|looks?)\b(?!\s+(?:realistic|achievable|doable|feasible|right|correct|accurate|likely|tight|ambitious|aggressive)\b|\s+(?:ok|okay|good|fine|alright)\s+for\s+(?:the\s+|your\s+)?(?:signature|signing|contract|go-live|launch|decision|deadline|delivery))(?:\s+for (?:you|him|her|them|your team|everyone|both of you|all of you|the (?:two|three|four) of us))?|(?<=\b(?:(?:how|what) about|how(?:'s| is| does| would)|(?:could|can|shall|should) we (?:do|say|make it|pencil in|lock in|book|hold|schedule|set|aim for|target|plan (?:for|on)|go (?:for|with)|(?:(?:walk|go|run|talk|step) (?:through|over)|review|demo|look at|go over)(?:\s+(?:it|this|that|them|(?:the|your|our)\s+[\w-]+(?:\s+[\w-]+)?))?(?:\s+(?:together|with you))?|meet|talk|speak|chat|sync|connect|catch up|reconnect|regroup|reconvene)|let's\s+(?:meet|talk|speak|connect|chat|sync|reconnect|regroup|reconvene|catch up|plan on|pencil in|lock in|book|hold)(?:\s+[\w-]+){0,3}?(?:\s+(?:on|at|for))?|(?:whether|if|is|are|would)(?:\s+[\w.'-]+){1,3}?\s+(?:be\s+)?(?:free|available|around)(?:\s+(?:on|for|at|in))?)\s*\k<slots>)|(?<=(?:,|\bor|\band|\/)\s*\k<last>)(?:\s+(?:this|next) week)?(?:\s+(?:open|free|available))?(?=\s*(?:\?|[—–-]+\s*(?:does|do|would|will|which|what|either|any)\b))|\s+(?:would|could|should|might)\s+(?:work|suit)\s+(?:me|us|(?:well\s+)?for (?:me|us)|on (?:my|our) (?:end|side))\b)`,
        String.raw`\b(?:do|does|would|will)\s+(?:either|any|one) of (?:those|these|the following) (?:times|slots|days|dates|options)\s+(?:work|suit)\b(?:\s+for (?:you|your team))?`,
        String.raw`\b(?:does|do|would|will) (?:either|any|one)(?: one| of them| of those| of these| option| time| day| slot)? work\b(?:\s+for (?:you|your team))?`,
      ].join('|')),
      rationale: 'Proposing a specific time turns a vague "let\'s talk" into a meeting on the calendar.',
      examples: {
        flag: [
          'Would [{{DATE}} work]?',
          "How's [Thursday at 2]?",
          'Does [Monday 2pm work for you]?',
          'How about [Thursday at 10am ET]?',
          '[Do either of these times work] for a 20-minute review?',
          "Let's meet [Tuesday at 3pm] to finalise the rollout plan.",
          'Does [{{DAY_1}} or {{DAY_2}} work] this week?',
          '[Thursday or Friday this week] — does either work?',
          'Could you ask him whether [Tuesday 17th at 10:00 or Wednesday 18th at 15:00 works]?',
          'Would [Monday 11 May at 16:00 work for the three of us]?',
          '[Tuesday at 10:00 Paris time would suit me].',
          'Could we do [Thursday at 11], with Ines from buying there too?',
          'Would [the week of 20 April suit]?',
          'Could you check whether Daniel is free for [the morning of 14 April]?',
          'Would either [the 17th or 18th work] for that?',
          'Would [10:00 that morning suit] you and Lisa Moreno from procurement?',
          'I have [Tuesday at 10am or Thursday at 2pm open] - which works better?',
          "Could we go over the draft [on Friday at 2pm] with you?",
        ],
        pass: [
          'Does that work for you?',
          'Whatever time works for you is fine with me.',
          'Monday works on my end.',
          'Did you get my email from Tuesday?',
          'Thanks, did you see my note from Tuesday?',
          'The deadline is Friday.',
          "Does the 30th look realistic for your legal review?",
        ],
      },
    },
    {
      id: 'calendar-invite',
      kind: 'get',
      level: 'access',
      cues: ['keep', 'free', 'clear', 'invite', 'invitation', 'hold', 'placeholder', 'calendar', 'booked', 'book', 'scheduled', 'schedule', 'pencil', 'penciled', 'pencilled', 'blocked', 'block', 'diary', 'save'],
      pattern: lean(String.raw`\b(?:can|could|would|will) you\s+(?:please\s+|kindly\s+|just\s+)?(?:ask\s+(?:him|her|them|[\w-]+)\s+to\s+)?(?:keep|hold|block(?: out)?)\s+(?:${TIME}(?:\s*[–-]\s*${TIME})?|(?:the|that|this)\s+(?:morning|afternoon|evening|slot|time|date|day|hour|window)|${WEEKDAY}(?:\s+(?:morning|afternoon|evening))?)\s+(?:free|clear|open)\b|\b(?:can|could|would|will) you\s+(?:please\s+|kindly\s+|just\s+)?(?:pencil|block)\s+(?:that|it|this|those|them|the (?:date|time|slot|day|session|meeting|morning|afternoon|evening)s?)\s+(?:in|out)\b(?!\s+(?:writing|the contract|the agreement))(?:\s+in\s+(?:your|the)\s+(?:diary|calendar))?|\b(?:can|could|would|will) you\s+(?:please\s+|kindly\s+|just\s+)?(?:save|hold|put)\s+(?:that|it|this|the (?:date|time|slot|day))\s+in\s+(?:your|the)\s+(?:diary|calendar)\b|\b(?:I|we)(?:'ll| will|'ve| have| just| went ahead and| am going to|'m going to|'m)?\s+(?:just\s+|go ahead and\s+|now\s+)?(?:send(?:ing)?|sent|put|putting|drop(?:ped)?|book(?:ed|ing)?|pencil(?:led|ed)? in|schedul(?:e|ed|ing)|set up|block(?:ed)?|hold|held)\s+(?:you\s+|over\s+|out\s+|us\s+)?(?:(?:a|an|the|some)\s+)?(?:(?:calendar|cal|meeting|zoom|teams|tentative)\s+)?(?:invite|invitation|hold|placeholder|time|call|meeting)\b[^.?!;]{0,60}?\b(?:on|for|at)\s+(?:${SLOT})`),
      rationale: 'An invite for a fixed date secures the next meeting instead of leaving it open.',
      examples: {
        flag: [
          '[Could you ask him to keep 14:00–15:00 free] on Tuesday?',
          '[Would you keep Thursday afternoon free] for the walkthrough?',
          "[I'll send a calendar invite for {{NEXT_MEETING_TYPE}} on {{PROPOSED_DATE}}].",
          "[I've sent over a placeholder for Thursday at 2pm] so we keep the slot.",
          "[I'll put time on your calendar for Monday morning] with your ops lead.",
          "We'd like your plant manager there on the 12th - [could you pencil that in]?",
          "[Can you block the morning out in your diary] for the workshop?",
        ],
        pass: [
          'Could you keep the invoice free of line items we did not deliver?',
          "I'll send a calendar link so you can pick any time that suits you.",
          'I sent the invoice on Friday.',
          'Could you put that in writing for our records?',
        ],
      },
    },
    {
      id: 'stakeholder-attends',
      kind: 'get',
      level: 'access',
      cues: ['join', 'joins', 'joining', 'attend', 'attends', 'sit', 'dial', 'hop', 'jump', 'participate', 'included', 'involved', 'present', 'there', 'get', 'bring', 'bringing', 'room', 'someone', 'somebody', 'whoever', 'loop', 'looping', 'rope', 'roping', 'pull', 'pulling', 'cc', 'copy', 'copying', 'invite', 'inviting', 'along', 'anyone', 'folks', 'people', 'colleague', 'rest', 'other', 'call', 'cfo', 'ceo', 'coo', 'cto', 'cio', 'ciso', 'vp', 'head', 'director', 'lead', 'manager', 'procurement', 'legal', 'security', 'finance', 'boss', 'board', 'owner', 'sponsor', 'stakeholder', 'leadership', 'exec', 'executive', 'founder', 'counsel', 'controller', 'signatory', 'buyer', 'mr', 'ms', 'mrs', 'dr', 'admin', 'administrator', 'architect', 'engineer', 'developer', 'analyst', 'coordinator', 'planner'],
      pattern: lean([
        // "your CFO could join…", "that your IT security lead joins the kickoff", "Mr. Tanaka joins the opening session", "would your boss be open to a call?"
        String.raw`(?:\byour\s+${ROLE}|\bthe\s+${THE_ROLE}|${PERSON_SLOT}|\b(?:someone|anyone|somebody) from (?:your|the) [\w-]+(?: team)?|(?<!\bour\s+(?:[\w-]+\s+){0,2})\b(?:Mr|Ms|Mrs|Dr)\.?\s+[\w'-]+)(?:\s*(?:,|and|&|or)\s*(?:your\s+)?[\w'-]+(?:\s+[\w'-]+){0,3})*\s+(?:(?:could|can|would|will|to|should|might|may)\s+)?(?:also\s+)?(?:(?:be\s+)?(?:open to|available for|free for|up for)\s+(?:an?\s+)?(?:quick\s+|short\s+|brief\s+)?${MEETING}(?!\w)|(?:be\s+)?(?:(?:able|available|free|around|willing) to\s+)?(?:join|attend|sit in|(?:be|are|is) (?:on|in|at|there|included|present|part of)|come (?:along|to)|dial in|hop on|jump on|participate)(?:s|ed|ing)?\b)(?:\s+(?:us\s+)?(?:(?:on|for|in|at)\s+)?(?:(?:the|our|this|that|a|next|[\w-]+'s|\{\{[^}]+\}\})\s+)?(?:[\w-]+\s+)?${MEETING}(?!\w))?`,
        // "Can Priya and Tom join the demo?", "for Marta to join the review"
        String.raw`\b(?:(?:can|could|would|will)\s+(?!you\b|we\b|I\b|it\b|this\b|that\b|they\b|both\b|all\b|also\b|then\b|still\b|always\b|definitely\b|probably\b|each\b)[\w'-]+(?:\s+(?:and|&)\s+[\w'-]+)?(?:\s+from\s+(?:your\s+|the\s+)?(?:finance|IT|security|InfoSec|procurement|legal|purchasing|ops|operations|engineering|HR|compliance|[\w-]+\s+team))?\s+(?:also\s+)?(?:be\s+(?:able|available|free|around|willing)\s+to\s+)?|for\s+(?!you\b|me\b|us\b|them\b)[\w'-]+(?:\s+[\w'-]+)?\s+to\s+)(?:join|attend|sit in|be on(?!\s+(?:call|standby|site|hand|leave|holiday)\b))\b(?:\s+(?:us\s+)?(?:(?:on|for|in|at)\s+)?(?:(?:the|our|this|that|a|next|[\w-]+'s)\s+)?(?:[\w-]+\s+)?${MEETING}(?!\w))?`,
        // "could you get Marta from finance into the review session?", "get the infosec team into a room with Tomasz"
        String.raw`\b(?:(?:can|could|would|will) you|if you (?:can|could))\s+(?:also |please )?(?:get|bring|have)\s+(?!(?:[\w.'-]+\s+){0,2}?(?:laptops?|deck|slides|notes|questions|data|numbers|docs?|documents?|files?|copies|list|agenda|requirements|feedback|budget|figures|reports?|contracts?|ID|badges?|passes)\b)(?:[\w.'-]+\s+){1,3}?(?:into|on|to|along to|in on)\s+(?:the|our|a|this|that|next)\s+(?:[\w-]+\s+)?(?:${MEETING}|invite|calendar invite|thread|agenda)(?!\w)|\b(?:get|bring|have)\s+(?:the|your)\s+(?:[\w-]+\s+){0,2}?(?:team|lead|folks|people|CFO|CEO|CTO|CIO|CISO|VP|director|head)\s+(?:into|in)\s+(?:a|the) room with\b`,
        // "could you bring Arjun from finance along?", "could you loop in whoever leads InfoSec?", "would you mind cc'ing her?"
        String.raw`\b(?:(?:can|could|would|will) you|if you (?:can|could)|please|would you mind|(?:would|could) you be (?:open|able|willing) to|it would help(?: a lot)? if you(?: could)?|I'?d (?:love|like|appreciate) (?:it )?if you(?: could)?|any chance you could|(?:would|is) it (?:be )?possible (?:for you )?to)\s+(?:also\s+|please\s+|maybe\s+|perhaps\s+|just\s+)?(?:(?:bring(?:ing)?|invit(?:e|ing)|loop(?:ing)?|rop(?:e|ing)|pull(?:ing)?|cc(?:'?ing)?|copy(?:ing)?)\s+(?:in\s+|along\s+)?(?:your\s+${ROLE}(?!'s)|whoever\b|(?:someone|somebody|anyone|a colleague|colleagues|people|folks)\s+(?:from|in|on|at|who)\b|(?:him|her|them)\b(?=\s+(?:along|in|into|on|to)\b)|the (?:rest of (?:the|your) (?:[\w-]+\s+)?(?:team|group|committee|board|panel)|other (?:stakeholders|decision-makers|approvers|people involved))\b|(?!${NOT_NAME})[\w'.-]+(?:\s+(?!(?:from|in|on|at|along)\b)(?!${NOT_NAME})[\w'.-]+)?\s+(?:(?:from|in|on|at)\s+(?:your\s+|the\s+)?(?:finance|IT|security|InfoSec|procurement|legal|purchasing|ops|operations|RevOps|engineering|HR|compliance|accounting|sales|marketing|leadership|risk|audit|the board|(?!the\b)[\w-]+\s+team)\b|along\b))|(?:loop(?:ing)?|rop(?:e|ing)|cc(?:'?ing)?|copy(?:ing)?)\s+(?:in\s+)?(?!${NOT_NAME})[\w'.-]+(?:\s+in\b)?)`,
        // "we'd like you, Juliana, and someone from IT"
        String.raw`\b(?:someone|somebody|a person|whoever)\s+(?:from|in|on|who runs|who owns|responsible for)\s+(?:your\s+)?(?:IT|security|InfoSec|information security|finance|procurement|legal|ops|operations|purchasing|compliance|engineering|HR|maintenance)\b(?<=\b(?:like|need|want|ask|invite|bring|include|loop in|join|attend|with|have|meet)\b[^.?!;]{0,100})`,
      ].join('|')),
      rationale: 'Getting the economic buyer or other stakeholders into the meeting is access to the people who decide.',
      examples: {
        flag: [
          "The next step is [for your CFO to join Thursday's review].",
          '[Can Priya and Tom join the demo] on Thursday?',
          'Second, that [your IT security lead joins the kickoff] so the review does not stall.',
          'What I would ask is that [Mr. Tanaka joins the opening session] on day one.',
          'In return, [could you get Marta from finance into the review session] on the 18th?',
          "From yours, we'd like you, Juliana as the owner, and [someone from IT] who can grant access.",
          'Would [your boss be open to a quick call]?',
          'It will be most useful if [your sales ops lead and whoever owns territory planning are on the call] too.',
          "[Could you bring Selin from procurement] along on Tuesday?",
          '[Would Fiona from finance be able to join the review]?',
          "[Can you loop in whoever] handles vendor security at Northgate?",
          "[Would you mind cc'ing her] on the reply?",
          "[Would you be open to bringing your controller] into the review?",
        ],
        pass: [
          'Our trainer Mr. Hoffmann will come to your plant in Lyon.',
          "I'll bring our CTO to the call so you can ask the hard questions.",
          'You can join the webinar from the link below.',
          'Thanks for bringing your team into the session today.',
          'If someone from IT has questions, they can write to support.',
          "Could you bring the signed copy along?",
          "I'll loop in Dana from our finance team.",
          "Could you copy in the invoice number?",
          'Kasia and I will both be on call for the cutover weekend.',
        ],
      },
    },
    {
      id: 'stakeholder-meeting',
      kind: 'get',
      level: 'access',
      cues: ['from', 'cfo', 'ceo', 'coo', 'cto', 'cio', 'ciso', 'cro', 'cmo', 'cpo', 'gc', 'vp', 'svp', 'evp', 'president', 'counsel', 'lead', 'head', 'manager', 'director', 'owner', 'sponsor', 'officer', 'controller', 'approver', 'signatory', 'champion', 'team', 'department', 'committee', 'board', 'leadership', 'colleague', 'counterpart', 'stakeholder', 'founder', 'partner', 'boss', 'exec', 'execs', 'executive', 'maker', 'makers', 'buyer', 'holder', 'finance', 'security', 'infosec', 'procurement', 'purchasing', 'legal', 'person', 'name', 'eb', 'title', 'champion', 'contact', 'admin', 'administrator', 'architect', 'engineer', 'developer', 'analyst', 'coordinator', 'planner'],
      pattern: lean([
        // "bring in your security team", "have your head of IT on Thursday's call" — but not "happy to include your IT team", "I'll bring our CTO"
        String.raw`\b(?:can|could|shall|may) (?:we|I)\s+(?:get|have|bring)\s+you\s+and\s+[a-z][\w'-]+(?:\s+from\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:together\s+)?(?:for|on)\s+(?:\d+|half an hour|an hour|fifteen|twenty|thirty|forty-five)\s*(?:minutes|mins|min)?\b|\b(?:can|could|shall|may) (?:we|I)\s+(?:get|have|bring)\s+[a-z][\w'-]+\s+from\s+(?:your\s+)?[\w-]+(?:\s+[\w-]+)?(?:\s*(?:,|and|&)\s*[a-z][\w'-]+\s+from\s+(?:your\s+)?[\w-]+(?:\s+[\w-]+)?)*\s+(?:on|in|into|at|to)\s+(?:an?|the|our|this|that)\s+(?:[\w-]+\s+){0,2}?${MEETING}|\b(?:bring|include|invite|loop|involve|add|cc|pull|get)(?<!(?:\b(?:happy|glad|welcome|free|more than happy)\s+to|\b(?:I|we)(?:'ll| will| can| could| am happy to| are happy to))\s+\w+)\s+(?:in\s+)?(?:you\s+and\s+)?(?:your\s+${ROLE}|the\s+${THE_ROLE}|(?:procurement|legal|security|finance|InfoSec)\b(?:\s+team)?|${PERSON_SLOT})(?!'s\b|\s+(?:off to|up to speed|started|onboarded|set up|trained|ready|going|live|comfortable|familiar)\b)(?:\s+(?:in\s+)?(?:on|in|into|to|for)\s+(?:(?:the|our|this|that|a|next|[\w-]+'s|\{\{[^}]+\}\})\s+)?(?:[\w-]+\s+)?(?:${MEETING}|loop|thread)(?!\w))?`,
        String.raw`\bhave\s+(?:you\s+and\s+)?your\s+${ROLE}\s+(?:on|in|at|join)\s+(?:the|our|this|that|a|next|[\w-]+'s)\s+(?:[\w-]+\s+)?${MEETING}(?!\w)`,
        // "can we schedule the review with {{EB_NAME}} included?", "could we get 30 minutes with your VP of Sales?", "what's the best way to get this in front of your CFO?"
        String.raw`\bwith\s+(?:your\s+${ROLE}|${PERSON_SLOT})\s+(?:included|involved|present|joining|in the room|on the (?:call|line))|\b(?:(?:can|could|shall|should|would) (?:we|I)|let's|I'?d (?:like|love|welcome|appreciate|value)|is it possible|would it be possible|any chance|what(?:'s| is) the best way to|how (?:do|can|could|should) (?:we|I)|I(?:'d| would)? (?:also )?(?:suggest|propose|recommend))\b[^.?!;]{0,60}?\b(?:with|to|in front of)\s+(?:you(?:,\s*[\w'-]+(?:\s+(?:from|in|on)\s+[\w-]+)?){0,3},?\s+and\s+)?(?:your\s+${ROLE}|the\s+${THE_ROLE})`,
        // "a call with your procurement lead Thursday at 10", "an intro call with their IT director before the 20th", "a session with Martin as economic sponsor"
        String.raw`\b(?:call|meeting|session|chat|conversation|sit-down|review|walk-?through)\s+with\s+(?:you and\s+)?(?:(?:your|their)\s+${DECIDER}(?<=\b(?:call|meeting|chat|conversation|sit-down)\s+with\s+(?:you and\s+)?(?:your|their)\s+[^.?!;]{1,40})(?=[^.?!;]{0,40}\b(?:${WEEKDAY}|tomorrow|next week|this week|before|by)\b)|[\w.'-]+(?:\s+[\w.'-]+)?\s+as\s+(?:the\s+|our\s+|your\s+)?(?:economic (?:sponsor|buyer)|executive sponsor|decision[- ]maker|budget (?:holder|owner)|signatory|approver))`,
      ].join('|')),
      rationale: 'A meeting with the economic buyer or the people who gate the deal is access to the people who decide.',
      examples: {
        flag: [
          '[Can we get you and Tom from facilities together for 30 minutes] on Thursday at 2pm?',
          'To make the most of it, [can we get Marcus from InfoSec and Dana from claims ops on a 45-minute walkthrough] this Thursday?',
          "The one thing I'd ask: can we schedule the review [with {{EB_NAME}} included]?",
          "It would help to [bring in your security team] before we scope the pilot.",
          "[Could we get 30 minutes with your VP of Sales] next week?",
          'Would love to [get you and your CTO on a call] next week.',
          "It would be great to [have your head of IT on Thursday's call].",
          'I can get on a [call with your procurement lead], Dominika, Thursday at 10 or 2.',
          'A 45-minute [session with Martin Osei as economic sponsor] before the 20th.',
          "[What's the best way to get this in front of your CFO]?",

        ],
        pass: [
          'Can we get the files from your team on Monday?',
          'Happy to include your IT team on the next call if helpful.',
          'We will run a training session with your finance team.',
          "To get your team off to a strong start, we'll include two onsite training sessions.",
          "I'll bring our CTO to the call so you can ask the hard questions.",
          'We have your security team on the distribution list already.',
          "Can we get {{EB_NAME}}'s sign-off by Friday?",
        ],
      },
    },
    {
      id: 'stakeholder-intro',
      kind: 'get',
      level: 'access',
      cues: ['introduce', 'intro', 'introduction', 'connect', 'touch', 'point', 'pointer', 'steer', 'direct', 'person', 'loop', 'who', 'whoever', 'else', 'forward', 'pass'],
      pattern: lean([
        String.raw`\bplease\s+(?:kindly\s+)?(?:help\s+(?:to\s+)?)?introduc(?:e|ing)\s+(?:me|us)\b|\b(?:(?:would|could|can|will) you|if you (?:could|can|would))\s+(?:(?:be\s+)?(?:willing|happy|open|able)\s+to\s+|mind\s+|please\s+)?(?:introduc(?:e|ing)|connect(?:ing)?)\s+(?:us|me)(?=\s*(?:\?|$)|\s+(?:please|if|when|so)\b)|\b(?:introduc(?:e|ing)|intro|connect(?:ing)?|put(?:ting)?|point(?:ing)?|refer(?:ring)?|loop(?:ing)?|steer(?:ing)?|direct(?:ing)?)\s+(?:me|us)\s+(?:in\s+touch\s+)?(?:to|with|in with|toward|towards|in the direction of)\s+(?:your\s+${ROLE}|the\s+(?:${THE_ROLE}|right (?:[\w-]+\s+)?(?:person|people|contact|team|folks)|best (?:person|contact)|person (?:who|responsible)[\w\s-]{0,30}|(?:procurement|legal|security|finance|IT|InfoSec)(?: team)?)|(?:procurement|legal|security|finance|InfoSec)\b(?:\s+team)?|someone (?:on|in|from) (?:your|the) [\w-]+(?: team)?|whoever\b[\w\s-]{0,30}|${PERSON_SLOT})`,
        String.raw`\b(?:an?|the)\s+(?:quick\s+|warm\s+)?(?:intro(?:duction)?|pointer)\s+to\s+(?:your\s+${ROLE}|the\s+(?:${THE_ROLE}|right (?:[\w-]+\s+)?(?:person|people|contact|team)|person who[\w\s-]{0,30})|someone (?:on|in|from) (?:your|the) [\w-]+(?: team)?|whoever\b[\w\s-]{0,30})`,
        String.raw`\bwho(?:m)? (?:should|could|can|would|do) (?:I|we) (?:speak|talk|reach out|connect|meet|work) (?:with|to)\b|\b(?:someone|somebody|anyone) else (?:I|we) should (?:speak|talk|reach out|connect|meet|work)(?: (?:with|to))?\b|\bpoint (?:me|us) in the right direction\b|\b(?:forward|pass) (?:this|it|my (?:note|email|message)) (?:along |on )?to (?:the (?:right|best) (?:person|people|contact)|whoever\b|the person (?:who|responsible)|your ${DECIDER})`,
        String.raw`\bwho(?:\s+is|'s|\s+would be|\s+might be) the (?:right|best) (?:person|people|contact) (?:to|for)\s+(?:talk|speak|loop in|contact|connect|reach out|work with|bring in)\w*(?:\s+(?:to|with)\b)?`,
        // An introduction to someone the buyer names ("introduce me to Dr. Hines", "put us in touch with Sam"): asked of the buyer, never thanked for.
        String.raw`(?<!\b(?:for|after|since)\s+)\b(?:introduc(?:e|ing)|connect(?:ing)?|put(?:ting)?)\s+(?:me|us)\s+(?:in\s+touch\s+)?(?:to|with)\s+(?!(?:the|your|our|my|a|an|some|this|that|these|those|it|them|him|her|you|each|one|all|any|more|other|others|new|local|similar|existing|current|customers?|clients?|partners?|peers?|references?)\b)(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?[a-z][\w'-]+`,
        // A dated introduction in a "what we need from you" list.
        String.raw`\bintroduction\b(?<!\b(?:I|we)(?:'ll| will)\s+(?:make|send|do|handle)\s+(?:the|an|your)\s+(?:[\w-]+\s+){0,2}introduction)(?:\s+to\s+[^.?!;]{1,40}?)?\s+by\s+(?:${WEEKDAY}|tomorrow|(?:the\s+)?end of|EOD|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b|next week|this week)`,
      ].join('|')),
      rationale: 'An introduction to IT, security, procurement or the budget holder opens the doors the deal must pass through.',
      examples: {
        flag: [
          'If possible, [please help to introduce me], we would like to arrange one online meeting.',
          'You mentioned your friend\'s agency in Porto. [Would you be willing to introduce us]?',
          'Could you [introduce me to your procurement team] so we can start the vendor setup?',
          'Would you mind [connecting me with the right person] on the security side?',
          "Happy to keep you in the loop, but [who's the right person to talk to] about the SSO requirements?",
          'Would [an intro to your IT lead] be possible this week?',
          "If you're not the right person, [who should I speak with]?",
          'Or could you [point me in the right direction]?',
          'Is there [someone else I should reach out to]?',
          "If reefer operations sit elsewhere, I'd be grateful for [a pointer to the right person].",
          '[An introduction to whoever runs information security], so that review starts early.',
          'Could you [introduce us to the right IT contact] by Friday?',
          '- The IT contact [introduction by Friday] (see above).',
          'Would you be willing to [introduce me to Dr. Hines] in the curriculum office?',
          "I'd be grateful if you could [connect me with Priya] on the finance side.",
          'Is there any chance you could [introduce us to Mr. Okafor]?',
        ],
        pass: [
          'Would you like me to introduce us at the start of the call?',
          'I can introduce you to our head of support.',
          'Let me connect you with our onboarding team.',
          "I'll make the introduction by Friday.",
          'Thanks for introducing me to Dana last week.',
          'Could you introduce me to your product roadmap for next year?',
        ],
      },
    },
    {
      id: 'decision-maker-in-room',
      kind: 'get',
      level: 'access',
      cues: ['who', 'people', 'person', 'folks', 'stakeholders', 'room', 'table'],
      pattern: lean(String.raw`\bwho (?:else )?(?:can|could|would|will|should|needs? to|has to|has the authority to|is able to|'d need to)\s*(?:(?:sign off|sign-off|approve|sign|make (?:the|that|this|a|the final) (?:call|decision)|authori[sz]e|green-?light|be (?:in the room|on the call|at the table|in the meeting|on the thread)|join|attend)\b|(?=\s*\?))|\b(?:get|have|bring)\s+(?:all\s+)?the right (?:people|person|folks|stakeholders|decision-makers)\s+(?:in(?:to)? the room|on the (?:call|line|thread)|at the table|together|involved)`),
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
    {
      id: 'you-and-them-meet',
      kind: 'get',
      level: 'access',
      cues: ['block', 'hold', 'book', 'keep', 'have', 'find', 'make', 'grab', 'carve', 'set', 'come', 'join', 'meet', 'hop', 'jump', 'sit', 'get', 'spare', 'swing', 'stop', 'drop', 'available', 'free', 'up', 'with'],
      alsoCues: ['and'],
      pattern: String.raw`\b(?:would|could|can|do|will) you and (?:whoever|your\s+[\w-]+|[a-z][\w'-]+)\b[^.?!;]{0,60}?\b(?:have|spare|set aside|block|hold|book|keep free)\s+(?:\d+|fifteen|twenty|thirty|half an hour|an hour|a few)\s*(?:minutes|mins|min|hours?)?\b|\b(?:could|can|would|will|might)\s+you\s+and\s+(?:\[[^\]]+\]|\{\{[^}]+\}\}|your\s+[\w-]+(?:\s+[\w-]+)?|[\w.'-]+(?:\s+[\w.'-]+)?)\s+(?:both\s+)?(?:find|make|grab|carve out|set aside|come|join|meet|hop|jump|sit down|get together|spare|swing by|stop by|drop by|be (?:available|free|up for))\b|\b(?:can|could|shall|should)\s+we\b[^.?!;]{0,80}?\bwith\s+you(?:,\s+[\w.'-]+)*\s+and\s+(?:\[[^\]]+\]|\{\{[^}]+\}\}|your\s+[\w-]+(?:\s+[\w-]+)?|[\w.'-]+)`,
      rationale: 'A meeting with the buyer and a named colleague is access to the people who decide.',
      examples: {
        flag: [
          'The mapping is the open item. [Could you and Priya from IT block 45 minutes] on Tuesday the 14th?',
          '[Would you and whoever manages the Shopify build have 20 minutes] on Tuesday at 10?',
          "If that's fair, [can we come on site Thursday at 10 to lock the criteria with you and Maren]?",
          "[Would you and Raj be up for] a call Thursday at 11?",
          '[Could you and Barry come] by the office Tues the 17th at 10?',
          '[Could you and Dana make] it over to our Leeds site next month?',
          '[Would you and Priya be free] for a call next week?',
        ],
        pass: [
          'Could you and Barry send over the usage numbers?',
          'Thanks to you and Barry for coming by.',
        ],
      },
    },
    {
      id: 'session-with-your-people',
      kind: 'get',
      level: 'access',
      cues: ['session', 'call', 'meeting', 'workshop', 'review', 'walkthrough', 'sit', 'kickoff', 'kick', 'visit', 'demo'],
      alsoCues: ['your', 'and'],
      pattern: String.raw`\b(?<!\b(?:I|we)(?:'ll| will)?\s+(?:(?!would\b)[\w']+\s+){0,2})(?:need|want|like|love|get|have)\s+(?:to\s+(?:get|have|set up|book|schedule)\s+)?(?:a|an|one)\s+(?:[\w-]+\s+)?(?:working session|call|meeting|session|sit-down|workshop|review|walkthrough|walk-through)\s+with\s+(?:you\s+and\s+)?your\s+(?:[\w-]+\s+){0,2}?(?:director|VP|head|CFO|CEO|CTO|CIO|COO|CMO|manager|lead|owner|sponsor|board|committee|procurement|legal|finance|IT|security|decision-?makers?|approvers?|signator(?:y|ies)|stakeholders?)s?\b(?:\s+(?:lead|team|director|manager|head|owner|counsel)\b)?|\b(?:want|need|like|have)\s+(?:(?!you\b)[\w.'-]+\s+){1,3}?and\s+your\s+(?:[\w-]+\s+){0,2}?(?:director|VP|head|CFO|CEO|CTO|CIO|COO|manager|lead|owner|sponsor|team|counsel)\s+on\s+(?:a|the)\s+(?:call|zoom|meeting)\b|\b(?:get|bring|have)\s+(?!you\b)[\w.'-]+\s+and\s+(?:the|your)\s+[\w-]+\s+(?:into|to|on|in)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:kick-?off|call|meeting|session|review|demo|workshop)\b|\b(?:call|meeting|session|review)\s+with\s+[\w.'-]+\s+\(your\s+[\w-]+\)|\b(?:set up|arrange|book|schedule|organi[sz]e)\s+(?:a|the)\s+(?:site visit|visit|meeting|call|session|demo)\s+with\s+[^?!;]{1,40}?\band\s+your\s+(?:[\w-]+\s+){0,3}(?:chair|director|VP|head|CFO|CEO|CTO|CIO|COO|manager|lead|owner|sponsor|committee|board|team)\b`,
      rationale: 'Asking for a session with the buyer\'s decision makers is an access get.',
      examples: {
        flag: [
          "Once the line has run them, we would [like a 30-minute review with your quality lead] and the plant manager.",
          'I would like to [set up a site visit with Dr. Lowe and your value analysis committee chair].',
          "We'd want a [call with Alan (your CFO)] before we finalise.",
          'If you can [get Mike and the CFO into a 60-min kickoff] next week, we have a deal.',
          "To firm up the quote we'd [need a working session with your marketing director] and whoever holds the budget.",
          'Also [want Mark Taylor and your credit manager on a call] Wed 2pm.',
          "We'd [like a review with your IT lead] before the pilot starts.",
        ],
        pass: [
          'We had a great call with your team last week.',
          "I'll have a call with your account manager about the invoice.",
        ],
      },
    },
    {
      id: 'time-proposed',
      kind: 'get',
      level: 'access',
      cues: ['monday', 'mon', 'tuesday', 'tue', 'tues', 'wednesday', 'wed', 'weds', 'thursday', 'thu', 'thur', 'thurs', 'friday', 'fri', 'am', 'pm', 'st', 'nd', 'rd', 'th'],
      alsoCues: ['suggest', 'suggesting', 'thinking', 'pencil', 'pencilled', 'penciled', 'propose', 'proposing', 'how', 'does', 'would', 'could', 'can', 'let', 'book', 'hold', 'invite', 'free', 'available', 'say', 'shall', 'lock', 'grab', 'sent'],
      // A time the seller puts forward; a time the buyer offered, or one that
      // suits the seller, is not an ask.
      pattern: String.raw`\b(?:(?:(?:mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)\.?(?:,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?|the\s+\d{1,2}(?:st|nd|rd|th))(?:\s+(?:of\s+)?${MONTH})?\s+(?:at\s+\d{1,2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))|(?:mon|tues|wednes|thurs|fri)day\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))(?:\s*(?:ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|GMT|BST|CET|CEST|UK time|your time))?\b(?<!\byou\s+(?:suggested|proposed|offered|mentioned)\b[^.?!;]{0,80})(?!\s+(?:works|is fine|is good|suits|is great)\s+(?:for\s+)?(?:me|us)\b)`,
      rationale: 'A meeting at a time you propose is an access ask: the buyer commits time.',
      examples: {
        flag: [
          "I've pencilled [Tuesday 10am] - does that work?",
          "I'd suggest [Weds 19th at 2pm ET].",
          "I'm thinking [Tuesday 10th at 4pm your time].",
          "Can we lock in a checkpoint with you and Daniel on [the 24th at 3pm]?",
        ],
        pass: [
          'Thursday at 3pm works for me, as you suggested.',
          'The webinar ran on Tuesday and had 300 people.',
        ],
      },
    },
    {
      id: 'make-sure-they-join',
      kind: 'get',
      level: 'access',
      cues: ['sure', 'ensure', 'have', 'get', 'bring', 'loop', 'invite', 'include'],
      alsoCues: ['your', 'from'],
      pattern: String.raw`\b(?:make sure|ensure)\s+(?:that\s+)?(?!you\b|we\b|I\b|it\b|the\s+(?:invoice|link|form|file|data|payment)\b)(?:[\w.'-]+\s+){1,14}?(?:(?:can|could|will|are able to|is able to)\s+(?:also\s+)?(?:join|attend|be there|make it|sit in|be in the room)|(?:is|are)\s+(?:also\s+)?(?:on|at|in)\s+(?:the|that|this|our|[\w-]+'s)\s+(?:[\w-]+\s+)?(?:call|meeting|demo|session|review|room|workshop|visit)|(?:joins|attends))\b(?<=\b(?:from|your|in)\b[^.?!;]{1,120})|\b(?:make sure|ensure|(?:can|could) you (?:make sure|ensure|have|get|bring)|please (?:have|get|bring|loop in|invite|include))\s+(?:that\s+)?your\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:joins?|attends?|is there|comes?|is on|can join|contacts?|calls?|reach(?:es)? out to|emails?|gets? in touch with|in)\b|\b(?:get|have|bring|loop in|include)(?<!\b(?:do|did|does)\s+(?:you|they|we|I)\s+(?:usually\s+|normally\s+|already\s+)?(?:get|have|bring|loop in|include))(?<!(?<!\b(?:could|can|shall|should|may|might)\s)\b(?:I|we)(?:'ll| will| can| could|'d| would|'m going to| am going to)?\s+(?:also\s+)?(?:get|have|bring|loop in|include))\s+(?!(?:our|my)\b)[\w.'-]+(?:\s+(?!from\b)[\w.'-]+)?\s+from\s+(?:your\s+)?(?:procurement|purchasing|legal|finance|IT|security|InfoSec|ops|operations|engineering|compliance|HR|the board|leadership)(?:\s+team)?\s+(?:(?:on|in|into|to|at)\s+(?:that|the|this|a|our)\s+(?:[\w-]+\s+)?(?:call|meeting|demo|session|review|room|kick-?off|workshop|walk-?through|visit|discussion|conversation)\b|(?:along|there)\b(?!\s+(?:is|are|was|were)\b))`,
      rationale: 'Asking for the buyer\'s people to be in the room is an access ask.',
      examples: {
        flag: [
          'Could we also [get Mark from procurement on that call]?',
          'Please [make sure your IT admin joins].',
          '[Please have your credit group contact] Tana.',
          'Please [ensure your ops manager is there].',
          'Before Tuesday, could you [make sure Omar from finance and whoever runs payroll can join]?',
          'Please [make sure someone from your warehouse team can attend].',
          'One ask: could we [have Fiona from finance in the room] as well?',
          "Would it help to [bring Jo Hale from procurement into the discussion] on Friday?",
          'Could we [have Marta Ruiz from legal there] for the redlines?',
          "Could you [make sure Marco from IT security is on the call]?",
          "Please [make sure someone from your finance team is at Thursday's review].",
        ],
        pass: [
          'Please make sure your invoice address is correct.',
          'Make sure your team has access to the portal.',
          'Make sure you can join from a laptop with a camera.',
          'I will make sure the recording from the session is on the portal.',
          "I'll have Dana from finance on the call to answer billing questions.",
          'We had Fiona from finance in the room last time.',
          'Do you usually have anyone from IT on the call for renewals?',
        ],
      },
    },
    {
      id: 'invite-passed-on',
      kind: 'get',
      level: 'access',
      cues: ['forward', 'forwarding', 'send', 'sending', 'pass', 'passing', 'add', 'adding', 'cc', 'copy', 'copying'],
      alsoCues: ['invite', 'invitation', 'link', 'details', 'join', 'attend', 'come', 'dial', 'there', 'sit', 'call', 'meeting', 'session', 'demo', 'thread'],
      // The buyer asked to bring a colleague into the meeting by passing the
      // invite on or adding them to it; forwarding a document is not enough.
      pattern: String.raw`\b(?:forward|send|pass|add|cc|copy)(?:ing)?(?<=(?:\b(?:could|can|would|will)\s+you|\bplease|\bif\s+you\s+(?:could|can)|\bmind)\s+(?:(?:please|also|just|kindly)\s+)?(?:forward|send|pass|add|cc|copy)(?:ing)?)\s+(?:(?:it|this|that|the\s+(?:[\w-]+\s+)?(?:invite|invitation|link|details|dial-in))\s+(?:on\s+|along\s+|over\s+)?to\s+(?:your\s+${ROLE}|(?!(?:me|us|you|them|him|her|it|our|my|the|a|an|anyone|everyone|whoever)\b)[\w.'-]+(?:\s+(?!(?:as|too|also|so|and|if|for|on|in|before|by|when)\b)[\w.'-]+)?)(?:\s+(?:as well|too|also))?(?:(?<=\b(?:invite|invitation|link|details|dial-in)\b[^.?!;]{0,60})|\s+so\s+(?:that\s+)?(?:he|she|they|[\w.'-]+)\s+can\s+(?:also\s+)?(?:join|attend|come|dial in|be there|sit in))|(?:your\s+${ROLE}|(?!(?:me|us|you|them|it|this|that|our|my|the|a|an|some|more|any|another|extra|\d+)\b)[\w.'-]+(?:\s+(?:and|&)\s+[\w.'-]+)?)\s+(?:in\s+)?(?:to|on)\s+the\s+(?:[\w-]+\s+)?(?:invite|invitation|call|meeting|session|demo|thread)\b)`,
      rationale: "Asking the buyer to bring a colleague into the meeting (forwarding the invite, adding them to it) is access to more of the buying group.",
      examples: {
        flag: [
          'Could you [forward it to Marc as well so he can join]?',
          "Tuesday at 3 works; could you [forward the invite to your IT lead]?",
          'Can you [add Priya to the invite] for Thursday?',
          "Would you mind [forwarding the Zoom link to Kenji] so he can dial in?",
          'Could you [add Dana and Raj to the call] on Friday?',
        ],
        pass: [
          'Feel free to forward it to anyone who might be interested.',
          'Could you forward the signed PDF to accounts?',
          "I'll add Priya to the invite.",
          'Could you send it to Marc for review?',
          'Can you add 5 seats to the order?',
        ],
      },
    },
    {
      id: 'in-front-of-decider',
      kind: 'get',
      level: 'access',
      cues: ['front', 'introduce', 'connect', 'touch'],
      pattern: String.raw`\b(?:get|be|sit)\s+in front of\s+(?:whoever|the person who|your\s+[\w-]+(?:\s+[\w-]+)?|the\s+(?:economic buyer|decision[- ]makers?|budget (?:holder|owner)|board|committee))|\b(?:can|could|would)\s+you\s+(?:please\s+)?(?:introduce|connect|put)\s+(?:me|us)\s+(?:to|with|in touch with)\s+(?!(?:your|the)\b)[\w.'-]+`,
      rationale: 'Reaching the person who owns the budget is the access that moves a deal.',
      examples: {
        flag: [
          "I'd need to [get in front of whoever] owns the budget for the Benelux sites.",
          '[Can you introduce me to Anouk]?',
          '[Could you put us in touch with Marcus] before Friday?',
        ],
        pass: [
          'I was in front of the board last week.',
          'Can you introduce yourself on the call?',
        ],
      },
    },
  ],
};
