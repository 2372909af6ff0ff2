import type { RuleSet } from './types.ts';

/**
 * Gives of category `time`: the seller bends its calendar or pace to the
 * buyer's. Generic availability ("let me know if you have any questions",
 * "reply any time") and accepting the buyer's own proposed time are not gives.
 */
export const scheduleDeference: RuleSet = {
  id: 'schedule-deference',
  title: 'Schedule deference',
  description:
    'Deferring to the buyer\'s calendar or pace: whenever works for you, no rush, evenings and weekends, flying out, expediting delivery. Small on its own, but it teaches the buyer that your time is free.',
  rules: [
    {
      id: 'whenever-works-for-you',
      kind: 'give',
      category: 'time',
      cues: ['whenever', 'convenience', 'convenient', 'whatever', 'whichever', 'any', 'schedule', 'timeline', 'pace', 'calendar', 'availability', 'suit', 'suits', 'works'],
      pattern: String.raw`\bwhenever\s+(?:(?:it|that)\s+|it's\s+|that's\s+)?(?:works|suits|is (?:convenient|good|best|easiest|better)|(?:is\s+)?convenient|fits)(?:\s+(?:best\s+)?(?:for\s+)?(?:you\b|your (?:team|schedule|calendar)))?|(?<!\b(?:PO|purchase order|order form|contract|agreement|paperwork|signed copy|countersigned copy|deposit|payment|signature)\s+(?:back\s+|over\s+|across\s+|through\s+|in\s+)?)\bwhenever\s+(?:you(?:'re| are)\s+(?:ready|free|available)|you\s+(?:feel\s+)?ready|(?:the\s+)?timing\s+(?:is\s+)?(?:right|works|makes sense|is better)|it\s+makes\s+sense(?:\s+for\s+(?:you|your\s+(?:team|side)))?)\b|(?<!\bearliest\s)\bat\s+your\s+convenience\b|\bat\s+(?:a|any)\s+time\s+(?:that(?:'s| is)?\s+|which\s+is\s+)?(?:convenient|works|suits|best suits|works best|is convenient|is best)(?:\s+for)?(?:\s+(?:you|your team)\b)?|(?<!\b(?:is|be|are|was|were|if)\s+(?:[\w']+\s+)?)\b(?:whatever|whichever|any|an?|the|other|a couple of|a few|some|two|three)\s+(?:(?:other|good|convenient|different|later)\s+)?(?:time|day|date|slot|time slot|week|morning|afternoon|evening|window|timeline|timeframe)s?\s+(?:that\s+|which\s+)?(?:works?|suits?|fits?|is (?:convenient|best|easiest|better)|are (?:convenient|best|easiest|better)|would (?:work|suit))\s+(?:best\s+|better\s+)?(?:for\s+)?(?:you\b|your (?:team|schedule|calendar|side|people|staff|crew|diary|folks|group))(?:\s+(?:best|better))?|\b(?:whatever|whichever)\s+(?:suits|works|fits|is (?:convenient|easiest|best|better))\s+(?:best\s+|better\s+)?(?:for\s+)?(?:your\s+(?:[\w-]+\s+)?(?:schedule|calendar|diary|timeline|rosters?|rotas?|shifts?|availability|hours|timing)\b|(?<=\b(?:time|times|day|days|week|weeks|date|dates|slot|slots|morning|mornings|afternoon|afternoons|evening|evenings|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|am|pm|call|meeting|session|timing|schedule|when)\b[^.?!]{0,80})(?:you|your team)\b)(?:\s+(?:best|better))?|\b(?:at|on)\s+(?:times|days|dates|hours)\s+that\s+(?:suit|work for|fit|are convenient for)\s+(?:you\b|your\s+(?:team|schedule|calendar|staff|people))|\b(?:work(?:ing)?|mov(?:e|ing)|go(?:ing)?|proceed(?:ing)?|fit(?:ting)?|adapt(?:ing)?)\s+(?:(?:entirely|completely|fully)\s+)?(?:around|to|on|at|with|in with)\s+your\s+(?:own\s+)?(?:schedule|timeline|timetable|pace|calendar|availability|time)\b`,
      rationale: 'Deferring to the buyer\'s calendar or pace is a small give: it is better spent on a fixed next step.',
      ask: {
        level: 'access',
        text: 'If I fit around your schedule, could we lock in 30 minutes this week with you and your team lead?',
      },
      examples: {
        flag: [
          "Let's find a slot [whenever works for you].",
          'We can review the draft [at your convenience].',
          "I'll send the invite for [whatever time works best for you].",
          "We'll [move at your pace] on this.",
          'Just let me know [whenever you are ready] and I will set it up.',
          'Send over [a couple of days that suit you] and I will get it booked.',
          "Happy to do Tuesday or Thursday, [whichever suits your team better].",
          "We'll come back with the install plan for [whatever suits your maintenance schedule].",
        ],
        pass: [
          'Please return the signed form at your earliest convenience.',
          'Does Tuesday at 2pm work for you?',
          'Let me know if you have any questions.',
          "Send the signed order form over whenever you're ready.",
          'Is Friday a day that works for you?',
          'We can send a PDF or a spreadsheet, whichever suits you.',
        ],
      },
    },
    {
      id: 'no-rush',
      kind: 'give',
      category: 'time',
      negation: 'before',
      cues: ['rush', 'hurry', 'time', 'long', 'deadline', 'wait', 'rushed', 'pressure', 'urgency', 'take', 'need'],
      pattern: String.raw`\b(?:there(?:'s| is)\s+)?no\s+(?:rush|hurry)(?:\s+(?:at all|whatsoever|on (?:our|my) (?:end|side)|on this|on (?:the|your) (?:decision|timing|reply|response|answer)))?\b|\btake\s+(?:all\s+the|your|whatever)\s+time(?:\s+you\s+(?:need|want|require))?\b|\btake\s+the\s+time\s+you\s+(?:need|want|require)\b|\btake(?<=(?:^\s*|\b(?:feel free to|please|just|so|and|happy for you to|fine to|you can|you should)\s+)take)\s+(?:a\s+(?:few|couple of)\s+(?:more\s+)?(?:days|weeks)|the\s+(?:weekend|week)|a\s+(?:week|day|few days)|some\s+(?:more\s+)?time|a\s+bit\s+(?:more\s+)?time|(?:a\s+)?little\s+(?:more\s+)?time)\s+to\s+(?:think|mull|go through|review|consider|digest|look|weigh|discuss|decide|sleep on|read)\b(?:\s+(?:it|this|that|things|them)(?:\s+(?:over|through))?)?|\bno\s+(?:urgency|time pressure)(?:\s+(?:at all|on (?:our|my) (?:end|side)|from (?:our|my) side))?\b|\btake\s+as\s+(?:long|much time)\s+as\s+you\s+(?:need|want|like)\b|\bno\s+need\s+to\s+(?:rush|hurry)\b|\b(?:don't|do not)\s+(?:feel\s+)?(?:rushed|hurried|you have to rush)\b|\b(?:don't|do not)\s+(?:rush|hurry)(?:\s+(?:the|your)\s+(?:decision|review|evaluation))?\b|\bno\s+(?:deadline|time pressure|pressure on (?:timing|time|the timeline))(?:\s+(?:on|from)\s+(?:our|my)\s+(?:end|side))?|\bin\s+your\s+own\s+(?:good\s+)?time\b|\bif\s+you\s+need\s+(?:a\s+(?:bit|little)\s+|some\s+)?(?:more|extra|additional)\s+time\b(?:,?\s+(?:I|we)\s+can\s+(?:note|mark|hold|keep|wait|push|extend)\b[^.?!;]{0,50})?|\b(?:happy|glad|fine|okay|ok|willing)\s+to\s+(?:wait|give you (?:more|extra|additional|a few more|as much)\s+(?:time|days|weeks))\b|\b(?:extend|push back|push out|move)\s+(?:the|your|our|that)\s+(?:deadline|due date|cutoff|cut-off|response date)\b(?:\s+(?:to|until|by)\s+(?:{DATE}|next week))?`,
      rationale: 'Telling the buyer there is no rush gives away the timeline: pair it with a date you both agree on.',
      ask: {
        level: 'commitment',
        text: 'If we take the pressure off the timeline, can we still agree on a decision date, say the 30th, so both teams can plan?',
      },
      examples: {
        flag: [
          '[No rush], just whenever you get a chance.',
          'Please [take all the time you need] with the contract.',
          "[If you need more time, I can note that you're still reviewing].",
          "[There's no hurry on our end]; the slot is yours.",
          'We can [extend the deadline to Friday] if that helps.',
          'Feel free to [take a few days to think it over] with your partners.',
          "There's [no urgency on our side], so let the board weigh in first.",
          "Honestly, [no time pressure from our side]; the slot is held either way.",
        ],
        pass: [
          'No pressure either way.',
          "No worries if not, I'll try again next quarter.",
          'Implementation will take time, so we should start soon.',
          'No need to decide now; I will check back once you are live.',
        ],
      },
    },
    {
      id: 'push-date-for-you',
      kind: 'give',
      category: 'time',
      cues: ['push', 'pushing', 'postpone', 'delay', 'defer', 'shift', 'slide', 'reschedule', 'move', 'moving', 'bump', 'hold'],
      pattern: String.raw`\b(?:happy|glad|willing|fine|able|more than happy|open|no problem)\s+(?:for us\s+)?to\s+(?:push|move|shift|slide|postpone|delay|defer|reschedule|hold off on|bump)\s+(?:the|your|our|that|this)\s+(?:[\w-]+\s+)?(?:kick-?off|start(?: date)?|go-live(?: date)?|launch(?: date)?|deadline|due date|cut-?off|timeline|delivery(?: date)?|install(?:ation)?(?: date)?|implementation|rollout|roll-out|onboarding|cutover|migration|decision date|project)\b(?:\s+(?:back|out))?(?:\s+(?:by\s+)?(?:a|one|two|three|a few|a couple of)\s+(?:days?|weeks?|months?))?|\b(?:I|we)\s+(?:can|could|'d be happy to|would be happy to)\s+(?:easily\s+|always\s+|certainly\s+|definitely\s+|happily\s+)?(?:push|move|shift|slide|bump)\s+(?:the|your|our|that|this)\s+(?:[\w-]+\s+)?(?:kick-?off|start(?: date)?|go-live(?: date)?|launch(?: date)?|deadline|due date|cut-?off|timeline|delivery(?: date)?|install(?:ation)?(?: date)?|implementation|rollout|roll-out|onboarding|cutover|migration|project)\s+(?:back|out)\b(?:\s+(?:by\s+)?(?:a|one|two|three|a few|a couple of)\s+(?:days?|weeks?|months?))?|\b(?:I|we)\s+(?:can|could)\s+(?:easily\s+|always\s+|certainly\s+|happily\s+)?(?:postpone|delay|defer|hold off on)\s+(?:the|your|our|that|this)\s+(?:[\w-]+\s+)?(?:kick-?off|start(?: date)?|go-live(?: date)?|launch(?: date)?|install(?:ation)?|implementation|rollout|roll-out|onboarding|cutover|migration|project)\b`,
      rationale: 'Moving your own milestone back to suit the buyer hands them the schedule: agree the new date with the people who own it.',
      ask: {
        level: 'commitment',
        text: 'If we move the kickoff back, can we fix the new date now and have the signed order in by the end of next week?',
      },
      examples: {
        flag: [
          "We're [happy to push the kickoff back] while your team settles in.",
          '[We can move the go-live date out by two weeks] if that takes pressure off your team.',
          "No problem at all, [we can postpone the installation] until your new line is ready.",
        ],
        pass: [
          "We'll have to push the kickoff back a week because our lead is out.",
          "Unfortunately we can't move the go-live date out again.",
          'Happy to move our call to Thursday at 2pm as you suggested.',
        ],
      },
    },
    {
      id: 'reconnect-when-ready',
      kind: 'give',
      category: 'time',
      negation: 'ignore',
      cues: ['engage', 'reengage', 'reconnect', 'circle', 'touch', 'pick', 'resume', 'follow', 'talk', 'chat', 'connect', 'reach', 'revisit'],
      pattern: String.raw`\b(?:happy|glad|open)\s+to\s+(?:re-?engage|reconnect|revisit (?:this|things)|pick (?:this|things|it) (?:back )?up|circle back|pick up the conversation)\s+(?:(?:again|later|down the road|in the future)\s+)?(?:if|when|whenever|once)\s+(?:(?:the\s+)?(?:budget|timing|priorities|circumstances|scope|things)\s+(?:opens? up|frees? up|changes?|shifts?|improves?|is refined|settles?|works?|allows?)|(?:the\s+)?timing\s+is\s+(?:right|better)|you(?:'re| are)\s+ready)(?:\s+or\s+(?:the\s+)?(?:budget|timing|priorities|circumstances|scope)\s+(?:opens? up|frees? up|changes?|shifts?|improves?|is refined))?|(?<!\b(?:not|never|no longer)\s+(?:[\w']+\s+){0,2})(?<!n't\s+(?:[\w']+\s+){0,2})\b(?:reconnect|circle back|touch base|pick (?:this|things|it|the conversation) (?:back )?up|resume (?:the|our) conversation|follow up|reach back out|reach out again|get back in touch|talk again|chat again|connect again|come back to this|revisit (?:this|things|the conversation))\s+(?:(?:again|later|down the road|in the future)\s+)?(?:whenever|when|once|if and when)\s+(?:(?:the\s+)?timing\s+(?:is\s+)?(?:right|better|works|makes (?:more )?sense|improves)|it\s+makes\s+(?:more\s+)?sense(?:\s+for\s+(?:you|your\s+(?:team|side)))?|(?:you|your team)(?:'re| are)\s+(?:ready|in a better (?:spot|place|position)|back|settled|ready to (?:revisit|pick this back up|move forward))|(?:things|the dust|priorities)\s+(?:settle|settles|shift|calm down|quiet down)(?:\s+down)?|(?:it|that)\s+(?:works|suits)(?:\s+better)?\s+for\s+you|you(?:'ve| have)\s+(?:had\s+)?(?:more\s+)?(?:time|a chance|bandwidth|capacity))`,
      rationale: 'Offering to come back whenever the buyer is ready hands them the timeline.',
      ask: {
        level: 'access',
        text: 'If we pause for now, could we put 20 minutes in the calendar for early next quarter with you and your manager?',
      },
      examples: {
        flag: [
          "If timing isn't right, no worries - I'd love to [reconnect when it makes sense].",
          "I can [circle back once things settle down] after your launch.",
          "We can [pick this back up whenever you're ready].",
          "Let's [touch base again when the timing is better] for your team.",
          "We're [happy to re-engage if budget opens up or scope is refined].",
        ],
        pass: [
          "If {{pain point}} ever becomes a priority, just reply and I'll pick it back up.",
          "I don't want to keep following up if the timing or fit isn't right.",
          'I will follow up on Tuesday with the revised numbers.',
        ],
      },
    },
    {
      id: 'call-anytime',
      kind: 'give',
      category: 'time',
      cues: ['call', 'chat', 'coffee', 'zoom', 'phone', 'jump', 'hop', 'talk', 'available', 'free', 'anytime', 'whenever', 'connect', 'meet', 'meeting', 'around'],
      pattern: String.raw`(?<!\bif\s+you(?:'ve got|'ve| have| do have)\s+(?:any\s+)?(?:other\s+|more\s+|further\s+)?questions?,?\s+(?:[\w']+\s+){0,3})\b(?:happy|glad|available|free|more than happy)\s+to\s+(?:(?:grab|have)\s+(?:a\s+)?coffee\s+or\s+)?(?:jump|hop|get)\s+on\s+(?:a|the)\s+(?:quick\s+|short\s+|brief\s+|call\s+)?(?:call|phone call|phone|zoom|video call|chat|Teams call)(?:\s+with\s+(?:you|your\s+[\w-]+|them)(?=\s+(?:at\s+)?(?:any\s?time|whenever)))?(?:\s+(?:(?:at\s+)?any\s?time|whenever(?:\s+(?:it\s+)?(?:works|suits|is convenient)(?:\s+(?:for\s+)?you)?|\s+you(?:'d)?\s+(?:like|want|need|prefer))?|at your convenience|if (?:useful|helpful|that helps|it helps|it's helpful|it would help|you(?:'d)? (?:like|want|prefer))|this (?:weekend|evening)|tonight|today))?|\b(?:happy|glad|more than happy)\s+to\s+(?:grab|have)\s+(?:a\s+)?(?:coffee|lunch|a call|a chat)\b(?:\s+(?:any\s?time|whenever|if (?:useful|helpful|that helps|it helps)))?|\b(?:happy|glad)\s+to\s+(?:chat|talk|connect|meet|speak)\s+(?:any\s?time|whenever(?:\s+(?:works|suits|is convenient)(?:\s+for\s+you)?|\s+you(?:'d|'re)?\s+(?:like|want|free|available|ready))?|at your convenience)|\b(?:join|jump on|hop on|get on|do|have|set up)\s+(?:a|the)\s+(?:quick\s+|short\s+|brief\s+)?(?:call|chat|zoom|video call|phone call|meeting|session)\s+(?:with\s+(?:you|your\s+[\w-]+|them|the team)\s+)?(?:at\s+)?(?:any\s?time|whenever\s+(?:(?:it\s+)?(?:works|suits|is convenient)(?:\s+for\s+you)?|you(?:'d)?\s+(?:like|want|need|prefer)))\b|\b(?:I'm|I am|we're|we are|I'll be|we'll be)\s+(?:(?:also|generally|usually|mostly)\s+)?(?:available|free|around)\s+(?:pretty much\s+|basically\s+)?(?:any\s?time|whenever(?:\s+(?:works|suits)(?:\s+for\s+you)?)?|all (?:week|day)|any day|all (?:of\s+)?(?:next|this|that|the)\s+week|most (?:of\s+)?(?:next|this|that|the)\s+week|most days|every day)(?:\s+(?:this|next)\s+week)?(?:\s+(?:that\s+)?(?:works|suits)\s+(?:for\s+)?you)?(?![^.?!]*\b(?:questions?|to answer|to help|by (?:email|phone))\b)`,
      rationale: 'Open-ended availability for a call lets the buyer set the pace: better to propose a time with the right people.',
      ask: {
        level: 'access',
        text: 'If I keep my calendar open for you, could we book 30 minutes on Thursday with you and whoever signs off on this?',
      },
      examples: {
        flag: [
          '[Happy to grab a coffee or jump on a quick call if useful].',
          "I'm [happy to jump on a call whenever works for you].",
          "[I'm available any time this week that suits you].",
          'Always [happy to chat whenever you like].',
          "If a walkthrough is easier, [I'm around all of next week].",
          'Our architect can [join a call with your developers at any time] if that helps.',
          "She'd be [glad to get on a call with you whenever it suits you].",
        ],
        pass: [
          "If you've got questions, I'm happy to clarify the scope or get on a call to discuss it.",
          "I'm available by email if you have any questions.",
          'Feel free to reply any time.',
          "I'll be around all week if you have any questions.",
        ],
      },
    },
    {
      id: 'work-around-your-schedule',
      kind: 'give',
      category: 'time',
      cues: ['around', 'schedule', 'calendar', 'flexible', 'accommodate', 'things', 'open', 'zone', 'zones', 'slot', 'slots', 'book', 'pick', 'grab', 'choose', 'time', 'opened', 'freed', 'cleared', 'blocked', 'carved', 'aside', 'suit', 'scheduled', 'timed', 'arranged', 'planned'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:work|fit|plan|schedule|arrange)\s+(?:things\s+|it\s+|this\s+|myself\s+|us\s+|everything\s+)?around\s+(?:(?:your|your team's)\s+(?:schedule|calendar|availability|time ?zone|timeline|day|week|meetings|commitments|travel|hours|diary|shifts?)|you\b(?!r))|{WE}\s+(?:[\w']+\s+){0,2}?(?:accommodate|adapt to|fit into|fit in with|bend to)\s+(?:your|your team's)\s+(?:schedule|calendar|availability|time ?zone|timeline|hours)|{WE}\s+(?:[\w']+\s+){0,2}?(?:move|shuffle|rearrange|clear|juggle|shift)\s+(?:things|my (?:calendar|schedule|day|afternoon|morning|meetings)|some things|a few things|stuff|my other meetings)(?:\s+around)?(?:\s+(?:to|for)\s+(?:make (?:it|this|that) work|fit you in|suit you|accommodate you|you))?|\b(?:I'm|I am|we're|we are)\s+(?:very\s+|pretty\s+|totally\s+|fully\s+|completely\s+|quite\s+)?flexible\s+(?:on|with|about|around)\s+(?:the\s+|your\s+)?(?:timing|time|times|date|dates|scheduling|schedule|when|day|days|time zones?)\b|\bI\s+(?:have|'ve got|have got)\s+(?:a few|several|some|plenty of|a couple of|lots of|a number of)\s+(?:open\s+)?(?:time\s+)?(?:slots?|windows?|openings?)\s+(?:available|open|free)(?:\s+(?:this|next)\s+week)?|\bmy\s+(?:calendar|schedule|diary)\s+is\s+(?:wide\s+|pretty\s+|fairly\s+)?(?:open|flexible|free)\b|\b(?:pick|choose|grab|book|find)\s+(?:any|whatever|whichever|a)\s+(?:time|slot|day|time slot)(?:\s+(?:that|which))?\s+(?:suits|works for|fits|is convenient for|works best for)\s+(?:you|your team)\b|\b(?:pick|choose|grab|book|name|snag)\s+(?:any|whatever|whichever)\s+(?:time|slot|day|date|time slot|spot|window)s?\b(?:\s+(?:next|this|that)\s+week|\s+(?:you|that you)\s+(?:like|want|prefer))?(?!\s+(?:that|which)\b)|{WE}\s+(?:[\w']+\s+){0,2}?(?:open(?:ed)?\s+up|free(?:d)?\s+up|clear(?:ed)?|block(?:ed)?\s+(?:out|off)|carv(?:e|ed)\s+out|set\s+aside)\s+(?:(?:some|a few|a couple of|several|extra|more|additional|my|our|the|two|three|an?|whole|entire)\s+)*(?:(?:early|late|extra|additional|evening|weekend|Saturday|Sunday|morning|afternoon|open)\s+)?(?:slots?|time|mornings?|evenings?|weekends?|afternoons?|Saturdays?|Sundays?|calendar|diary|schedule)\b(?:\s+(?:and|or)\s+(?:(?:some|a few|a couple of|several|extra|more|two|three)\s+)?(?:(?:early|late|evening|weekend|Saturday|Sunday|morning|afternoon)\s+)?(?:slots?|mornings?|evenings?|weekends?|afternoons?|Saturdays?|Sundays?))?(?:\s+for\s+(?:you|your team))?|\b(?:schedul(?:e|ed|ing)|tim(?:e|ed|ing)|arrang(?:e|ed|ing)|plan(?:ned|ning)?|organi[sz](?:e|ed|ing)|book(?:ed|ing)?)\s+(?:(?:it|them|this|these|everything|the\s+(?:[\w-]+\s+)?(?:sessions?|training|visits?|install(?:ation)?|work|rollout|migration|cutover|deliver(?:y|ies)|calls?|workshops?))\s+)?(?:(?:entirely|completely|fully)\s+)?(?:to suit|around|to fit(?:\s+(?:around|in with))?|to work around)\s+(?:you\b(?!r)|your\s+(?:(?:team's|staff|own|plant|production|busy|operational|[\w-]+)\s+)?(?:schedule|calendar|availability|rosters?|rotas?|shifts?|shift patterns?|hours|timetable|diary|downtime|operations|season|timeline|team|staff|people))\b|\b(?:grab|book|pick|schedule|choose)\s+(?:a\s+|any\s+|some\s+)?(?:time|slot|spot|meeting)\s+(?:directly\s+)?(?:on|in|via|through|from|using)\s+(?:my|our)\s+(?:calendar|calendly|booking (?:link|page)|scheduling (?:link|page))\b|\b(?:any|whatever|whichever)\s+time\s*zone\s+(?:works|suits|is easiest)(?:\s+for\s+you)?|\bacross\s+(?:all\s+|multiple\s+|your\s+)?time\s*zones\b`,
      rationale: 'Bending your calendar to the buyer\'s is a small give: ask for a fixed meeting with the right people in return.',
      ask: {
        level: 'access',
        text: 'If I work around your calendar, could we fix a slot this week with you and your ops lead?',
      },
      examples: {
        flag: [
          "[I'll work around your schedule] next week.",
          '[I can move things around] to make Thursday work.',
          "[I'm flexible on timing], mornings or afternoons.",
          'Feel free to [pick any time that suits you] using the link below.',
          'You can [book a slot directly on my calendar].',
          '[I have a few time slots available this week]:',
          'If Tuesday falls through, [grab any slot next week] and I will make it work.',
          "[I've opened up two evening slots] so your night shift can join.",
          'The refresher sessions will be [scheduled to suit your shift rotas].',
        ],
        pass: [
          'Thanks for suggesting Tuesday, that works for me.',
          'Does Monday at 2pm work for a quick call?',
          "I've cleared the backlog of open tickets.",
          'The webinar is scheduled for Thursday at 3pm.',
        ],
      },
    },
    {
      id: 'after-hours-availability',
      kind: 'give',
      category: 'time',
      cues: ['weekend', 'weekends', 'saturday', 'saturdays', 'sundays', 'sunday', 'evening', 'evenings', 'tonight', 'night', 'hours', 'early', 'late', 'myself', 'available'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?make\s+(?:myself|ourselves|(?:my|our)\s+(?:team|calendar|schedule|engineers?))\s+available(?:\s+(?:this|on the|over the|any|on)\s+(?:weekend|evening|morning|Saturday|Sunday|night)|\s+(?:tonight|tomorrow|early|late|after hours|outside (?:of )?(?:business|normal|working|your) hours|whenever you need|any\s?time|at (?:any|a) time that works(?: for you)?|on (?:Saturday|Sunday|the weekend)))?|{WE}\s+(?:[\w']+\s+){0,2}?(?:do|take|jump on|hop on|get on|have|join|meet|squeeze in|fit in|schedule|set up|run|hold)\s+(?:(?:a|the|your)\s+)?(?:(?:quick|short)\s+)?(?:(?:call|meeting|demo|session|chat|walkthrough|review|training)\s+)?(?:(?:on|in|over)\s+(?:a\s+|the\s+)?)?(?:this\s+)?(?:weekends?|Saturdays?|Sundays?|evenings?|tonight|after hours|outside (?:of )?(?:business|normal|working|your) hours|early (?:mornings?|in the morning)|late (?:evenings?|nights?|at night|in the evening)|before (?:your|the) (?:workday|day) starts)\b(?:\s+or\s+(?:early\s+|late\s+)?(?:mornings?|evenings?|weekends?))?(?:\s+(?:your time|in your time ?zone))?|{WE}\s+(?:[\w']+\s+){0,2}?make\s+(?:a\s+|the\s+)?(?:Saturday|Sunday|weekend|evening|late[- ]night|early[- ]morning|\d{1,2}\s*(?:am|a\.m\.)|\d{1,2}\s*(?:pm|p\.m\.)\s+your\s+time)\s+(?:call\s+|meeting\s+|slot\s+|session\s+)?work\b|\b(?:I|we)(?:'ll|'d|'m|'re| will| would| can| could| am| are)\s+(?:[\w']+\s+){0,3}?(?:come in|work|be (?:in|there|on-?site|online|on hand|on call|around|available)|stay (?:late|on)|do (?:it|this|that|the\s+[\w-]+(?:\s+[\w-]+)?))\s+(?:(?:on|over|during|in|at)\s+(?:a\s+|the\s+)?)?(?:this\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri)day\s+)?(?:weekends?|Saturdays?|Sundays?|evenings?|tonight|(?:bank |public )?holidays?|night|overnight|after hours|outside (?:of )?(?:business|normal|working|your) hours)\b|\beven\s+(?:on\s+)?(?:a\s+|the\s+)?(?:weekend|Saturday|Sunday|evening|after hours)\b|\b(?:early mornings?|late evenings?|evenings?|weekends?)\s+(?:are|is)\s+(?:fine|ok(?:ay)?|no problem|good)\s+(?:for|with)\s+(?:me|us)\b`,
      rationale: 'Evenings and weekends for the buyer are your personal time given away: get a committed meeting for it.',
      ask: {
        level: 'access',
        text: 'If I take the call on Saturday, could your technical lead and your decision maker both join it?',
      },
      examples: {
        flag: [
          "[I'll make myself available this weekend] for the cutover.",
          '[I can do a call on Saturday] if that is easier for your team.',
          '[We can do the call in the evening] so your shift can keep working.',
          "I'll be online [even on the weekend] if anything comes up.",
          "[I'll come in on Sunday] to run the upgrade while the store is closed.",
          "[We can do the cutover over the weekend] so your agents aren't affected.",
          "[I'm happy to stay late on Thursday evening] for the go-live.",
        ],
        pass: [
          "I'm out of the office this weekend.",
          'Our support team is available on weekdays.',
          'We work weekends during peak season, so expect some delay.',
        ],
      },
    },
    {
      id: 'travel-to-you',
      kind: 'give',
      category: 'time',
      cues: ['fly', 'flying', 'drive', 'driving', 'come', 'coming', 'travel', 'plane', 'trip', 'head', 'swing', 'stop', 'drop', 'pop'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:fly|drive|travel|head|trek|come|swing|pop)\s+(?:(?:out|over|down|up|in|by|across)\s+)?(?:(?:to|and)\s+)?(?:(?:see|meet|visit)\s+)?(?:you\b|your\s+(?:team|office|offices|site|plant|facility|HQ|headquarters|location|warehouse|store|city|place)|there\b)(?!\s+with\b)|{WE}\s+(?:[\w']+\s+){0,2}?fly\s+(?:out|over|down|up|in)(?:\s+(?:to\s+[\w{}\[\]]+|there|for (?:the|a) (?:meeting|kickoff|kick-off|demo|workshop|review)))?|{WE}\s+(?:[\w']+\s+){0,2}?(?:hop|jump|get)\s+on\s+a\s+(?:plane|flight|train)\b|{WE}\s+(?:[\w']+\s+){0,2}?make\s+the\s+trip\b|{WE}\s+(?:[\w']+\s+){0,2}?come\s+(?:to\s+)?(?:on-?site|in person)\b|\b(?:come|drop|stop|pop|swing)\s+(?:by|over|round|in)\s+(?:to\s+|at\s+)?(?:your\s+(?:office|offices|site|plant|facility|HQ|headquarters|location|warehouse|store|place|depot|factory|clinic|shop|branch|campus|yard|kitchen|lab)\b|to see you\b)|\b(?:happy|glad|willing|able|more than happy|offered|offering)\s+to\s+(?:fly|drive|travel|come|swing|pop|stop|drop|head)\s+(?:(?:out|over|down|up|in|by|across)\s+)?(?:to\s+)?(?:(?:see|meet|visit)\s+)?(?:you\b|your\s+(?:team|office|offices|site|plant|facility|HQ|headquarters|location|warehouse|store|city|place|depot|factory))(?!\s+with\b)|\b(?:fly|drive|travel|come)\s+(?:out|over|down|up)\s+to\s+(?:see\s+|meet\s+|visit\s+)?(?:you\b|your\s+(?:team|office|offices|site|plant|facility|HQ|headquarters|location|city|warehouse|depot|factory))`,
      rationale: 'Travelling to the buyer is days of your time: make sure the trip meets the people who decide.',
      ask: {
        level: 'access',
        text: 'If I fly out, could we make it a working session with your COO and the budget owner in the room?',
      },
      examples: {
        flag: [
          '[I can fly out to Denver] the week of the 14th.',
          "[I'd be happy to come to your office] for the kickoff.",
          "[We can drive up and see you] on Thursday.",
          '[I can hop on a plane] if an in-person meeting helps.',
          'Our CTO is in Munich that week and could [stop by your office] on any day.',
          'Always [happy to drive over to your plant] if it is easier to talk there.',
        ],
        pass: [
          "I'll come back to you with the revised numbers.",
          "I'll come to you with a proposal by Friday.",
          "Unfortunately I can't travel this month.",
          'Feel free to stop by our booth at the show.',
        ],
      },
    },
    {
      id: 'expedite',
      kind: 'give',
      category: 'time',
      cues: ['expedite', 'expedited', 'rush', 'prioritize', 'prioritise', 'priority', 'fast', 'track', 'front', 'queue', 'accelerate', 'speed', 'express', 'overnight', 'bump', 'top', 'skip', 'jump', 'ahead', 'prioritized', 'prioritised', 'rushed'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,3}?(?:expedite|rush|fast-?track|prioriti[sz]e|accelerate|speed up)\s+(?:your\s+(?:order|delivery|shipment|onboarding|implementation|deployment|setup|request|ticket|account|rollout|install(?:ation)?|build|review|contract|paperwork|approval)|the\s+(?:order|delivery|shipment|onboarding|implementation|deployment|setup|build|install(?:ation)?|rollout|process|timeline|review|approval|paperwork)|delivery|shipping|production|it|this|things|that)\b|\b(?:move[ds]?|moving|put(?:ting)?|bump(?:ed|ing)?|push(?:ed|ing)?|slot(?:ted|ting)?)\s+(?:you|your\s+(?:[\w-]+\s+)?(?:order|project|request|ticket|implementation|onboarding|shipment|build|case|application|install(?:ation)?|delivery|job|account|team|repair|job))\s+(?:right\s+)?(?:up\s+)?(?:to\s+)?(?:the\s+)?(?:front of the (?:line|queue)|top of the (?:list|queue|pile|stack)|up the (?:queue|list)|ahead (?:of|in) the (?:queue|line))|(?<!\byou\s+(?:[\w']+\s+){0,2})\b(?:expedit(?:e|ed|ing)|fast-?track(?:ed|ing)?|rush(?:ed|ing)?|prioriti[sz](?:e|ed|ing))\s+your\s+(?:[\w-]+\s+)?(?:order|delivery|shipment|onboarding|implementation|deployment|setup|install(?:ation)?|build|rollout|ticket|case|repair|replacement)s?\b(?:\s+(?:units?|parts?|orders?|requests?))?|\b(?:let\s+)?(?:you|your\s+(?:order|project|request|shipment|build|team))\s+(?:can\s+|will\s+|gets?\s+to\s+)?(?:jump|skip)\s+the\s+(?:queue|line|waitlist|waiting list)\b|{WE}\s+(?:[\w']+\s+){0,3}?(?:offer|give you|provide|arrange|set up|upgrade you to|ship (?:it|this|them|your order))\s+(?:you\s+)?(?:with\s+)?(?:an?\s+|the\s+)?(?:expedited|rush|priority|express|overnight|same-day|next-day)(?:\s+(?:delivery|shipping|processing|onboarding|implementation|turnaround|handling|setup))?\b`,
      rationale: 'Expediting for this buyer jumps your queue: trade it for a faster signature.',
      ask: {
        level: 'commitment',
        text: 'If we expedite delivery, can we have the signed order and PO by Friday so the slot is firm?',
      },
      examples: {
        flag: [
          '[We can expedite delivery] so the units arrive before your launch.',
          "[I'll prioritize your onboarding] over the rest of the queue.",
          "We'll [move you to the front of the queue] for installation.",
          '[We can ship it overnight] so it lands before Monday.',
          "I've asked the warehouse to [move your order to the front of the queue].",
          'Our support lead has [prioritized your replacement unit] for Monday.',
        ],
        pass: [
          "We can't expedite orders placed after the cutoff.",
          'Expedited shipping is available at checkout for $25.',
          'If you can expedite your approval, we can start sooner.',
        ],
      },
    },
    {
      id: 'fast-go-live',
      kind: 'give',
      category: 'time',
      cues: ['live', 'running', 'set', 'onboarded', 'launched', 'ready', 'operational', 'deployed', 'hours', 'hour', 'days', 'day', 'turnaround'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:have|get)\s+(?:you|your team|your (?:account|store|site|system|instance|workspace|team|people))\s+(?:(?:all\s+)?(?:up and running|live|set up|onboarded|launched|deployed|ready to go|operational|fully set up|trained))\s+(?:in|within|by)\s+(?:(?:just|only|less than|under)\s+)?(?:(?:\d{1,3}|{NUM}|twenty-four|forty-eight|seventy-two)\s*-?\s*hours?|(?:[1-7]|one|two|three|four|five|a|a couple of|a few)\s*-?\s*(?:business\s+)?days?|(?:a|one)\s+week|{DATE})|\b(?:same-day|next-day|24-hour|48-hour|overnight)\s+turnaround\b`,
      rationale: 'Promising a very fast go-live puts your team on the buyer\'s clock: ask for their commitment to match it.',
      ask: {
        level: 'commitment',
        text: 'If we have you live within a week, can we get the signed order today so the team can start?',
      },
      examples: {
        flag: [
          "[We'll have you live within 24 hours]!",
          "[I can get your team up and running by Friday].",
          "[We can have your store set up in two days].",
        ],
        pass: [
          'Most customers are live within six weeks of signing.',
          "We won't have you live before the holidays.",
        ],
      },
    },
  ],
};
