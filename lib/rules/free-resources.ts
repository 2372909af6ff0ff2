import type { RuleSet } from './types.ts';

/** A person on the seller's side whose time is worth something: executives, engineers, specialists. */
const STAFF = String.raw`(?:co-?founders?|founders?|CEO|CTO|COO|CPO|CIO|CISO|CRO|president|head of (?:[\w-]+\s+)?(?:product|engineering|support|customer success|implementation|security|data|design|partnerships|science|analytics|platform|solutions)|VP of [\w-]+|VP (?:product|engineering)|chief [\w ]{0,20}?officer|product (?:managers?|leads?|director|owner)|(?:customer success|implementation|project|onboarding|delivery|engagement) (?:managers?|leads?)|(?:[\w-]+\s+){0,2}?(?:engineers?|architects?|consultants?|specialists?|experts?|scientists?|analysts?|SREs?|SEs?|developers?|designers?|trainers?|strategists?|account executives?|AEs?)|[\w-]+\s+leads?)`;

/** A name after a role, with or without commas: "our engineer Mateo", "our architect, Ewan Mackie,". */
const NAME = String.raw`(?:,?\s+(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[^\s,.;:!?()]+(?:\s+[^\s,.;:!?()]+)?,?)`;

/** Up to two more words of the object, stopping before a new clause or a time phrase. */
const TAIL = String.raw`(?:\s+(?!(?:and|or|but|so|next|this|that|before|after|by|on|in|at|would|will|with|to|for|from|as|which|who|if|when)\b)[\w-]+){0,2}`;

/** How a colleague's time is offered: "will", "would be happy to", "has offered to". */
const WILL = String.raw`(?:will|'ll|can|could|would|'d|is going to|are going to|(?:is|are|'s|'re|would be|'d be|will be|'ll be)\s+(?:more than\s+)?(?:happy|glad|available|ready|delighted|keen|standing by|on hand)\s+to|would love to|'d love to|would like to|'d like to|wants to|is keen to|plans to|(?:has|have)\s+(?:offered|agreed|volunteered)\s+to|offered to|volunteered to)`;

/** What the colleague does for this buyer. */
const HELP = String.raw`(?:join|hop on|jump on|get on|meet|walk|build|set up|configure|spend|dedicate|sit down|come|scope|run|lead|map|design|(?:present|demo|talk|speak)(?:\s+(?:it|this|that|the \w+))?\s+(?:to|with|for)\s+(?:you|your)|handle|do|take|review|look (?:at|over|into) your|write|answer|pair|train|own|fly|visit|be on-?site|be there|be on hand|help (?:you|your)|work (?:with|alongside) (?:you|your)|personally)`;

/**
 * Gives of category `resources`: work and people the seller spends on this
 * buyer for free. Existing collateral (a case study, a recorded demo link) and
 * the paperwork of a purchase (an invoice, licence keys) are not gives.
 */
export const freeResources: RuleSet = {
  id: 'free-resources',
  title: 'Free resources',
  description:
    'Proposals and quotes, custom demos, pilots, engineering and executive time, onsite workshops, free onboarding or migration, analyses and samples prepared for this buyer. Work done for free should earn access to the people who decide.',
  rules: [
    {
      id: 'proposal-or-quote',
      kind: 'give',
      category: 'resources',
      cues: ['proposal', 'proposals', 'quote', 'quotes', 'quotation', 'sow', 'statement', 'estimate', 'estimates', 'scope', 'bid', 'commercial', 'costing', 'breakdown', 'form'],
      pattern: String.raw`(?:{WE}|\blet me|\b(?:happy|glad) to)\s+(?:[\w']+\s+){0,3}?(?:send(?:ing)?|email(?:ing)?|attach(?:ing)?|includ(?:e|ing)|put(?:ting)? together|prepar(?:e|ing)|draft(?:ing)?|pull(?:ing)? together|work(?:ing)? up|writ(?:e|ing)|get(?:ting)?|shar(?:e|ing)|revis(?:e|ing)|updat(?:e|ing)|turn(?:ing)? around|finaliz(?:e|ing)|creat(?:e|ing)|build(?:ing)?|rework(?:ing)?|redo(?:ing)?|refresh(?:ing)?)\s+(?:(?:over|across|along|through|out|up)\s+)?(?:(?:you|your team|it|them)\s+)?(?:(?:over|across|along)\s+)?(?:(?:to|with|for)\s+you\s+)?(?:an?\s+|the\s+|your\s+|our\s+|my\s+|that\s+|this\s+)?(?:(?:formal|custom|detailed|revised|updated|new|final|finalized|official|written|tailored|firm|preliminary|rough|ballpark|draft|itemi[sz]ed|personali[sz]ed|proper|full|quick|short|one-page|fixed-price|budgetary|delivered|landed|all-in|binding|fixed)\s+)*(?:proposal|quote|quotation|SOW|statement of work|estimate|scope of work|scope|bid)s?\b|\b(?:(?:I|we)(?:(?:'ve| have)(?:\s+(?:just|also|now|already|gone ahead and))*|(?:\s+(?:just|also|already|went ahead and))+)|our\s+(?:[\w-]+\s+)?team\s+(?:has|have)(?:\s+(?:just|also|now|already))*)\s+(?:sent|emailed|attached|included|enclosed|put together|prepared|drafted|pulled together|worked up|written up|written|shared|revised|updated|finalized|reworked|uploaded|added)\s+(?:(?:over|across|along|through)\s+)?(?:(?:you|your team)\s+)?(?:an?\s+|the\s+|your\s+|our\s+|my\s+|that\s+|this\s+)?(?:(?:formal|custom|detailed|revised|updated|new|final|finalized|official|written|tailored|firm|preliminary|rough|ballpark|draft|itemi[sz]ed|personali[sz]ed|proper|full|quick|short|one-page|fixed-price|budgetary|delivered|landed|all-in|binding|fixed)\s+)*(?:proposal|quote|quotation|SOW|statement of work|estimate|scope of work|scope|bid)s?\b|\b(?:I|we)\s+(?:attached|enclosed|included)\s+(?:(?:over|across|along|through)\s+)?(?:(?:you|your team)\s+)?(?:an?\s+|the\s+|your\s+|our\s+|my\s+|that\s+|this\s+)?(?:(?:formal|custom|detailed|revised|updated|new|final|finalized|official|written|tailored|firm|preliminary|rough|ballpark|draft|itemi[sz]ed|personali[sz]ed|proper|full|quick|short|one-page|fixed-price|budgetary|delivered|landed|all-in|binding|fixed)\s+)*(?:proposal|quote|quotation|SOW|statement of work|estimate|scope of work|scope|bid)s?\b|\b(?:attached|enclosed|below)\s+(?:is|are|you'll find|you will find|please find|you can find)\s+(?:an?\s+|the\s+|your\s+|our\s+|my\s+)?(?:(?:formal|custom|detailed|revised|updated|new|final|finalized|official|written|tailored|firm|preliminary|rough|itemi[sz]ed|personali[sz]ed|proper|full|one-page|fixed-price)\s+)*(?:[\w&'-]+\s+){0,3}?(?:proposal|quote|quotation|SOW|statement of work|estimate|scope of work|bid)s?\b|\b(?:please\s+)?find\s+(?:attached|enclosed|below|herewith)\s+(?:an?\s+|the\s+|your\s+|our\s+|my\s+)?(?:(?:formal|custom|detailed|revised|updated|new|final|finalized|official|written|tailored|firm|preliminary|rough|itemi[sz]ed|personali[sz]ed|proper|full|one-page|fixed-price)\s+)*(?:proposal|quote|quotation|SOW|statement of work|estimate|scope of work|bid)s?\b|\b(?:please\s+)?find\s+(?:the|our|your)\s+(?:(?:formal|revised|updated|new|final|finalized|official|detailed|full)\s+)*(?:proposal|quote|quotation|SOW|estimate)(?:\s+(?:package|pack|document|deck))?\s+(?:attached|enclosed|below|here)\b|\b(?:I'll|I will|we'll|we will|I can|we can)\s+(?:have|get)\s+(?:the|a|an|your|our)\s+(?:(?:formal|custom|detailed|revised|updated|new|final|finalized|official|written|tailored|firm|preliminary|rough|itemi[sz]ed|personali[sz]ed|proper|full|one-page|fixed-price)\s+)*(?:proposal|quote|quotation|SOW|statement of work|estimate|scope of work)\s+(?:drafted|ready|written|finalized|prepared|over to you|to you|together|sent over|in your inbox)\b|\bhere(?:'s| is)\s+(?:a|the|your)\s+(?:custom|tailored|personali[sz]ed|bespoke)\s+(?:[\w-]+\s+)?(?:package|proposal|plan|quote|offer|bundle|option)\b|\bhere(?:'s| is| are)\s+(?:the|your|our|my|an?)\s+(?:(?:formal|custom|detailed|revised|updated|new|final|finalized|official|written|tailored|firm|preliminary|rough|itemi[sz]ed|personali[sz]ed|proper|full|one-page|fixed-price)\s+)*(?:proposal|quote|quotation|SOW|statement of work|estimate|scope of work|bid)s?\b|\b(?:the|your|our|my)\s+(?:(?:formal|custom|detailed|revised|updated|new|final|finalized|official|written|tailored|firm|itemi[sz]ed|full)\s+)*(?:proposal|quote|quotation|SOW|statement of work|estimate|(?:commercial|pricing|price|fee) schedule|costing|cost breakdown|pricing breakdown)(?:\s+(?:for|on|covering)(?:\s+[^\s.?!;:,]+){1,6}?)?\s+(?:is|are)\s+(?:now\s+)?(?:attached|enclosed|below|on (?:its|the) way|in your inbox)\b|\b(?:revised|updated|new|final|formal|detailed|itemi[sz]ed|full|custom|tailored|amended)\s+(?:proposal|quote|quotation|SOW|estimate|pricing|price schedule|commercial schedule|order form|scope|costing)s?\s+(?:attached|enclosed|below|herewith)\b|\b(?:along|together)\s+with\s+(?:an?|the|our|my)\s+(?:revised|updated|formal|detailed|custom|itemi[sz]ed|tailored|firm|fixed-price)\s+(?:proposal|quote|quotation|SOW|statement of work|estimate)s?\b(?:\s+for\s+(?:the\s+)?[^\s.?!;,]+(?:\s+[^\s.?!;,]+)?)?`,
      rationale: 'A proposal or quote prepared for this buyer is your time: make sure it goes to someone who decides.',
      ask: {
        level: 'access',
        text: 'If I put the proposal together, could we walk through it with you and your decision maker on a 30-minute call this week?',
      },
      examples: {
        flag: [
          "Sure, [I'll send over a proposal] today.",
          "For 20 seats you get 25% off. [I've attached the quote].",
          '[Attached is the updated proposal] for the warehouse project.',
          '[Please find the finalized proposal package below].',
          '[I went ahead and included an updated scope] to this email.',
          "[Here's the revised quote] with the extra licences.",
          "Great call today. [I'll have the SOW drafted] by Friday.",
          'If you have more devs than that [we can put together a quote].',
          'As discussed, [the proposal for the two-site rollout is attached].',
          "[Our bids team has put together a fixed-price quote] for the three depots.",
          '[Updated quote attached], with the extra licences added.',
          "The plan is attached, [along with a revised quote for the 40 seats].",
          'All set. [Amended order form attached] with the second site added.',
        ],
        pass: [
          "I haven't heard back since I sent the proposal last week.",
          "I've attached the invoice for March.",
          'Did you get a chance to review the proposal?',
          "I've forwarded the proposal I sent Marcus last week so you have the same context.",
          "We won't send a quote until the requirements are final.",
        ],
      },
    },
    {
      id: 'custom-demo',
      kind: 'give',
      category: 'resources',
      cues: ['demo', 'demos', 'demonstration', 'walkthrough', 'walk', 'video', 'prototype', 'trial', 'pilot', 'test', 'preview', 'mockup', 'mock', 'presentation', 'sandbox', 'loom', 'screencast', 'environment', 'instance', 'workspace', 'tenant', 're', 'rebuild', 'rebuilt', 'rework', 'reworked', 'redo', 'redid', 'redone', 'tailor', 'tailored', 'customize', 'customise', 'customized', 'customised', 'adapt', 'adapted', 'rerecord', 'rerecorded', 'refocus', 'refocused', 'restructure', 'restructured', 'rerun', 'reran', 'reshot', 'reshoot'],
      pattern: String.raw`\b(?:custom(?:ized|ised)?|tailored|personali[sz]ed|bespoke|dedicated|private|one-on-one|hands-on)(?<=\b(?:a|an|the|your|my|our|this|that|some|own)\s+(?:custom(?:ized|ised)?|tailored|personali[sz]ed|bespoke|dedicated|private|one-on-one|hands-on))\s+(?:(?:live|video|product|technical|[\w-]+-min(?:ute)?)\s+)?(?:demo|demonstration|walkthrough|walk-through|video|presentation|prototype|mock-?up|sandbox|proof of concept)s?\b(?:\s+(?:for|of)\s+(?:you(?:r\s+(?:team|use case|data|workflow|\w+))?|\{\{[^}]+\}\}))?|\b(?:demo|demonstration|walkthrough|walk-through|video|presentation|prototype|sandbox|mock-?up|loom|screencast)\s+(?:[\w-]+\s+){0,2}?(?:tailored|customi[sz]ed|built|configured|set up|recorded|made|created|personali[sz]ed|loaded|populated|designed)\s+(?:(?:specifically|just|especially)\s+)?(?:to|for|around|with|using|on)\s+(?:you\b|your\s+(?:own\s+)?[\w-]+|\{\{[^}]+\}\}|\[[^\]]+\])|\b(?:recorded|made|built|created|filmed|put together|mocked up|shot)\s+(?:you\s+)?(?:an?\s+)?(?:(?:quick|short|brief|\d+-min(?:ute)?|two-minute|five-minute)\s+)?(?:[\w-]+\s+)?(?:video|demo|walkthrough|loom|mock-?up|prototype|screencast)\s+(?:(?:specifically|just|especially|only)\s+)?for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\}|\[[^\]]+\])|\b(?:rebuild|rebuilt|rework(?:ed)?|redo|redid|redone|tailor(?:ed)?|customi[sz]ed?|adapt(?:ed)?|re-?record(?:ed)?|refocus(?:ed)?|restructured?|rerun|re-run|reran|re-?shot|re-?shoot)\s+(?:the|our|this|a|my)\s+(?:[\w-]+\s+)?(?:demo|walkthrough|presentation|video|training|workshop|session)\b(?:,?\s+(?:this time\s+)?(?:built\s+|tailored\s+|focused\s+)?(?:around|for|to|on|using|with)\s+(?:that|this|your|you|those|it|them)${TAIL})?|{WE}\s+(?:[\w']+\s+){0,2}?(?:built|created|configured|spun up|stood up|put together|loaded|prepared|provisioned|build|create|configure|spin up|stand up|provision)(?:\s+out)?\s+(?:you\s+)?(?:an?\s+|your\s+(?:own\s+)?|the\s+)?(?:private\s+|dedicated\s+|custom\s+|branded\s+|permanent\s+)?(?:demo|sandbox|test|trial|preview)\s+(?:environment|instance|account|workspace|site|portal|org|tenant|store)\b(?:\s+(?:using|with|for|around|based on|loaded with|populated with)\s+(?:you\b|your\b|the\b)${TAIL})?|\b(?:loaded|imported|uploaded|copied|pulled|migrated|put)(?<=\b(?:I|we)(?:'ve| have)?(?:\s+(?:just|already|also|now|gone ahead and|went ahead and))*\s+(?:loaded|imported|uploaded|copied|pulled|migrated|put))\s+(?:all\s+(?:of\s+)?|some\s+(?:of\s+)?)?your\s+(?:own\s+)?(?:[\w-]+\s+){0,4}?(?:data|catalog(?:ue)?|products?|SKUs?|orders?|records|files|contacts|inventory|invoices|content|templates|users|history|transactions|tickets)\s+(?:in)?to\s+(?:an?|the|your|our)\s+(?:[\w-]+\s+)?(?:demo|sandbox|test|trial|preview|pilot)(?:\s+(?:environment|instance|account|workspace|site|portal|org|tenant|store))?\b|\b(?:recorded|made|built|created|filmed|put together|mocked up|shot)\s+(?:you\s+)?(?:an?\s+)?(?:(?:quick|short|brief|\d+-min(?:ute)?|one-minute|two-minute|three-minute|five-minute)\s+)?(?:[\w-]+\s+)?(?:video|demo|walkthrough|loom|mock-?up|prototype|screencast)\s+(?:walking|showing|explaining|covering)\s+(?:you\s+)?(?:through\s+)?(?:[\w-]+\s+){0,4}?(?:your|\{\{[^}]+\}\})\b${TAIL}`,
      rationale: 'A demo built or recorded for this buyer is custom work: trade it for the people who decide.',
      ask: {
        level: 'access',
        text: 'If I tailor the demo to your workflow, could your VP of Operations join so we can shape it around the decision?',
      },
      examples: {
        flag: [
          "I'll [put together a custom demo for your team] using your own order data.",
          '[Recorded a 2-min video specifically for {{company}}] showing the new routing.',
          "If so, tell me what matters and I'll [rebuild the demo around that].",
          'I set up a [sandbox loaded with your own data] so you can click around.',
          'I also [reshot the onboarding video with your logo] and team names.',
          "We'll [re-run the admin training, this time built around your own workflows] next week.",
          'I [recorded a 2-minute video showing how your own checkout] would look with the widget.',
          "[We've built a demo workspace using your product catalogue] so you can try it.",
          "I've [imported your last 90 days of tickets into a pilot workspace] so your agents see real cases.",
          "[I've built out a private demo instance with your own data] so the planners see familiar stops.",
        ],
        pass: [
          "Here's the link to our recorded demo from last week's webinar.",
          'Our product tour is on the website.',
          '1. Custom demo',
        ],
      },
    },
    {
      id: 'demo-offer',
      kind: 'give',
      category: 'resources',
      cues: ['demo', 'demos', 'walkthrough', 'walk', 'show', 'see', 'tour'],
      pattern: String.raw`(?:\b(?:would|do|did|if)\s+you(?:'d)?\s+|\byou'd\s+|^\s*)(?:want|like|care|be interested|are interested|interested|curious|keen)\s+(?:in\s+)?(?:to\s+)?(?:see(?:ing)?|get(?:ting)?|tak(?:e|ing)|hav(?:e|ing)|check(?:ing)? out)\s+(?:a\s+(?:quick\s+|short\s+|live\s+|full\s+|deeper\s+)?(?:demo|walkthrough|walk-through|tour|test drive|look under the hood)|how\s+(?:it|this|that|we|our (?:product|platform|tool|app|software|team)|\{\{[^}]+\}\}|\[[^\]]+\])\s+(?:works?|would work|could work|looks?|would look|handles? (?:it|that|this))(?:\s+(?:for|with|in)\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\}))?)|\b(?:I|we|our team)(?<!\b(?:can|could|shall|should|would|may|do|will|did)\s(?:I|we|our team))(?<!\bso (?:that )?(?:I|we|our team))(?:'ll| will| can| could|'d be happy to|'d be glad to|'m happy to|'m glad to| am happy to| are happy to|'re happy to| would be happy to|'d gladly| would gladly)\s+(?:also\s+|gladly\s+|quickly\s+|personally\s+)?(?:show\s+(?:you\s+|your team\s+)?(?:how|the|exactly)\b(?:[^.?!;,:—–]{0,60})|walk\s+(?:you|your team)\s+through\s+(?:(?:it|this|that|the (?:setup|platform|product|workflow|demo|process|integration|numbers|details))\b)|(?:give|do|run|set up|host)\s+(?:you\s+|your team\s+)?(?:an?\s+|the\s+)?(?:quick\s+|short\s+|live\s+|full\s+|deeper\s+|technical\s+|second\s+|follow-up\s+)*(?:demo|walkthrough|walk-through|demonstration)(?:\s+for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\}))?)|\blet\s+me\s+show\s+you\s+how\s+(?:it|this|that|we)\b(?:[^.?!;,:—–]{0,40})|\b(?:happy|glad)\s+to\s+present\s+(?:it\s+|this\s+)?to\s+(?:you\s+and\s+)?your\s+(?:team|[\w-]+)|\b(?:happy|glad)\s+to\s+(?:show\s+you\s+(?:an?\s+)?(?:quick\s+|short\s+|live\s+|full\s+)?(?:demo|walkthrough|walk-through|demonstration)\b|show\s+(?:you\s+)?how\b(?:[^.?!;,:—–]{0,60})|walk\s+(?:you|your team)\s+through\s+(?:it|this|that|the (?:setup|platform|product|workflow|process|integration|numbers|details))\b|(?:give|do|run|set up)\s+(?:you\s+|your team\s+)?(?:an?\s+|the\s+)?(?:quick\s+|short\s+|live\s+|full\s+|deeper\s+|technical\s+|second\s+|follow-up\s+)*(?:demo|walkthrough|walk-through|demonstration))|\bwalk(?<!\byou\s(?:to\s)?walk)\s+your\s+(?:[\w-]+\s+)?(?:developers?|devs|engineers?|team|admins?|analysts?|IT (?:team|lead)|CFO|CTO|finance team|ops team|staff|people|planners|users|managers?|board)\s+through\s+(?:it|this|that|the\s+(?:[\w-]+\s+)?(?:setup|set-up|platform|product|workflow|process|integration|numbers|details|configuration|architecture|roadmap|install(?:ation)?|API|webhooks?|model|analysis|results|demo|migration|business case))\b`,
      rationale: 'Offering a demo, or a walkthrough the buyer asked for, spends your time on their evaluation.',
      ask: {
        level: 'access',
        text: 'If I run the demo for you, could we book it for a time when your operations lead and the budget owner can both join?',
      },
      examples: {
        flag: [
          '[Want to see how it works]?',
          "If you're open to a 15-minute executive demo, [I'll show the workflow-to-evidence path].",
          "[I'd be happy to walk you through the setup] on Thursday.",
          '[Would you like to see a quick demo]?',
          '[Happy to show you a quick demo] - no pressure.',
          "Happy to jump on a call and [walk your developer through the webhook setup].",
        ],
        pass: [
          "We've solved this for three similar companies. Would love to show you how.",
          "I'd love to show you some samples and discuss how we can support your program.",
          'Can we set up a demo with your team next week?',
          'Could you walk your team through the setup before Friday?',
          'Could we grab 20 minutes on Tuesday so I can show you how it would work for your stores?',
        ],
      },
    },
    {
      id: 'custom-work-done',
      kind: 'give',
      category: 'resources',
      negation: 'before',
      cues: ['free', 'together', 'changes', 'edits', 'updates', 'revisions', 'tweaks', 'drafted', 'prepared', 'mocked', 'compiled', 'wrote', 'written', 'went', 'gone', 'happy', 'glad', 'built', 'created', 'made', 'summary', 'overview', 'recap', 'plan', 'mockup', 'outline', 'sketched', 'sketching', 'mocking', 'attached', 'enclosed', 'included', 'shared', 'liberty', 'pass', 'stab', 'go', 'crack', 'mapped', 'mapping', 'rebuilt', 'rebuilding', 'recreated', 'recreating', 'ported', 'porting', 'translated', 'translating', 'wireframed', 'wireframing', 'storyboarded', 'storyboarding', 'prototyped', 'prototyping', 'laid', 'laying', 'modeled', 'modelled', 'modeling', 'modelling', 'stood', 'wired', 'knocked'],
      pattern: String.raw`\b(?:put together|pulled together|drafted|prepared|written up|wrote up|mocked up|sketched out|compiled|assembled|outlined|mapped out)(?<=\b(?:I|we)(?:'ve| have)?(?:\s+(?:just|already|also|now|gone ahead and|went ahead and|quickly))*\s+(?:put together|pulled together|drafted|prepared|written up|wrote up|mocked up|sketched out|compiled|assembled|outlined|mapped out))\s+(?:you\s+|for you\s+)?(?:an?\s+|the\s+|some\s+|your\s+)?(?:(?:quick|brief|short|detailed|custom|tailored|one-page|rough|draft|first|initial|high-level|step-by-step|written|simple|proposed|\d+-(?:page|slide|step|week|month|day|point))\s+)*(?:(?:onboarding|rollout|migration|training|launch|cutover|implementation|go-live|adoption|enablement|support|pricing|renewal)\s+)?(?:summary|overview|recap|plan|roadmap|mockup|mock-up|prototype|deck|document|doc|memo|outline|checklist|comparison|breakdown|template|guide|playbook|timeline|implementation plan|rollout plan|project plan|action plan|brief|one-pager|spreadsheet|calculator|workflow|dashboard|draft|version|list|example|examples|sample|notes)\b(?:\s+(?:for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\})|(?:that\s+)?you\s+can\s+(?:share|use|forward|take)(?:\s+internally)?))?|\b(?:made|implemented|incorporated|applied|completed|done|finished|fixed|addressed|handled|actioned)(?<=\b(?:I|we)(?:'ve| have)?(?:\s+(?:just|already|also|now|gone ahead and|went ahead and))*\s+(?:made|implemented|incorporated|applied|completed|done|finished|fixed|addressed|handled|actioned))\s+(?:(?:a few|some|most|all|each|both|several|two|three)\s+(?:of\s+)?)?(?:the|your|those|these)\s+(?:[\w-]+\s+)?(?:changes|edits|updates|revisions|tweaks|fixes|requests|modifications|suggestions|change requests)\b(?:\s+(?:(?:that\s+)?you(?:r team)?|your team)\s+(?:asked for|requested|listed|mentioned|suggested|flagged|sent(?: over)?|wanted|raised|needed))?|\b(?:sketch(?:ed|ing)|mock(?:ed|ing)\s+up|map(?:ped|ping)\s+out|wirefram(?:ed|ing)|storyboard(?:ed|ing)|prototyp(?:ed|ing)|lay(?:ing)?\s+out|laid\s+out|model(?:l?ed|l?ing))(?<=\b(?:I|we)\b(?:'ve|'d|'ll|'m)?[^.?!;]{0,100}?\s(?:sketch(?:ed|ing)|mock(?:ed|ing)\s+up|map(?:ped|ping)\s+out|wirefram(?:ed|ing)|storyboard(?:ed|ing)|prototyp(?:ed|ing)|lay(?:ing)?\s+out|laid\s+out|model(?:l?ed|l?ing)))(?:\s+(?:out|up))?\s+(?:for\s+you\s+)?(?:how|what)\s+(?:your|the same|the|\{\{[^}]+\}\}|[\w-]+'s|it|this|that)\b[^.?!;]{0,60}?\b(?:would|could|might|will|can)\s+(?:look|work|run|flow|fit|play out|come together)\b(?:\s+like\b)?(?:\s+(?:in|on|with|inside|using)\s+(?:\{\{[^}]+\}\}|our\s+[\w-]+|(?!(?:the|a|an|some|this|that)\b)[\w-]+))?|\b(?:sketch(?:ed|ing)|mock(?:ed|ing)\s+up|map(?:ped|ping)(?:\s+out)?|model(?:l?ed|l?ing)|rebuil(?:t|ding)|recreat(?:ed|ing)|port(?:ed|ing)|translat(?:ed|ing)|lay(?:ing)?\s+out|laid\s+out)(?<=\b(?:I|we)\b(?:'ve|'d|'ll|'m)?[^.?!;]{0,60}?\s(?:sketch(?:ed|ing)|mock(?:ed|ing)\s+up|map(?:ped|ping)(?:\s+out)?|model(?:l?ed|l?ing)|rebuil(?:t|ding)|recreat(?:ed|ing)|port(?:ed|ing)|translat(?:ed|ing)|lay(?:ing)?\s+out|laid\s+out))\s+(?:all\s+(?:of\s+)?)?your\s+(?:[\w-]+\s+){0,3}?(?:process|processes|workflows?|flows?|setup|data|fields?|schema|pipeline|journey|structure|catalog(?:ue)?|forms?|templates?|rules|reports?|dashboards?|org chart|funnel|steps)\s+(?:onto|into|to|in|inside|within)\s+(?:our\s+[\w-]+|the\s+(?:platform|product|tool|app|system)|\{\{[^}]+\}\})|\b(?:attached|enclosed|included|shared)(?<=\b(?:I|we)(?:'ve| have)?(?:\s+(?:just|already|also|now))*\s+(?:attached|enclosed|included|shared))\s+(?:you\s+)?(?:an?|the|my|our|some|two|three|a few|a couple of)\s+(?:(?:quick|rough|draft|first|initial|early)\s+)?(?:mock-?ups?|wireframes?|prototypes?|concepts?|sketch(?:es)?|design concepts?|visuals?|renders?|renderings?)\s+(?:of|for)\s+(?:your\b|\{\{[^}]+\}\})(?:\s+[\w'-]+){0,2}?(?=\s+(?:next|this|on|at|in|once|when|so|and|to|before|after|from|during|who|that|which|whenever|if|based|with|using|showing|by|as|ahead|for)\b|\s*[,.;:!?—–(]|\s*$)|\b(?:took\s+the\s+liberty\s+of|(?:took|taken|had)\s+(?:a\s+)?(?:first\s+|quick\s+|rough\s+)?(?:pass|stab|go|crack)\s+at)(?<=\b(?:I|we)(?:'ve| have)?(?:\s+(?:just|already|also))*\s+(?:took|taken|had)\b[^.?!;]{0,30})\s+(?:[\w-]+ing)\s+(?:(?:up|out|together)\s+)?(?:you\s+)?(?:an?\s+|the\s+|some\s+|your\s+)?(?:[\w'-]+\s+){0,3}?(?:plan|roadmap|timeline|proposal|quote|mock-?up|prototype|deck|summary|outline|checklist|comparison|business case|model|analysis|process|workflow|flows?|template|spec|draft|version|schedule|agenda|dashboard|report|design|layout|page)s?\b(?:\s+(?:for|of)\s+(?:you\b|your\s+(?:[\w-]+\s+){0,2}?[\w-]+(?=\s+(?:next|this|on|at|in|once|when|so|and|to|before|after|from|during|who|that|which|whenever|if|based|with|using|showing|by|as|ahead|for)\b|\s*[,.;:!?—–(]|\s*$)|\{\{[^}]+\}\}))?|\b(?:built|created|made|put together|stood up|wired up|knocked together)(?<=\b(?:I|we)(?:'ve| have)?(?:\s+(?:just|already|also|now|quickly|gone ahead and|went ahead and))*\s+(?:built|created|made|put together|stood up|wired up|knocked together))\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:(?:working|rough|quick|first|initial|simple|basic|live|functioning|clickable|small)\s+)*(?:prototype|proof of concept|POC|mock-?up|wireframes?|version)\s+of\s+(?:the\s+|your\s+|an?\s+)?(?:[\w-]+\s+){0,3}?[\w-]+(?=\s+(?:using|with|for|on|off|from|against|that|which|so|and|based|built|in)\b|\s*[,.;:!?—–(]|\s*$)(?=[^.?!;]{0,80}\byour\b)|\b(?:went|gone)(?<=\b(?:I|we)(?:'ve| have)?\s+(?:just\s+|also\s+|already\s+)?(?:went|gone))\s+ahead\s+and\s+(?:set up|created|configured|built|prepared|drafted|put together|mocked up|recorded|made)\s+(?:you\s+)?(?:an?\s+|the\s+|your\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:workspace|instance|environment|board|dashboard|template|report|integration|workflow|page|folder|channel|mockup|draft|version|changes|project|sandbox)s?\b|\b(?:built|created|made|designed|configured|set up)(?<=\b(?:I|we)(?:'ve| have)?(?:\s+(?:just|already|also))*\s+(?:built|created|made|designed|configured|set up))\s+(?:you\s+)?(?:an?\s+|the\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:template|dashboard|report|mockup|mock-up|prototype|workflow|integration|page|deck|version|example|plan|roadmap|playbook|guide|checklist|timeline)s?\s+(?:(?:specifically|just|especially)\s+)?for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\})|\b(?:do|extract|process|run|build|translate|design|audit|review|analy[sz]e|test|convert|edit|fix|write|create|clean up|format|redesign)(?<=\b(?:I|we)(?:'ll| will| can|'d be happy to|'m happy to|'re happy to| am happy to| are happy to|'d gladly)\s+(?:do|extract|process|run|build|translate|design|audit|review|analy[sz]e|test|convert|edit|fix|write|create|clean up|format|redesign))\b[^.?!;]{0,60}?\bfor free\b|\b(?:more than\s+)?(?:happy|glad)\s+to\s+(?:do|handle|build|make|set up)\s+(?:this|that|it|these|those)\s+for\s+you\b(?:\s+so\s+(?:that\s+)?you\s+(?:don't|do not|won't|will not)\s+have\s+to\s+(?:worry|think|deal|bother)(?:\s+(?:about|with)\s+(?:it|that|this|them|any of (?:it|this|that)))?)?`,
      rationale: 'Custom work already done for this buyer is a give, even when it is reported rather than offered.',
      ask: {
        level: 'access',
        text: 'If I put this together for you, could we review it with your economic buyer on a call this week?',
      },
      examples: {
        flag: [
          "I've [put together a brief summary you can share internally]:",
          "I've [made a few of the changes you listed], but the rest will take me a few hours.",
          "I'm [happy to do this for you so you don't have to worry about it].",
          'I [went ahead and set up a workspace] with your categories.',
          "I've [gone ahead and configured the two dashboards] your managers asked for.",
          "We've [drafted a rollout plan for you] based on Tuesday's call.",
          "Send them over and I'll [extract data from five of your invoices for free].",
          "Over the weekend I [mocked up how your intake form would work in our builder] (screens attached).",
          "I've [wired up a rough prototype of the Shopify export] off the sample file your ops lead sent.",
          "This morning I [recreated your approval steps inside {{product}}] so you can click through them.",
          "I've [attached two rough concepts for your trade-show stand] based on the brief.",
          "I [took the liberty of sketching out a cutover timeline for your two warehouses].",
          "We've [put together an onboarding checklist for your managers].",
          "I went ahead and [sketched what your intake screen could look like] with the new fields.",
        ],
        pass: [
          'We built our product specifically for this problem.',
          "We haven't made the changes yet.",
          'Here is our standard implementation guide.',
          'We built a prototype of the new scheduler last spring and shipped it in May.',
          'Could you sketch how your approval flow works today?',
        ],
      },
    },
    {
      id: 'custom-work-offered',
      kind: 'give',
      category: 'resources',
      cues: ['together', 'draft', 'drafted', 'prepare', 'prepared', 'write', 'written', 'mock', 'mocked', 'sketch', 'sketched', 'map', 'plan', 'questionnaire', 'rfi', 'ourselves', 'build', 'create', 'design', 'make', 'set', 'configure'],
      pattern: String.raw`\b(?:put together|pull together|draft|prepare|write up|mock up|sketch out|map out)(?<=\b(?:I|we)(?:'ll| will| can| could|'d be happy to|'d be glad to|'m happy to|'re happy to| am happy to| are happy to|'d gladly| would be happy to|'m going to| am going to|'re going to| are going to)\s+(?:also\s+|gladly\s+|happily\s+|quickly\s+|personally\s+)?(?:put together|pull together|draft|prepare|write up|mock up|sketch out|map out))\s+(?:you\s+|for you\s+)?(?:an?\s+|the\s+|some\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:plan|roadmap|mockup|mock-up|prototype|deck|memo|outline|checklist|comparison|breakdown|template|playbook|timeline|brief|one-pager|spreadsheet|calculator|workflow|dashboard|model|side-by-side|analysis|sample|spec|specification|runbook|guide|instructions|FAQ|script)\b(?:\s+(?:for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\})|(?:of|showing)\s+(?:your|how|where)\b${TAIL}))?|\b(?:attached|enclosed|included|shared)(?<=\b(?:I|we)(?:'ve| have)?(?:\s+(?:just|already|also|now))*\s+(?:attached|enclosed|included|shared))\s+(?:you\s+)?(?:an?|the|my|our)\s+(?:(?:draft|proposed|custom|tailored|first|initial|detailed)\s+)*(?:mutual action plan|mutual plan|close plan|implementation plan|rollout plan|project plan|success plan|migration plan|onboarding plan|deployment plan)\b(?:\s+with\s+(?:the\s+)?[\w-]+(?:\s+and\s+[\w-]+)?)?|\b(?:drafted|prepared|put together|mocked up|sketched out|written up|pulled together)(?<=\b(?:I|we)(?:'ve| have)?(?:\s+(?:just|already|also|now|gone ahead and|went ahead and))*\s+(?:drafted|prepared|put together|mocked up|sketched out|written up|pulled together))\s+(?:one|something|a first (?:draft|version|cut|pass))\s*(?:\(\s*(?:attached|enclosed|see below)\s*\)|[,-]?\s*(?:attached|enclosed)\b)|\b(?:security\s+|vendor\s+|due[- ]diligence\s+|compliance\s+|IT\s+)?questionnaire\b[^.?!]{0,40}?\b(?:completed|filled (?:in|out)|answered)\s+by\s+(?:our|my)\s+[\w-]+(?:\s+team)?|\b(?:completed|filled (?:in|out)|answered)(?<=\b(?:I|we)(?:'ve| have)?(?:\s+(?:just|already|also|now))*\s+(?:completed|filled (?:in|out)|answered))\s+(?:the\s+|your\s+)(?:[\w-]+\s+)?(?:questionnaire|RFI|vendor assessment|security review|due diligence questions)\b|\b(?:I|we)(?:'ll| will| can| could|'d| would|'re happy to| are happy to| are able to)\s+(?:also\s+)?(?:provide|do|handle|run|take on|build|deliver|write|design|prepare|manage|organi[sz]e|source)\s+[^.?!;]{3,80}?\bourselves\b|(?:{WE}|\b(?:happy|glad)\s+to)\s+(?:[\w']+\s+){0,2}?(?:build|create|design|make|set up|configure|put together|mock up)\s+(?:you\s+(?:an?|some|the)\s+(?:(?:custom|tailored|bespoke|dedicated|personali[sz]ed|quick|simple|one-off|branded)\s+)?|(?:an?|some|the|your)\s+(?:(?:custom|tailored|bespoke|dedicated|personali[sz]ed|one-off|branded)\s+)+)(?:[\w-]+\s+)?(?:reports?|dashboards?|templates?|workflows?|views?|exports?|decks?|calculators?|checklists?|forms?|playbooks?|landing pages?)\b(?:\s+for\s+(?:you\b|(?:your|the)\s+[\w-]+(?:\s+(?:team|review|board|leads?|managers?|group|department|meeting|planners|analysts))?))?`,
      rationale: 'A plan, model or document built for this buyer, or work you take on yourselves, is custom work: it should reach the person who decides.',
      ask: {
        level: 'access',
        text: 'If I put this together for you, could we review it with your economic buyer on a call this week?',
      },
      examples: {
        flag: [
          "Once I have the headcount, I'll [put together a phased rollout plan for your team].",
          "I've [attached a draft mutual action plan with owners and dates] for you to edit.",
          "I've [drafted one (attached)] so you have a starting point.",
          "I'll [put together a side-by-side of your current process] before Friday.",
          'Attached is the [vendor questionnaire, completed by our security team].',
          '[We will provide the survey design and the analysis ourselves] rather than asking you to commission it.',
          "[Happy to build you a simple dashboard for the ops review] if that saves your analysts a day.",
          "I'll [write up a step-by-step runbook for your admins] before the switchover.",
          "[We can set up a custom export for your finance team] so the numbers land in their format.",
        ],
        pass: [
          "I'll put together some times for next week.",
          'Could you put together a list of your requirements?',
          "I've drafted one based on our call; could you review it with me on Friday?",
          'You can build custom dashboards yourself in the report editor.',
        ],
      },
    },
    {
      id: 'document-changes',
      kind: 'give',
      category: 'resources',
      cues: ['form', 'contract', 'agreement', 'msa', 'sow', 'draft', 'drafts', 'section', 'clause', 'clauses', 'paperwork', 'redline', 'deck', 'timeline', 'mockup', 'mockups', 'design', 'designs', 'wording', 'language', 'provision', 'rider', 'addendum', 'exhibit', 'version', 'versions', 'copy', 'copies', 'round', 'rounds', 'rework', 'revise', 'redo', 'tweak', 'adapt', 'rejig', 'amend', 'tailor'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:updat(?:e|ed|ing)|revis(?:e|ed|ing)|amend(?:ed|ing)?|redo|redid|redone|rework(?:ed|ing)?|edit(?:ed|ing)?|correct(?:ed|ing)?|mark(?:ed|ing)? up|redlin(?:e|ed|ing)|tweak(?:ed|ing)?|adjust(?:ed|ing)?)\s+(?:(?:the|your|our)\s+(?:order form|contract|agreement|MSA|SOW|statement of work|draft(?: contract| agreement)?|(?:commercial|payment|price) schedule|paperwork|redline|deck|mockups?|designs?|wording)|(?:the\s+)?(?:section|clause|schedule|article)\s+\d+(?:\.\d+)*[a-z]?)\b(?:\s+accordingly)?|{WE}\s+(?:[\w']+\s+){0,2}?(?:added|inserted|included|written|wrote|put|built|add|insert|include|write)\s+(?:that|the|this|a|an|your|those|these)\s+(?:[\w-]+\s+)?(?:clauses?|language|provisions?|rider|addendum|exhibit|carve-out)\s+(?:in)?to\s+(?:the|your|our)\s+(?:[\w-]+\s+)?(?:order form|contract|agreement|MSA|SOW|draft|paperwork|terms|proposal)\b|\b(?:marked|tracked|shown|reflected|captured|made|marked up)\s+(?:both|the|all|these|those|your|each|all of the|all the|both of the)\s+(?:[\w-]+\s+)?(?:changes|edits|amendments|revisions|updates)\s+in\s+(?:the\s+|a\s+)?(?:attached\s+|enclosed\s+|updated\s+|revised\s+)?(?:redline|draft|version|contract|agreement|markup|mark-up|order form|document|copy)\b|\b(?:clean\s+and\s+(?:tracked|redlined|marked-up)|(?:tracked|redlined|revised|updated|marked-up|amended)(?:\s+and\s+(?:clean|tracked|redlined|marked-up))?)\s+(?:versions?|copies|copy|drafts?)\s+(?:(?:are|is)\s+)?(?:attached|enclosed)\b|\bhere(?:'s| is| are)\s+(?:the|your|an?)\s+(?:revised|updated|amended|redlined|marked-up|reworked|corrected)\s+(?:order form|contract|agreement|SOW|MSA|paperwork|draft)s?\b|\b(?:add(?:ed|ing)?|includ(?:e|ed|ing)|thrown? in|throwing in|threw in|giv(?:e|ing) you|offer(?:ed|ing)?)\s+(?:you\s+)?(?:an?\s+|one\s+|two\s+|the\s+)?(?:third|fourth|second|extra|additional|another|bonus|free|unlimited)\s+(?:(?:\d+|{NUM})\s+)?(?:rounds?|sets?|pass(?:es)?)\s+of\s+(?:revisions|edits|changes|amends|amendments|feedback|review|design changes)\b|\b(?:happy|glad)\s+to\s+(?:rework|revise|redo|tweak|adapt|rejig|tailor|amend)\s+(?:it|this|that|them)\b|\b(?:send|sending|attach(?:ed|ing)?|share|sharing)\s+(?:you\s+)?(?:over\s+)?(?:the|a|an|our|your)\s+(?:(?:revised|amended|redlined|marked-up)\s+(?:order form|contract|agreement|SOW|MSA|paperwork|terms)\b(?:\s+(?:reflecting|with)\s+[^.?!;()]{0,60}[^\s.?!;()])?|updated\s+(?:order form|contract|agreement|SOW|MSA|paperwork|terms)\s+(?:reflecting|with (?:the|your))\s+[^.?!;()]{0,60}[^\s.?!;()])`,
      rationale: 'Reworking the paperwork or the deliverable for this buyer is your time spent on their deal: make sure it moves the deal.',
      ask: {
        level: 'commitment',
        text: 'If I make these changes, can we agree this is the final version and get it signed by Friday?',
      },
      examples: {
        flag: [
          "[I've updated section 7 accordingly].",
          "Sure, [I'll update the order form] tonight.",
          "[We've added that clause to the agreement] so legal can see it in writing.",
          "I've [marked all of the changes in the attached draft].",
          '[Clean and tracked versions are attached].',
          "We've also [added a third round of revisions] on the packaging artwork.",
          "If the structure doesn't suit your board, I'm [happy to rework it].",
          "Next step on our side: [send the revised order form reflecting the two-year structure].",
          "[Here's the reworked agreement] with the pilot carve-out in section 4.",
        ],
        pass: [
          'Please update the order form and send it back.',
          'Attached is the signed contract for your records.',
          'We updated our privacy policy last month.',
          'Clean copy attached for signature.',
        ],
      },
    },
    {
      id: 'colleague-offers-time',
      kind: 'give',
      category: 'resources',
      cues: ['call', 'happily', 'gladly', 'walk', 'meet', 'join', 'spend', 'talk', 'speak', 'present', 'sit', 'fly', 'hop', 'jump', 'give', 'dedicate', 'set', 'block', 'put'],
      pattern: String.raw`\b(?:our|my)\s+(?:own\s+)?${STAFF}\b[^.?!]{0,80}?\b(?<hit>(?:he|she|they)(?:'d| would|'ll| will| can| could)\s+(?:also\s+)?(?:be\s+(?:more than\s+)?(?:happy|glad|delighted|keen|available)\s+to\s+|love\s+to\s+|happily\s+|gladly\s+)(?:also\s+)?(?:join|get on|hop on|jump on|walk|meet|come (?:by|over|out|to)|spend|talk|speak|present|sit down|fly out)\w*\s+(?:[\w-]+\s+){0,3}?(?:with\s+)?(?:you\b|your\b(?:\s+[\w-]+)?))|\b(?:he|she)(?:'d| would|'ll| will)\s+also\s+(?:be\s+(?:more than\s+)?(?:happy|glad|delighted|keen|available)\s+to\s+|love\s+to\s+|happily\s+|gladly\s+)?(?:join|get on|hop on|jump on|sit in on|walk)\s+(?:(?:a|the|any|our next|your next)\s+)?(?:[\w-]+\s+)?(?:call|meeting|session|demo)?\s*(?:with\s+)?(?:you\b|your\b(?:\s+[\w-]+)?)|\b(?:spend|give|dedicate|set aside|block out|put in)(?<=\b(?:offered|agreed|volunteered|happy|glad|keen|delighted|willing|love|like|wants?|plans?)\s+to\s+(?:spend|give|dedicate|set aside|block out|put in))\s+(?:you\s+|your team\s+)?(?:an?|half a|a full|a whole|an entire|a couple of|a few|two|three|some)\s+(?:(?:full|half|whole|entire|extra|free|spare)\s+)?(?:afternoon|morning|day|days|half-day|half day|evening|hours|week)\s+(?:with|on|for|in|to)\s+(?:you\b|your\s+(?:[\w-]+\s+)??[\w-]+(?=\s+(?:next|this|on|at|in|once|when|so|and|to|before|after|from|during|who|that|which|whenever|if|going|walking|working|looking|digging|through)\b|\s*[,.;:!?—–(]|\s*$))(?:\s+(?:going|walking|working|looking|digging)\s+(?:through|over|into|at|on)\s+(?:the|your)\s+[\w-]+(?:\s+[\w-]+)?)?`,
      rationale: 'A colleague offered to this buyer (an executive, an engineer) is expensive time: trade it for access to the people who decide.',
      ask: {
        level: 'access',
        text: 'If she joins the call, could your CTO and the budget owner be there as well?',
      },
      examples: {
        flag: [
          "I mentioned your project to our COO and [she'd be happy to get on a call with you] next week.",
          "Our data scientist wrote the matching model, and [he'd be glad to walk your analysts] through it.",
          'Tomás built the connector. [He will also happily join a call with your developers] if email gets slow.',
          "Our head of logistics has volunteered to [give a full day to your planners working through the routing rules].",
          "Anika, who leads our analytics practice, is keen to [spend a morning with your finance team digging into the forecast model].",
        ],
        pass: [
          "She'd be happy to hear from you anytime.",
          'They joined the call late.',
          "She'd be glad to get on a call with you whenever it suits you.",
          'Would you be willing to spend an afternoon with our team at the user conference?',
        ],
      },
    },
    {
      id: 'pilot-or-trial-setup',
      kind: 'give',
      category: 'resources',
      cues: ['pilot', 'pilots', 'poc', 'trial', 'sandbox', 'proof', 'concept', 'value', 'test', 'environment', 'instance', 'set', 'setup', 'onboarded', 'running'],
      pattern: String.raw`(?:{WE}|\blet me)\s+(?:[\w']+\s+){0,3}?(?:set(?:ting)?\s+up|spin(?:ning)?\s+up|spun\s+up|stood\s+up|provisioned|created|run(?:ning)?|launch(?:ing)?|arrang(?:e|ing)|organi[sz](?:e|ing)|kick(?:ing)?\s+off|start(?:ing)?|creat(?:e|ing)|provision(?:ing)?|get(?:ting)?|open(?:ing)?|enabl(?:e|ing)|activat(?:e|ing)|stand(?:ing)?\s+up|do(?:ing)?|\b(?:offer(?:ing)?|giv(?:e|ing)|provid(?:e|ing))(?<!\b(?:I|we|our team)\s(?:offer(?:ing)?|giv(?:e|ing)|provid(?:e|ing))))\s+(?:(?:you|your team|you guys)\s+)?(?:up\s+)?(?:with\s+)?(?:an?\s+|the\s+|your\s+|some\s+)?(?:(?:free|no-cost|complimentary|short|quick|small|limited|two-week|one-month|30-day|\d+-(?:day|week|month)|private|dedicated|risk-free|hands-on|live|(?:\d+|{NUM})[\s-]week|(?:\d+|{NUM})[\s-]day)\s+)*(?:pilot|POC|proof[- ]of[- ](?:concept|value)|sandbox|test (?:account|environment|instance)|demo (?:account|environment|instance)|evaluation (?:account|licen[cs]e|instance|environment)|trial (?:account|licen[cs]e|instance|environment)|(?<=(?:free|no-cost|complimentary|private|dedicated|risk-free|extended|\d+-day|30-day)\s+)trial)s?\b(?!\s+(?:period\s+)?(?:extended|renewed|approved|signed))(?:\s+for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\}))?|\b(?:free|complimentary|no-cost|no-charge|risk-free)\s+(?:(?:\d+|{NUM})[\s-](?:day|week|month)\s+|two-week\s+|30-day\s+)?(?:pilot|POC|proof[- ]of[- ](?:concept|value)|pilot program)\b|\b(?:let's|let me|I'll|I will|we'll|we will|we can|I can|(?:happy|glad) to)\s+(?:[\w']+\s+){0,2}?get\s+(?:you|your team|you guys|everyone|your (?:account|store|site|workspace))\s+(?:all\s+)?(?:set\s+up|onboarded|up and running|configured)\b(?!\s+(?:in|within|by)\b)`,
      rationale: 'A pilot, proof of concept or trial set up for this buyer costs you real hours: agree up front what it leads to.',
      ask: {
        level: 'commitment',
        text: 'If we run the pilot, can we agree up front on the success criteria that would lead to a purchase, and a decision date?',
      },
      examples: {
        flag: [
          "[We can set up a free pilot] for the Denver office.",
          "[I'll spin up a sandbox] with your data by Friday.",
          'Perfect! [Let\'s get you set up].',
          'This quarter we can offer two teams a [free 30-day POC].',
          "[I spun up a sandbox for you] this morning with last week's orders in it.",
          "[We'd stand up a 14-day proof of value] on your own data.",
        ],
        pass: [
          'Start your free trial today.',
          "We don't run free pilots for deals under 50 seats.",
          'The pilot last year showed a 12% lift.',
        ],
      },
    },
    {
      id: 'extend-trial',
      kind: 'give',
      category: 'resources',
      cues: ['trial', 'trials', 'pilot', 'evaluation', 'eval', 'poc', 'sandbox', 'demo', 'extend', 'extended', 'extending', 'extra', 'additional', 'another', 'more'],
      pattern: String.raw`\b(?:extend|extending|extended|lengthen(?:ed)?|prolong(?:ed)?|stretch(?:ed)?)\s+(?:your|the|this|their|our)\s+(?:free\s+)?(?:[\w-]+\s+)?(?:trial|pilot|evaluation|eval|POC|proof of concept|sandbox|demo (?:account|access|environment))(?:\s+(?:period|window|access|account|licen[cs]e|environment|instance))?(?:\s+(?:by|for|to|until|through|till)\s+(?:another\s+|an?\s+(?:extra|additional)\s+|a further\s+)?(?:(?:\d{1,3}|{NUM})\s+)?(?:extra\s+|more\s+|additional\s+)?(?:days?|weeks?|months?|{DATE})|\s+(?:another|an extra|an additional|a further|(?:by\s+)?(?:\d{1,3}|{NUM})(?:\s+more|\s+extra)?)\s+(?:(?:\d{1,3}|{NUM})\s+)?(?:days?|weeks?|months?))?|\b(?:trial|pilot|evaluation|eval|POC|sandbox|(?:trial|sandbox|pilot|demo)\s+(?:access|account|period|licen[cs]e))(?:'s|\s+(?:has|have|is|was|will be|'ll be))\s+(?:now\s+|just\s+|also\s+)?(?:been\s+)?(?:extended|prolonged|lengthened)\b(?:\s+(?:by|for|to|until|through|till)\s+(?:another\s+|an?\s+(?:extra|additional)\s+|a further\s+)?(?:(?:\d{1,3}|{NUM})\s+)?(?:extra\s+|more\s+|additional\s+)?(?:days?|weeks?|months?|{DATE}))?|\bkeep\s+(?:your|the)\s+(?:free\s+)?(?:trial|sandbox|pilot|demo|evaluation)\s+(?:account\s+|environment\s+|instance\s+|access\s+)?(?:open|running|active|live|going|on)\s+(?:for|until|through|till)\s+(?:another|an extra|a few more|a couple more|(?:\d{1,3}|{NUM}))\b(?:\s+(?:more\s+|extra\s+)?(?:days?|weeks?|months?))?|\b(?:give|giving|gave|add|added|adding|grant|granted)\s+(?:you\s+)?(?:some\s+|a bit\s+|a little\s+|a few\s+|a couple of\s+)?(?:more|extra|additional)\s+(?:time|days|weeks)\s+(?:on|with|in|to)\s+(?:the|your)\s+(?:free\s+)?(?:trial|sandbox|pilot|evaluation)|\b(?:an?\s+)?(?:extended|longer|extra-long)\s+(?:free\s+)?(?:trial|pilot|evaluation)(?:\s+period)?\b|\b(?:trial|pilot|evaluation)\s+extension\b|\b(?:\d{1,3}|{NUM})\s+(?:more|extra|additional)\s+(?:days?|weeks?)\s+(?:on|of|to|for)\s+(?:your|the)\s+(?:free\s+)?(?:trial|pilot|evaluation|sandbox)|\b(?:an?\s+)?(?:extra|additional|another)\s+(?:(?:\d{1,3}|{NUM})\s+)?(?:days?|weeks?|months?)\s+(?:on|of|to|for)\s+(?:your|the)\s+(?:free\s+)?(?:trial|pilot|evaluation|sandbox)|\b(?:push(?:ed|ing)?|bump(?:ed|ing)?)\s+(?:your|the|this)\s+(?:free\s+)?(?:trial|pilot|evaluation|sandbox|POC)(?:\s+(?:period|end date|expiry|expiration|access|deadline))?\s+(?:out|back)\s+(?:to|until|by|another|a further|an extra)\s+(?:{DATE}|(?:\d{1,3}|{NUM})\s+(?:more\s+)?(?:days?|weeks?|months?)|[\w-]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)|\b(?:mov(?:e|ed|ing)|push(?:ed|ing)?)\s+(?:your|the)\s+(?:trial|pilot|sandbox|evaluation)\s+(?:end date|expiry|expiration|deadline)\s+(?:out\s+|back\s+)?(?:to|until|by)\s+(?:{DATE}|[\w-]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)|\bget\s+(?:the|your)\s+(?:free\s+)?(?:trial|pilot|evaluation|sandbox|POC)\s+(?:period\s+)?extended\b(?:\s+(?:to|by|for|until)\s+(?:(?:another|an extra)\s+)?(?:\d{1,3}|{NUM})?\s*(?:days?|weeks?|months?))?|\b(?:give|giving|gave|add|added|adding|grant|granted)\s+(?:you\s+)?(?:an?\s+)?(?:extra|additional|another|(?:\d{1,3}|{NUM})\s+more)\s+(?:(?:\d{1,3}|{NUM})\s+)?(?:days?|weeks?|months?)\s+(?:to\s+(?:try|test|evaluate|trial|play with|explore|kick the tyres|kick the tires)\b|of\s+(?:free\s+)?(?:access|usage|use)\b)|\b(?:\d{2,3}|{NUM})[\s-](?:day|week|month)\s+(?:free\s+)?(?:trial|pilot|evaluation)\s+(?:instead of|rather than)\s+(?:the|our)\s+(?:usual|standard|normal|regular)\b(?:\s+(?:\d{1,3}|{NUM})(?:[\s-](?:days?|weeks?))?)?|\b(?:extend|extending|extended)\s+(?:your|the)\s+(?:free\s+)?access\s+(?:by|for|to|until|through|till)\s+(?:another\s+|an?\s+(?:extra|additional)\s+|a further\s+)?(?:(?:\d{1,3}|{NUM})\s+)?(?:extra\s+|more\s+|additional\s+)?(?:days?|weeks?|months?|{DATE})|\b(?:nudg(?:e|ed|ing)|push(?:ed|ing)?|bump(?:ed|ing)?|kick(?:ed|ing)?|roll(?:ed|ing)?|stretch(?:ed|ing)?|shift(?:ed|ing)?|mov(?:e|ed|ing)|slid(?:e|ing)?|top(?:ped|ping)? up)\s+(?:your|the|this)\s+(?:free\s+)?(?:trial|pilot|evaluation|sandbox|POC)(?:\s+(?:period|end date|expiry|expiration|access|deadline|window|licen[cs]e))?\s+(?:(?:out|back|on|along|up)\s+)?(?:(?:by|for)\s+(?:another\s+|a further\s+|an? (?:extra|additional)\s+)?(?:(?:\d{1,3}|{NUM})\s+)?(?:more\s+|extra\s+)?(?:days?|weeks?|months?|fortnight)|to\s+(?:a\s+full\s+)?(?:\d{1,3}|{NUM}|thirty|sixty|ninety|forty-five)\s+(?:days?|weeks?|months?))\b|{WE}\s+(?:[\w']+\s+){0,2}?(?:reset|restart(?:ed)?|reopen(?:ed)?|reactivat(?:e|ed)|re-?enabl(?:e|ed)|renew(?:ed)?)\s+(?:your|the)\s+(?:free\s+)?(?:trial|pilot|sandbox|evaluation|POC)\b(?:\s+(?:period|account|access|licen[cs]e|workspace))?|\b(?:trial|pilot|sandbox|evaluation)(?:\s+(?:period|access|account|licen[cs]e))?\s+(?:will\s+)?now\s+(?:runs?|lasts?|ends?|expires?|goes|stays open)\s+(?:until|till|through|to|on)\s+(?:{DATE}|[\w{}-]+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?)`,
      rationale: 'A longer trial is more free use and a later decision: get a commitment for it.',
      ask: {
        level: 'commitment',
        text: 'If I extend your trial, can we agree on the success criteria and a decision date at the end of it?',
      },
      examples: {
        flag: [
          "I've [extended your Pro trial by 14 days].",
          'Simply reply to this email and we\'ll [extend your trial period].',
          'I can [extend your trial by two weeks] so your team can finish testing.',
          'We can offer [an extended trial] for a deployment this size.',
          "I've put in a [trial extension] for your workspace.",
          "I've added [14 more days to your trial].",
          'Good news: your [trial has been extended until Friday].',
          'No problem, we can [keep the sandbox open for another month].',
          'Sure, I can [extend the pilot another two weeks] while finance reviews.',
          "Done, I've [pushed your trial out to the 30th].",
          'I can [get the pilot extended to 90 days] if the team needs it.',
          "I'd be happy to [give you an extra week to try] it out with the whole team.",
          "Given the team size, you'd get a [45-day trial instead of the usual 14].",
          'I can [extend your access until the end of the month] so you can finish testing.',
          "Done: I've [kicked your trial along by a further two weeks].",
          "[I've reset your trial] so you get a fresh 14 days with the new connector.",
          "I've [bumped your trial up to 45 days] so finance can join in.",
          'Good news, your [trial now runs until March 3] so the whole team can try it.',
        ],
        pass: [
          "We can't extend the trial past 30 days.",
          'Your trial ends in 3 days.',
          'Your sandbox will be open for 30 days.',
          'You can restart your trial from the billing page at any time.',
          'The trial runs for 14 days and ends automatically.',
        ],
      },
    },
    {
      id: 'engineering-or-expert-time',
      kind: 'give',
      category: 'resources',
      cues: ['engineer', 'engineers', 'engineering', 'ceo', 'founder', 'cofounder', 'cto', 'coo', 'cpo', 'president', 'head', 'vp', 'product', 'architect', 'architects', 'specialist', 'specialists', 'expert', 'experts', 'developer', 'developers', 'consultant', 'manager', 'csm', 'technical', 'integration', 'integrations', 'connector', 'plugin', 'script', 'sre', 'scientist', 'analyst', 'designer', 'trainer', 'strategist', 'consultants', 'cio', 'ciso', 'cro', 'chief', 'named', 'dedicated', 'lead', 'se', 'ae', 'executive', 'executives', 'sync'],
      pattern: String.raw`(?:\b(?:I|we)(?:'ll| will| can| could|'d| would|'m happy to| am happy to|'re happy to| are happy to|'d be happy to| would be happy to|'m going to| am going to)\s+(?:also\s+|gladly\s+|personally\s+|happily\s+)?)?\b(?:(?:led|run|delivered|hosted|presented|facilitated|staffed)\s+(?:personally\s+)?by|bring(?:ing)?(?:\s+(?:in|along))?|loop(?:ing)?\s+in|pull(?:ing)?\s+in|rop(?:e|ing)\s+in|introduce\s+you\s+to|connect\s+you\s+(?:with|to)|(?:set\s+up|arrange|schedule|book|organi[sz]e|line up)\s+(?:a\s+)?(?:call|time|session|meeting)\s+(?:for you\s+)?with|\b(?:have|get)(?<=(?:'ll|will|can|could|'d|would|might|may|happy to|going to|able to|try to|hoping to|aim to)\s+(?:also\s+)?(?:have|get)))\s+(?:[^\s,.;:!?()]+(?:\s+[^\s,.;:!?()]+)?,\s+)?(?:one of\s+|two of\s+|a couple of\s+)?(?:our|my)\s+(?:own\s+)?${STAFF}\b|\b(?:our|my)\s+(?:own\s+)?${STAFF}${NAME}?,?\s+(?:(?!can\b|could\b)${WILL}|(?:can|could)(?=[^.?!;]{0,80}?\byou))\s+(?:also\s+|personally\s+|happily\s+|gladly\s+)?${HELP}\w*(?![^.?!;]{0,50}?\b(?:at any time|any ?time|whenever|at your convenience))(?!\s+(?:your|the)\s+(?:account|login|logins|access|users?|seats?|licen[cs]es?|invoices?)\b)(?!\s+(?:the|our|a|an)\s+(?:[\w-]+\s+)?(?:webinar|conference|event|panel|summit|podcast|keynote|livestream)\b)(?![^.?!;]{0,40}\b(?:bugs?|fix|fixes|issues?|outage|incident|tickets?|patch|release)\b)|\b(?:(?:asked|ask|arranged for|lined up|booked|got|roped in)\s+(?:one of\s+|two of\s+)?|(?:have|get)\s+(?:one|two|a couple|some)\s+of\s+)(?:our|my)\s+(?:own\s+)?${STAFF}${NAME}?\s+(?:to\s+)?${HELP}\w*|\bwith\s+(?:one of\s+|two of\s+|a couple of\s+)?(?:our|my)\s+(?:own\s+)?${STAFF}${NAME}?\s+(?:(?:personally|directly|fully)\s+)?(?:(?:handling|doing|running|building|configuring|setting up|taking care of|owning|leading|managing|writing|wiring up|scoping|mapping)\s+(?:the|your|all the|all of the)\s+(?:[\w-]+\s+){0,2}?(?:setup|set-up|configuration|integration|connector|migration|install(?:ation)?|build|work|data|mapping|onboarding|heavy lifting|pilot|rollout|project|cutover|import)\b|(?:dedicated|assigned)\s+to\s+(?:you\b|your\s+[\w-]+)|embedded\s+(?:with|in)\s+your\s+[\w-]+|working\s+(?:with|alongside)\s+(?:you\b|your\s+[\w-]+))|\bsend(?:ing)?\s+(?:one of\s+|two of\s+|a couple of\s+)?(?:our|my)\s+(?:own\s+)?${STAFF}${NAME}?\s+(?:(?:out|over|down|up)\s+)?to\s+(?:you\b|your\s+(?:[\w-]+\s+)?(?:site|sites|office|offices|plant|facility|warehouse|HQ|headquarters|store|premises|campus|depot|factory|clinic|lab))|\byou(?:'ll| will)\s+(?:also\s+)?(?:have|get)\s+(?:a|an|your own)\s+(?:named|dedicated|personal)\s+(?:account manager|CSM|customer success manager|support engineer|implementation (?:manager|specialist|lead)|project manager|solutions engineer|onboarding (?:manager|specialist)|success manager|engineer|point of contact)\b|{WE}\s+(?:[\w']+\s+){0,2}?(?:build|develop|write|code|configure|set up|create|stand up|wire up|custom-build)\s+(?:you\s+)?(?:an?\s+|the\s+|your\s+)?(?:custom\s+|dedicated\s+|bespoke\s+)?(?:[\w-]+\s+)?(?:integration|connector|plugin|plug-in|script|extractor|importer|endpoint|API|extension)s?\s+(?:(?:specifically|just)\s+)?for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\})|\b(?:I|we|our team)(?:'ll| will| can| could|'d be happy to|'re happy to| are happy to|'m happy to| would be happy to|'re going to| are going to)\s+(?:also\s+)?(?:build|develop|write|code|custom-build|stand up|wire up)\s+(?:you\s+)?(?:an?\s+|the\s+|your\s+)?(?:custom\s+|dedicated\s+|bespoke\s+)?(?:[\w-]+\s+)?(?:integration|connector|plugin|plug-in|extractor|importer)s?\b|\b(?:dedicate|commit|put|allocate|assign|lend|give you|provide)\w*\s+(?:you\s+)?(?:some\s+|dedicated\s+|our\s+)?(?:engineering|engineer|developer|dev|solutions engineering|professional services)\s+(?:time|hours|resources|capacity)\b|\b(?:assign|give|provide|include|add)\w*\s+(?:you\s+)?(?:an?|your own)\s+(?:dedicated|named|personal)\s+(?:account manager|CSM|customer success manager|support engineer|implementation (?:manager|specialist|lead)|project manager|solutions engineer|onboarding (?:manager|specialist))|\badd\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:sync|integration|connector|plugin|plug-in)\s+to\s+(?:it|the\s+(?:pilot|trial|POC|sandbox)|your\s+(?:pilot|trial|POC|sandbox|account|workspace))\b`,
      rationale: 'Engineering, executive or specialist time is expensive: trade it for access to the people who decide.',
      ask: {
        level: 'access',
        text: 'If I bring our solutions engineer in, could your IT lead and the budget owner join the same session?',
      },
      examples: {
        flag: [
          "[I'll bring in our solutions engineer] to map your data flows.",
          '[Our CEO would be happy to join] the call on Thursday.',
          "[We'll build the Salesforce integration] as part of the rollout.",
          "[I can loop in our head of product] to talk through the roadmap.",
          "We'll [assign a dedicated implementation manager] to your account.",
          'Good news: Ana, [our solutions engineer, can build] the connector for your trial.',
          'The kickoff will be [led by our head of data engineering].',
          "I'll [ask our CTO to join] our next call.",
          "We'll run the trial on your own tenant, [with one of our integration architects handling the SSO configuration].",
          "I may be able to [get our VP of Engineering] on Thursday's call.",
          "We'll [send one of our data architects to your Rotterdam site] for the first sprint.",
        ],
        pass: [
          'Our engineers built the platform with security in mind.',
          'Our founder started the company after ten years in logistics.',
          'Our engineers can build custom integrations for enterprise clients.',
          'With our engineers handling over 2,000 deployments a year, we know the pitfalls.',
        ],
      },
    },
    {
      id: 'team-on-your-project',
      kind: 'give',
      category: 'resources',
      cues: ['team', 'desk', 'group', 'department', 'practice', 'crew', 'engineers', 'developers', 'devs', 'people', 'consultants', 'specialists', 'designers', 'analysts', 'technicians', 'installers', 'fitters'],
      pattern: String.raw`\b(?:our|my)\s+(?!(?:sales|support|billing|accounts|finance|customer service|success)\s)(?:[\w-]+\s+){1,2}team\s+(?!can\b|could\b|(?:would|'d)\s+(?!be\b|love\b|like\b))${WILL}\s+(?:also\s+|personally\s+|happily\s+|gladly\s+)?${HELP}\w*(?![^.?!;]{0,50}?\b(?:at any time|any ?time|whenever|at your convenience))(?!\s+(?:your|the)\s+(?:account|login|logins|access|users?|seats?|licen[cs]es?|invoices?)\b)(?!\s+(?:the|our|a|an)\s+(?:[\w-]+\s+)?(?:webinar|conference|event|panel|summit|podcast|keynote|livestream)\b)(?![^.?!;]{0,40}\b(?:bugs?|fix|fixes|issues?|outage|incident|tickets?|patch|release)\b)|\bfrom\s+our\s+(?!(?:sales|support|billing|accounts|finance|customer service|success)\s)(?:[\w-]+\s+){0,2}?(?:team|group|department)\s+(?!(?:would|'d)\s+(?!be\b|love\b|like\b))${WILL}\s+(?:also\s+|personally\s+|happily\s+|gladly\s+)?${HELP}\w*|\b(?:have|had|get|got|asked|ask)(?<=\b(?:I|we)(?:'ll| will| can| could|'d| would|'ve| have|'m going to| am going to)?\s+(?:also\s+|just\s+|already\s+)?(?:have|had|get|got|asked|ask))\s+(?:our|my)\s+(?:[\w-]+\s+){1,2}(?:team|desk|group|department)\s+(?:to\s+)?(?:write|build|draft|prepare|create|design|pull together|put together|configure|turn on|switch on|enable|set up|run|tune|complete|fill in|map|translate|customi[sz]e|develop|treat|prioriti[sz]e|fast-track)\b|\b(?:asked|ask|arranged for|lined up|booked|got|roped in)\s+[\w-]+(?:\s+[\w-]+)?\s+from\s+(?:our|my)\s+(?!(?:sales|support|billing|accounts|finance|customer service|success|marketing|legal)\s)(?:[\w-]+\s+){0,2}?(?:team|group|department|practice|desk)\s+to\s+(?:join|sit in|attend|help|build|review|walk|run|lead|set up|configure|look (?:at|over|into) your|come|meet|present|map|scope|pair|train|handle|take)\b(?![^.?!;]{0,40}\b(?:bugs?|fix|fixes|issues?|outage|incident|tickets?|patch|release|invoices?)\b)(?:\s+(?:in\s+)?on\s+your\s+[\w-]+(?:\s+[\w-]+)?)?|\b(?:moved|assigned|put|dedicated|added|allocated|pulled|reassigned|brought|freed up|move|assign|dedicate|add|allocate|bring|free up)\s+(?:two|three|four|\d+|an?\s+extra|additional|extra|more|a couple of|a few|some of our|our best|a second|(?:one|two|three|a couple|a few)\s+of\s+(?:our|my)(?:\s+(?:best|most senior|senior|top|strongest))?)\s+(?:[\w-]+\s+)?(?:engineers?|developers?|people|consultants?|specialists?|designers?|analysts?|devs|crews?|technicians?|installers?|fitters?|engineering team)\s+(?:on|onto|to|in|into)\s+(?:it|this|that|your\s+[\w-]+|the\s+(?:project|build|rollout|migration|integration|account|job|work|implementation))\b|\b(?:set up|arrange|schedule|book|organi[sz]e|line up)\s+(?:a\s+)?(?:call|time|session|meeting|workshop)\s+(?:for you\s+)?with\s+(?:our|my)\s+(?!(?:sales|support|billing|accounts|finance)\s)(?:[\w-]+\s+){1,2}team\b`,
      rationale: "Putting your team's hours on this buyer's project is a real cost: trade it for access to the people who decide.",
      ask: {
        level: 'access',
        text: 'If our team takes this on, could your project owner and budget holder join the kickoff?',
      },
      examples: {
        flag: [
          "I've [asked our design team to draft] the first two mockups for you.",
          'We can bring the date forward and [put a second crew on it].',
          '[Our data science team will build] a first model on your call data.',
          'Priya [from our analytics team will walk] your planners through the forecast.',
          'I can [arrange a call with our product team] to go over the roadmap.',
          "I've [asked Lena from our data practice to sit in on your architecture review].",
          "We'll [dedicate one of our senior developers to your cutover] for the first fortnight.",
        ],
        pass: [
          "I'll have our billing team send the invoice.",
          "I've asked our product team to look into the bug you reported.",
          'Our support team will respond within 24 hours.',
          'Our marketing team would do all the writing for the case study.',
          "I've asked Sam from our support team to look into your login issue.",
        ],
      },
    },
    {
      id: 'onsite-workshop',
      kind: 'give',
      category: 'resources',
      cues: ['onsite', 'site', 'workshop', 'workshops', 'visit', 'training', 'session', 'sessions', 'lunch', 'person', 'sprint', 'hackathon', 'class', 'classes', 'clinic', 'bootcamp', 'trainings'],
      pattern: String.raw`\bon-?site\s+(?:for|to (?:run|do|host|deliver|lead))\s+(?:an?\s+|the\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:workshop|training|session|kickoff|kick-off|demo|install(?:ation)?|assessment)s?\b|\b(?:on-?site|in-person|in person)\s+(?:[\w-]+\s+)?(?:workshop|visit|training|kickoff|kick-off|demo|assessment|walkthrough|install(?:ation)?|audit|support|working session|discovery session|training session|design session)s?\b|{WE}\s+(?:[\w']+\s+){0,3}?(?:run|host|hold|lead|do|facilitate|organi[sz]e|put on|deliver|conduct|offer|set up|schedule)\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:(?:free|complimentary|custom|tailored|half-day|full-day|(?:\d|one|two)-(?:hour|day)|private|hands-on|virtual|quick|short|dedicated|team)\s+)*(?:workshop|training session|training|lunch[- ]and[- ]learn|working session|brainstorm(?:ing)? session|discovery workshop|design sprint|hackathon|enablement session|strategy session|planning session)s?\b(?:\s+for\s+(?:you(?:r\s+[\w-]+)?|the team|\{\{[^}]+\}\}))?|{WE}\s+(?:[\w']+\s+){0,2}?visit\s+(?:your\s+(?:team|office|offices|site|plant|facility|warehouse|store|HQ|headquarters|clinic|campus)|you\b)(?:\s+(?:on-?site|in person))?|\b(?:run|do|handle|perform|lead|deliver|complete|supervise|oversee)\s+(?:the\s+|your\s+|a\s+)?(?:[\w-]+\s+)?(?:setup|set-up|install(?:ation)?|configuration|training|kickoff|kick-off|commissioning|go-live|rollout|deployment|calibration)\s+(?:on-?site|on site|in person|at your (?:site|plant|office|offices|facility|warehouse|premises|HQ))\b(?:\s+with\s+(?:you\b|your\s+[\w-]+))?|{WE}\s+(?:[\w']+\s+){0,3}?(?:run|host|hold|lead|do|facilitate|organi[sz]e|put on|deliver|conduct|offer|set up|schedule|arrange|book|set aside|reserve|line up|lay on|add|ran|hosted|held|led|did|facilitated|organi[sz]ed|delivered|conducted|offered|scheduled|arranged|booked|reserved|lined up|laid on|added)\s+(?:you\s+|your team\s+)?(?:an?|one|two|three|another|a couple of|an extra|a second|a further)\s+(?:[\w&-]+\s+){0,3}?(?:sessions?|workshops?|trainings?|classes|class|clinics?|bootcamps?)\b(?:(?:\s+for|\s+with)\s+(?:you\b|your\s+(?:[\w-]+\s+){0,2}?[\w-]+(?=\s+(?:next|this|on|at|in|once|when|so|and|to|before|after|from|during|who|that|which|whenever|if|going|walking|working|looking|digging|through)\b|\s*[,.;:!?—–(]|\s*$))(?:\s+at\s+your\s+(?:office|offices|site|plant|HQ|premises|facility|warehouse|campus|store))?|(?<=\b(?:free|complimentary|no-cost|extra|bonus|additional|dedicated|private|tailored|custom|bespoke|refresher|hands-on|onsite|on-site)\s+(?:[\w&-]+\s+){0,2}?(?:sessions?|workshops?|trainings?|classes|class|clinics?|bootcamps?)))(?![^.?!;]{0,40}\b(?:every|each|weekly|monthly|all (?:new\s+)?(?:customers|users|clients|members))\b)|\b(?:come|fly|travel|drive|head|pop|get the train|came|flew|drove)\s+(?:(?:up|down|over|out|in|across|round)\s+)?(?:to\s+)?(?:your\s+(?:[\w-]+\s+)?(?:office|offices|site|plant|facility|HQ|headquarters|warehouse|store|depot|factory|clinic|campus)|you)\s+(?:to\s+(?:run|do|host|lead|deliver|facilitate)\s+|for\s+)(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:workshop|training|session|working session|assessment|design sprint)s?\b(?:\s+(?:mapping|on|covering|around|with|for)\s+(?:your|the)\s+[\w-]+(?:\s+[\w-]+)?)?`,
      rationale: 'A workshop or visit for this buyer is days of your team\'s time: make it count with the decision makers in the room.',
      ask: {
        level: 'access',
        text: 'If we run the onsite workshop, could your department heads and the budget owner attend so we leave with a decision path?',
      },
      examples: {
        flag: [
          "[We'd be glad to do an onsite workshop with your planners].",
          "[We can run a half-day workshop for your team] on the new process.",
          "[I can visit your plant] next month to see the line.",
          "I'm happy to fly out and [run the installation on site with your crew].",
          "[I've booked a complimentary Q&A clinic for your new schedulers] next Tuesday.",
          "[We'll hold a two-hour admin session for your support leads at your HQ] once the licences are live.",
          "Our trainer would like to [travel down to your Glasgow depot for a full-day workshop on your dispatch flow].",
        ],
        pass: [
          'Our public workshops are listed on the events page.',
          "Unfortunately we can't do onsite visits this quarter.",
          'We run a complimentary refresher session every Tuesday for all customers.',
          "We'll hold a Q&A session at the end of the webinar.",
        ],
      },
    },
    {
      id: 'free-services',
      kind: 'give',
      category: 'resources',
      negation: 'before',
      cues: ['onboarding', 'training', 'implementation', 'migration', 'migrate', 'setup', 'set', 'installation', 'install', 'configuration', 'consulting', 'import', 'handle', 'train', 'onboard', 'glove', 'data', 'bundled', 'free', 'complimentary', 'comped', 'comp', 'charge', 'cost', 'house', 'us'],
      pattern: String.raw`\b(?:free|complimentary|no-cost|no-charge|white-glove|done-for-you|concierge)\s+(?:[\w-]+\s+)?(?:(?:onboarding|training|implementation|migration|data migration|configuration|consulting|integration|import|data import|account setup)\b|(?:set-?up|installation)\b(?!\s+(?:on|for)\s+(?:this|your|the)\b))|\b(?:onboarding|training|implementation|migration|data migration|set-?up|installation|configuration|data import)(?<!\b(?:told|tell|tells|said|says|mentioned|confirmed)\s+(?:me\s+|us\s+)?(?:that\s+)?they\b[^.?!;]{0,60})\s+(?:[\w-]+\s+){0,3}?(?:at no (?:extra |additional )?(?:cost|charge)(?: to you)?|free of charge|for free|on us|on the house|(?:is|are|will be)\s+(?:free|complimentary|on us))|{WE}\s+(?:[\w']+\s+){0,2}?(?:handle|take care of|do|manage|run|own)\s+(?:the\s+|all\s+(?:the\s+|of\s+the\s+)?|your\s+)?(?:[\w-]+\s+)?(?:migration|data migration|onboarding|implementation|setup|set-up|configuration|installation|import|data import|training)\s+for\s+(?:you|your team)\b|\b(?:I|we)(?:'ll| will| can| could|'d be happy to|'re happy to|'m happy to| are happy to| am happy to| would be happy to|'d be glad to)\s+(?:also\s+|gladly\s+|happily\s+|personally\s+)?(?:handle|take care of|do|manage|run|own)\s+(?:the\s+(?:whole\s+|entire\s+|full\s+)?|all\s+(?:the\s+|of\s+the\s+)?|your\s+)(?:[\w-]+\s+)?(?:migration|data migration|onboarding|implementation|setup|set-up|configuration|installation|import|data import|training|integration|rollout|cutover)(?=,?\s+so\s+(?:that\s+)?(?:you|your\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:can|don't|do not|won't|doesn't|does not|needn't|never)\b)|{WE}\s+(?:[\w']+\s+){0,2}?(?:migrate|import|move|transfer|port|load)\s+(?:all\s+)?(?:of\s+)?(?:your|the)\s+(?:existing\s+|historical\s+|legacy\s+|old\s+)?(?:data|records|content|contacts|accounts|files|history|workflows|templates)(?:\s+(?:over|across))?\s+(?:for\s+you\b|for\s+free\b|at no (?:extra |additional )?(?:cost|charge)|free of charge)|{WE}\s+(?:[\w']+\s+){0,2}?(?:train|onboard)\s+(?:your|the)\s+(?:whole\s+|entire\s+|new\s+)?(?:team|staff|users|admins|reps|agents|people|employees|managers|crew)\b|\b(?:onboarding|training|implementation|setup|set-up|installation|configuration|support|migration)\s+(?:[\w-]+\s+){0,2}?(?:bundled|included|thrown|rolled|built)\s+in(?:to\s+(?:the\s+)?(?:price|fee|cost|licen[cs]e|subscription))?\s+(?:rather than|instead of)\s+(?:being\s+)?(?:billed|charged|invoiced|priced|paid for)\s+(?:separately|on top|as (?:an )?extras?)|\b(?:free|complimentary|comped|comp)\s+(?:places?|seats?|spots?|passes?|tickets?|registrations?|enrol(?:l)?ments?|slots?|licen[cs]es?)\s+(?:on|at|in|for|to)\s+(?:the\s+|our\s+|an?\s+|next\s+|this\s+)?(?:[\w'-]+\s+){0,3}?(?:course|courses|training|certification|certifications|bootcamp|academy|programme|program|class|classes|workshop|masterclass|conference|summit|user group|cohort)\b|\b(?:seats?|places?|spots?|passes?|registrations?)\s+(?:for\s+(?:you|your\s+[\w-]+)\s+)?(?:on|at|in|for)\s+(?:the\s+|our\s+|an?\s+|next\s+|this\s+)?(?:[\w'-]+\s+){0,3}?(?:course|courses|training|certification|bootcamp|academy|programme|program|class|workshop|masterclass|conference|summit|cohort)\b[^.?!;$€£]{0,30}?\b(?:free of charge|at no (?:extra |additional )?(?:cost|charge)|on us|on the house|for free|complimentary)\b`,
      rationale: 'Onboarding, training or migration done for free is service cost you absorb: it should buy a commitment.',
      ask: {
        level: 'commitment',
        text: 'If we handle the migration for you, can we agree on the go-live date and the signed order that starts it?',
      },
      examples: {
        flag: [
          'Every new account gets [free onboarding] in the first month.',
          "[We'll handle the data migration for you] over the weekend.",
          "[We'll take care of the whole configuration] so your IT team doesn't have to.",
          "[We can train your whole team] in two sessions.",
          'The [implementation is on us] this year.',
          'The price has [training bundled in rather than billed separately].',
          "[We'll migrate your data for free] before go-live.",
          "I've held two [complimentary seats on next month's admin certification] for your team.",
          "I've saved three [places for your admins on the spring bootcamp, on the house].",
        ],
        pass: [
          'Onboarding is billed at $150 per hour.',
          'Training is not included in the starter plan.',
          "We can't offer free implementation on the basic plan.",
          'Additional training sessions are billed at our standard day rate.',
          "We'll include the onboarding package (normally $18,000) at no charge.",
          'Seats on the certification course are $900 per person.',
        ],
      },
    },
    {
      id: 'extra-work-at-no-charge',
      kind: 'give',
      category: 'resources',
      negation: 'before',
      cues: ['charge', 'cost', 'free', 'house', 'session', 'training', 'workshop'],
      pattern: String.raw`{WE}\s+(?:[\w']+\s+){0,2}?(?:send|put|bring|assign|get|lay on|add|station)\s+(?:in\s+)?(?:a|an|our|two|three|four|\d+|some|extra|another)\s+(?:[\w-]+\s+){0,2}?(?:crews?|teams?|technicians?|engineers?|installers?|fitters?|cleaners?|guards?|patrols?|officers?|staff|people|hands|operatives?)\b[^.?!;]{0,120}?\b(?:at no (?:extra |additional )?(?:cost|charge)(?: to you)?|free of charge|no charge|on us|on the house|for free|without charge)\b|{WE}\s+(?:[\w']+\s+){0,2}?(?:asked|had|got|have|get|arranged for)\s+(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:team|crew|engineers?|developers?|technicians?|specialists?|consultants?|people|staff|SREs?)\s+to\s+[^.?!;]{1,100}?\b(?:at no (?:extra |additional )?(?:cost|charge)(?: to you)?|free of charge|no charge|on us|on the house|for free|without charge)\b|\b(?:build|create|configure|set up|develop|run|provide|deliver|do|hold|host|arrange|offer|handle|schedule|lay on)(?<!\b(?:told|tell|tells|said|says|mentioned|confirmed)\s+(?:me\s+|us\s+)?(?:that\s+)?they\b[^.?!;]{0,40})\w*\s+(?:you\s+)?(?:[^\s.?!;,$€£]+\s+){0,6}?(?:workflows?|integrations?|connectors?|sessions?|training|trainings|workshops?|setup|set-up|migration|configuration|reports?|dashboards?|templates?|customi[sz]ations?|features?|install(?:ation)?s?|onboarding|scoping|discovery|days? of [\w-]+(?:\s+[\w-]+)?|hours? of [\w-]+(?:\s+[\w-]+)?)\b[^.?!;$€£]{0,50}?\b(?:at no (?:extra |additional )?(?:cost|charge)(?: to you)?|free of charge|no charge|on us|on the house|for free|without charge)\b`,
      rationale: 'Extra work for this buyer (a session, a workflow, a report) at no charge is service cost you absorb: it should buy a commitment.',
      ask: {
        level: 'commitment',
        text: 'If we build that at no charge, can we agree on the go-live date and the signed order that starts it?',
      },
      examples: {
        flag: [
          "We'll [set up the second approval workflow now at no extra charge].",
          "I've [arranged a late-afternoon session for your night shift, on us].",
          "After the flood [we'll send a second crew in to dry out the basement at no charge].",
          "[I've asked our data team to clean up your duplicate records this week at no cost to you].",
          "[We'll put two extra guards on the gate through the festival weekend, free of charge].",
          'We will [run two refresher sessions for your new hires at no additional cost].',
        ],
        pass: [
          'We can run extra sessions, but they are billed at our day rate.',
          "We can't build custom reports at no charge.",
          'Can you host the workshop at your office?',
          "Our reseller said they'd be glad to run the migration for you at no charge if you buy through them.",
          "We'll send a crew in on Monday to start the installation you ordered.",
        ],
      },
    },
    {
      id: 'roi-analysis',
      kind: 'give',
      category: 'resources',
      cues: ['roi', 'analysis', 'business', 'case', 'assessment', 'audit', 'tco', 'benchmark', 'numbers', 'savings', 'evaluation', 'health', 'cost', 'review', 'math', 'model', 'payback'],
      pattern: String.raw`(?:{WE}|\blet me|\b(?:happy|glad) to)\s+(?:[\w']+\s+){0,3}?(?:prepar(?:e|ing|ed)|put(?:ting)? together|pull(?:ing|ed)? together|build|built|building|run|running|ran|do|doing|did|creat(?:e|ing|ed)|draft(?:ing|ed)?|work(?:ing|ed)? up|model(?:ing|led)?|calculat(?:e|ing|ed)|conduct(?:ing|ed)?|perform(?:ing|ed)?|complet(?:e|ing|ed)|map(?:ping|ped)? out|sketch(?:ing|ed)? out)\s+(?:out\s+|up\s+)?(?:you\s+|for you\s+|your team\s+)?(?:[\w'-]+\s+){0,5}?(?:(?:custom|tailored|free|complimentary|quick|detailed|full|formal|rough|side-by-side|personali[sz]ed|no-cost|high-level|initial|preliminary|one-page)\s+)*(?:ROI(?:\s+(?:analysis|model|estimate|calculation|projection|breakdown|case|report))?|business case|(?:savings|cost|financial|payback|value)\s+(?:model|calculation|projection)|TCO(?:\s+(?:analysis|model|comparison))?|total cost of ownership(?:\s+(?:analysis|comparison))?|cost[- ]benefit analysis|savings (?:analysis|estimate|projection|report|breakdown)|cost (?:analysis|comparison|breakdown|savings analysis)|gap analysis|(?:security|technical|needs|readiness|site|SEO|website|data|workflow|process|account|tech stack|infrastructure|compliance|risk|maturity|energy|network|spend)\s+(?:assessment|audit|review|analysis))\b(?:\s+for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\}))?|(?:{WE}|\blet me|\b(?:happy|glad) to)\s+(?:[\w']+\s+){0,3}?(?:send|sending|share|sharing|attach(?:ed|ing)?|enclos(?:e|ed|ing))\s+(?:over\s+)?(?:you\s+|your team\s+)?(?:over\s+)?(?:an?\s+|the\s+|your\s+)?(?:(?:custom|tailored|quick|detailed|full|formal|rough|personali[sz]ed|high-level|initial|preliminary|one-page)\s+)*(?:ROI (?:analysis|model|estimate|calculation|projection|breakdown)|business case|TCO (?:analysis|model|comparison)|savings (?:analysis|estimate|projection|model)|cost[- ]benefit analysis|payback (?:analysis|model))\b(?:\s+(?:for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\})|(?:we|I)\s+(?:built|put together|prepared|ran|did|modell?ed)\s+(?:from|for|on|using|with)\s+(?:your|you)\b(?:\s+[\w-]+){0,2}))?|(?:{WE}|\blet me|\b(?:happy|glad) to)\s+(?:[\w']+\s+){0,3}?(?:prepar(?:e|ing|ed)|put(?:ting)? together|pull(?:ing|ed)? together|build|built|run|ran|do|did|creat(?:e|ing|ed)|draft(?:ing|ed)?|conduct(?:ing|ed)?|perform(?:ing|ed)?)\s+(?:you\s+|your team\s+)?(?:an?\s+|the\s+|your\s+|some\s+)?(?:(?:custom|tailored|free|complimentary|detailed|full|formal|personali[sz]ed|no-cost|in-depth)\s+)+(?:analysis|assessment|audit|review|evaluation|health check|benchmark|report)\b(?:\s+(?:of|for)\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\}))?|\b(?:free|complimentary|no-cost)\s+(?:[\w-]+\s+)?(?:ROI analysis|business case|assessment|audit|health check|evaluation|gap analysis|review)\b|\b(?:I|we)(?:'ve| have)\s+(?:also\s+|just\s+|already\s+)?(?:run|ran|crunched|modeled|modelled|calculated|worked out|mapped out|estimated)\s+(?:the\s+|some\s+)?(?:numbers|figures|math|ROI|savings|business case)\b(?:\s+for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\}))?`,
      rationale: 'An analysis or business case built for this buyer is consulting work: it should reach the person who signs.',
      ask: {
        level: 'access',
        text: 'If I build the business case, could we review it together with your CFO before it goes to the budget meeting?',
      },
      examples: {
        flag: [
          "[I'll prepare an ROI analysis for you] before the board meeting.",
          "[We'd be glad to put together a business case for your CFO].",
          "We're offering a [free security audit] to teams in the pilot region.",
          "[I've run the numbers for your team] and the payback is under a year.",
          "[I've attached the savings model we built from your shift data].",
          "As a thank-you we'd like to offer a [free security review] of your setup.",
        ],
        pass: [
          'Our latest benchmark report is on the website.',
          'The analysis in the case study covers a similar team.',
          'You can run your own numbers through our online calculator.',
        ],
      },
    },
    {
      id: 'ran-through-our-tool',
      kind: 'give',
      category: 'resources',
      cues: ['scanner', 'tool', 'checker', 'audit', 'analyzer', 'analyser', 'engine', 'model', 'platform', 'software', 'crawler', 'pipeline', 'benchmark', 'simulator', 'optimiser', 'optimizer', 'planner', 'solver', 'classifier', 'matcher', 'parser', 'extractor', 'calculator', 'estimator', 'forecaster', 'validator', 'ocr'],
      pattern: String.raw`\b(?:ran|run|put|scanned|checked|tested|audited|fed|pushed)(?<=\b(?:I|we)(?:'ve| have|'ll| will| can| could|'d be happy to|'m happy to|'re happy to)?(?:\s+(?:just|already|also|quickly|went ahead and|gone ahead and))*\s+(?:ran|run|put|scanned|checked|tested|audited|fed|pushed))\s+(?:[^\s?!;,]+\s+){0,14}?through\s+(?:our|my|the)\s+(?:[\w-]+\s+){0,2}?(?:scanner|tool|checker|audit|analy[sz]er|engine|model|platform|software|crawler|pipeline|benchmark|simulator|optimi[sz]er|planner|solver|classifier|matcher|parser|extractor|calculator|estimator|forecaster|validator|OCR)\b(?:[^.?!]{0,40}?\band\s+(?:then\s+)?(?:wrote|written|put|pulled|summari[sz]ed|compiled|flagged|documented|listed|found|identified)\b[^.?!,;]{0,80})?`,
      rationale: "Running the buyer's own data or site through your tools is analysis done for them: it should reach the person who decides.",
      ask: {
        level: 'access',
        text: 'If I run your data through our model, could we review the results with you and your budget owner on a call this week?',
      },
      examples: {
        flag: [
          "Last night I [ran your product pages through our SEO checker and listed the ten fixes that matter most].",
          "If it helps, I can [run last quarter's shipments through our optimiser] and send you the savings.",
          "I [pushed a sample of your supplier invoices through our matcher] overnight; results attached.",
          "We [put your sample invoices through our extraction engine] this morning.",
          "I've [fed {{company}}'s public job postings and the call volumes from your annual report through the staffing model] our WFM clients use.",
        ],
        pass: [
          'You can run your site through our free checker any time.',
          'Our engine runs every order through three fraud checks.',
          'Could you run the figures through the model on your side?',
        ],
      },
    },
    {
      id: 'send-samples',
      kind: 'give',
      category: 'resources',
      cues: ['sample', 'samples', 'swatch', 'swatches', 'units', 'unit', 'here', 'loaner', 'kit', 'tester', 'bottle', 'case', 'box', 'boxes', 'piece', 'pair', 'roll', 'pack', 'bag', 'jar', 'tin'],
      pattern: String.raw`(?:{WE}|\blet me|\b(?:happy|glad) to)\s+(?:[\w']+\s+){0,3}?(?:send|ship|mail|courier|drop off|bring|get|put together|prepare|include|FedEx|overnight|post)\w*\s+(?:(?:you|over|out|along|across)\s+)*(?:(?:an?|some|a few|a couple of|free|complimentary|\d+|two|three|several|the)\s+)*(?:[\w-]+\s+)?(?:(?:cases?|box(?:es)?|packs?|sets?|pallets?|kits?|bags?|bottles?|cartons?|pieces?|rolls?|tins?|jars?|handful)\s+of\s+(?:[\w-]+\s+)?)?(?:samples?|testers?(?:\s+of\s+each)?|swatch(?:es)?|sample (?:kit|pack|box|set|units?|batch)|test (?:units?|batch|kits?)|evaluation units?|demo units?|loaner (?:units?|devices?))\b|\bfree\s+(?:samples?|sample\s+(?:extraction|run|batch|analysis|project|job|order|translation|design|edit|audit|report|pack|kit|box)|test\s+(?:extraction|run|batch))\b|\bhere(?:'s| is| are)\s+your\s+(?:free\s+|first\s+|sample\s+)?(?:[\w-]+\s+){0,2}?(?:data|results|samples?|report|analysis|audit|mockups?|prototype|designs?|drafts?|extraction|spreadsheet|translation|test results)\b|\b(?<hit>(?:send|ship|deliver|courier|post|drop off)\w*\s+(?:you\s+)?(?:\d[\d,]*|a few|some|two|three|a couple of)\s+(?:[\w-]+\s+)?(?:bottles|units|cases|boxes|pieces|pairs|rolls|packs|kits|bags|jars|tins)\b[^.?!;,]{0,50})[^.?!;]{0,20}?\b(?:at no (?:extra )?(?:cost|charge)|free of charge|for free|on us|no charge)\b`,
      rationale: 'Samples or a free sample of the work cost you product and time: trade them for a next step.',
      ask: {
        level: 'commitment',
        text: 'If I send the samples, can we agree that a successful test leads to a first order by the end of the month?',
      },
      examples: {
        flag: [
          "[I can send you some samples] this week.",
          '[Here\'s your extracted invoice data]!',
          "[We'll ship two evaluation units] to your lab on Monday.",
          "[I'll send a box of fabric samples] to the studio this week.",
          "[I'll include a tester of each] for your counter.",
          "I've asked the warehouse to [send 50 bottles from stock to your plant this week], at no charge.",
        ],
        pass: [
          "I'd love to show you some samples and discuss how we can support your program.",
          "P.S. Here's a sample of our work: https://example.com/reel",
          "Sorry, we can't send free samples on this range.",
          'Here is your invoice for the March order.',
        ],
      },
    },
    {
      id: 'made-for-you',
      kind: 'give',
      category: 'resources',
      generic: true,
      cues: ['analysis', 'model', 'audit', 'review', 'assessment', 'mockup', 'plan', 'comparison', 'benchmark', 'report', 'deck', 'breakdown', 'teardown', 'mocked', 'mocking', 'sketched', 'sketching', 'wireframed', 'prototyped', 'together', 'drafted', 'built', 'drew', 'drawn', 'worked', 'spun', 'stood', 'set', 'configured', 'created', 'prepared', 'reworked', 'redid', 'redone'],
      // Work already done for this buyer: the object varies too much to list,
      // so the rule wants a sign it was for them ("for you", "on spec", attached).
      pattern: String.raw`\b(?:mock(?:ed|ing) up|sketch(?:ed|ing)(?: out)?|wirefram(?:ed|ing)|prototyp(?:ed|ing)|put together|pulled together|drafted|built(?: out)?|drew up|drawn up|worked up|spun up|stood up|set up|configured|created|prepared|reworked|redid|redone)(?<=\b(?:I|we|our team)(?:'ve| have)?\s+(?:(?:just|already|also|now|gone ahead and|went ahead and|quickly|taken the liberty of|took the liberty of)\s+)*[a-z]+(?: up| out| together)?)\s+(?!(?:this|that|it|our|the product|the platform|the company)\b)[^.?!;]{0,60}?(?:\bfor (?:your?\b|\{\{[^}]+\}\}|\[[^\]]+\])|\bon spec\b|\(attached\)|\bwhat (?:\{\{[^}]+\}\}|\[[^\]]+\]|your)(?:'s)?\b|\bper your (?:comments|notes|feedback|request)\b|\bbased on what you (?:told|shared|sent|said|showed)\b|,?\s*(?:no charge|free of charge|at no cost|on the house|on us)\b)|\b(?:analysis|model|audit|review|assessment|mock-?up|plan|comparison|benchmark|report|deck|business case|breakdown|teardown)\s+(?:that\s+)?(?:I|we)(?:'ve| have)?\s+(?:ran|run|built|did|done|prepared|put together|pulled together|drafted|created|made|modelled|modeled)\s+for\s+(?:your?\b|\{\{[^}]+\}\})`,
      rationale: 'Work already done for this buyer is a resources give: say what it should buy before you hand it over.',
      ask: {
        level: 'access',
        text: 'If this is useful, could we walk through it with your team lead and whoever signs off on Thursday?',
      },
      examples: {
        flag: [
          'Attached is the load-profile [analysis I ran for your] three sites.',
          "I went ahead and [mocked up what {{company}}'s] onboarding could look like.",
          "We've also [sketched three rough logo directions on spec] so you can see where each route goes.",
          "We've [drafted two rollout options for your] ops team.",
          "We've [put together a short scoping document (attached)] with two routes.",
        ],
        pass: [
          'We built this for teams like yours.',
          "We've built over 300 integrations.",
          'I put together our quarterly report last week.',
        ],
      },
    },
    {
      id: 'specialist-on-your-problem',
      kind: 'give',
      category: 'resources',
      cues: ['se', 'ses', 'sa', 'vp', 'head', 'director', 'ceo', 'cto', 'coo', 'cro', 'founder', 'president', 'chief', 'engineer', 'engineers', 'architect', 'architects', 'developer', 'developers', 'devs', 'specialist', 'specialists', 'expert', 'experts', 'consultant', 'consultants', 'analyst', 'analysts', 'scientist', 'designer', 'designers', 'csm'],
      pattern: String.raw`\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:SEs?|SAs?|engineers?|architects?|developers?|devs|specialists?|experts?|consultants?|analysts?|data scientists?|designers?|CSMs?|head of [\w-]+)\b(?:,?\s+(?!(?:can|could|will|would|'ll|is|are|does|do)\b)[^\s,.;:!?]+,?)?\s+(?:(?:will|'ll|can|could|would)\s+(?:be (?:glad|happy|delighted) to\s+)?|(?:is|'s|'d be|would be) (?:glad|happy|delighted) to\s+)?(?:also\s+|personally\s+)?(?:(?:do(?:es)?|handles?|takes? care of|sets? up|wires?|builds?|configures?|migrates?|go(?:es)? through|walks? through|reviews?|audits?|looks? (?:at|into|over)|digs? into|co-sell|sell|work|sit|pair)\b[^.?!;]{0,60}?\b(?:for you|with you|for your|with your|alongside you)\b|talks?\s+(?:you|your\s+[\w-]+)\s+through\b)|\b(?:bring|bringing|loop in|looping in|pull in|pulling in)\s+[^\s,.;:!?]+,\s+(?:the|our|my)\s+(?:[\w-]+\s+){0,2}?(?:engineer|architect|developer|specialist|expert|consultant|analyst|designer|founder|CTO|CEO)\b|\b(?:had|have|got|get)\s+(?:one of\s+)?(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:SEs?|SAs?|engineers?|architects?|developers?|specialists?|experts?|consultants?|analysts?|designers?)\b\s+(?:run|do|build|prepare|put together|pull together|draft|model|map|audit|review)\b[^.?!;]{0,60}?\byour\b|\b(?:our|my)\s+(?:[\w-]+\s+){0,4}?(?:VP|head|director|CEO|CTO|COO|CRO|founder|president|chief)\b[^.?!;]{0,40}?\b(?:will|'ll|can|could)\s+(?:be|act as|serve as)\s+your\s+(?:executive\s+)?(?:sponsor|champion|point of contact|advisor|mentor)\b|\b(?:asked|ask|arranged for|lined up|booked|got|roped in|looped in|brought in)\s+(?:one of\s+|two of\s+)?(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:SEs?|SAs?|engineers?|architects?|developers?|specialists?|experts?|consultants?|analysts?|designers?)\b[^.?!;]{0,40}?\bto\s+[^.?!;]{0,60}?\b(?:with you|for you|with your|for your)\b(?![^.?!;]{0,60}\b(?:bugs?|fix|fixes|tickets?|patch)\b)`,
      rationale: 'A specialist put on this buyer\'s problem is company time given for free.',
      ask: {
        level: 'access',
        text: 'If our engineer works on this with you, could your technical lead and the budget owner join the session?',
      },
      examples: {
        flag: [
          '[Our SE Tomás will co-sell alongside you] on the first three deals.',
          "For the SSO piece I'll [bring Raj, the identity engineer] who built our Okta connector.",
          'I [had our analyst run a quick teardown of your] mobile checkout.',
          '[Our VP of Customer Success, Dana Liu, will be your executive sponsor] through go-live.',
          'We stand up the pilot and [our SE does the SSO wiring for you].',
          "I've [asked one of our platform engineers, Kenji, to go through your webhook logs with you].",
          '[Our solutions architect will review the data model with your] developers on Friday.',
          '[Our head of search, Ruth, would be glad to talk your developers through] the findings.',
        ],
        pass: [
          'Our engineers are based in Lisbon.',
          'Our specialists hold ISO 27001 certification.',
        ],
      },
    },
    {
      id: 'free-session-offered',
      kind: 'give',
      category: 'resources',
      generic: true,
      negation: 'before',
      cues: ['free', 'complimentary', 'gratis'],
      alsoCues: ['session', 'workshop', 'audit', 'assessment', 'review', 'health', 'healthcheck', 'consultation', 'consult', 'evaluation', 'analysis', 'teardown', 'walkthrough', 'training', 'calibration', 'strategy', 'scoping', 'benchmark', 'report', 'design', 'mockup', 'diagnostic', 'check'],
      // Offered, not advertised to everyone: an offer verb comes first, and
      // "for all customers" or a sign-up page after it means a published perk.
      pattern: String.raw`\b(?:free|complimentary|no-cost|no-charge|gratis)(?<=\b(?:I|we|happy|glad|offer|offering|include|including|run|do|give|provide|set up|arrange|book|throw in|propose|proposing|suggest|suggesting)\b[^.?!;]{0,70})\s+(?:[\w-]+\s+){0,2}(?:session|workshop|audit|assessment|review|health ?check|consultation|consult|evaluation|analysis|teardown|walkthrough|training|strategy call|scoping|calibration|benchmark|diagnostic|report)s?\b(?![^.?!;]{0,60}\b(?:everyone|every customer|all (?:new |our )?customers|anyone who|sign(?:ing)? up|our website)\b)`,
      rationale: 'A free session or audit for this buyer is company time given away: attach it to an ask.',
      ask: {
        level: 'access',
        text: 'If we run that session for you, could the people who will decide on this join it?',
      },
      examples: {
        flag: [
          'Happy to run a [free calibration session] with your engineering leads.',
          'Glad to run a [free diagnostic] on your current setup.',
          'We can do a [free teardown] of your current funnel.',
        ],
        pass: [
          "We offer a free onboarding session to all new customers.",
          "There's no free workshop this quarter.",
          'The free report is on our website.',
        ],
      },
    },
    {
      id: 'quote-coming',
      kind: 'give',
      category: 'resources',
      cues: ['quote', 'quotation', 'proposal', 'pricing', 'offer', 'estimate', 'sow', 'numbers', 'case', 'revision'],
      pattern: String.raw`\b(?:I|we)(?:'ll| will|'m going to| am going to| can)\s+(?:(?:also|then|now|get|just|quickly)\s+)*(?:issue|come back(?: to you)?\s+(?:w\/|with)|turn around|re-?work|re-?run|re-?price|re-?quote|refresh)\s+(?:you\s+)?(?:a|an|the|your)\s+(?:(?:formal|revised|updated|new|firm|final|written|detailed|custom|fresh)\s+)*(?:quote|quotation|proposal|pricing|offer|estimate|SOW|statement of work|numbers|business case|revision)\b|\b(?:I|we)(?:'ll| will| can)\s+turn\s+(?:a|the|your)\s+(?:[\w-]+\s+)?(?:revision|quote|proposal|draft|redline)s?\s+around\b`,
      rationale: 'A quote or revision prepared for this buyer is work done for them: trade it for a next step.',
      ask: {
        level: 'commitment',
        text: 'If I turn the revised quote around, can we agree that it goes to signature by Friday?',
      },
      examples: {
        flag: [
          "[I'll come back w/ a revised quote] by thurs.",
          '[I will issue the formal quote] tomorrow.',
          "[I'll turn a revision around] within a day.",
        ],
        pass: [
          "We can't issue a quote until we see the drawings.",
          'The quote I issued last month still stands.',
        ],
      },
    },
    {
      id: 'service-at-no-charge',
      kind: 'give',
      category: 'resources',
      negation: 'before',
      cues: ['charge', 'cost', 'house', 'free'],
      alsoCues: ['training', 'session', 'workshop', 'exercise', 'survey', 'audit', 'assessment', 'dashboard', 'sample', 'setup', 'installation', 'implementation', 'onboarding', 'migration', 'configuration', 'consulting', 'design', 'analysis', 'deployment', 'tuning', 'sourcing', 'evaluation', 'engineer', 'engineering', 'report', 'reporting', 'paper', 'pack', 'review', 'specialist', 'consultant', 'support'],
      // Work, people or samples given free: a resources give, where a free
      // licence or seat is price.
      pattern: String.raw`\b(?:[\w-]+\s+){0,2}?(?:training|sessions?|workshops?|exercises?|(?:site\s+)?survey|audit|assessment|dashboards?|(?<!\bshow\s+you\s+(?:some\s+|a few\s+|our\s+)?)samples?|set-?up|installation|implementation|onboarding|migration|configuration|consulting|design|analysis|deployment|tuning|sourcing|evaluation|engineers?|engineering|reports?|reporting pack|options paper|paper|review|specialists?|consultants?)\b(?<!\b(?:they|he|she)(?:'d| would| will|'ll)?\s+(?:be\s+)?(?:happy|glad|willing|able)\s+to\b[^.?!;]{0,60})(?![^.?!;]{0,60}\b(?:they|he|she)(?:'d| would| will|'ll)?\s+(?:be\s+)?(?:happy|glad|willing|able)\s+to\b)[^.?!;]{0,80}?(?:,\s*|\s+)(?:(?:also|all|both|included|done|delivered|provided|and)\s+)?(?:at no (?:extra |additional )?(?:cost|charge)(?: to you)?|no (?:extra |additional )?(?:cost|charge)(?: to you)?|free of charge|on the house|on us)\b(?!\s+to\s+your\s+(?:budget|school|program|programme|organi[sz]ation|district|department))`,
      rationale: 'Work, people or samples given at no charge are company resources: put them in a trade.',
      ask: {
        level: 'access',
        text: 'If we do that at no charge, could your decision makers join the session so it leads somewhere?',
      },
      examples: {
        flag: [
          "[Our solutions engineer, Kofi, will rebuild the six dashboards your finance team relies on, at no charge].",
          "We're adding [two live training sessions for your analysts on the new module, also at no cost].",
          "I'd like to have our [loss control engineer do a site survey at the Fresno plant, no cost to you].",
          "[Admin training for your new managers, on the house].",
        ],
        pass: [
          "Our partner Brightline Consulting told me they'd be happy to do the migration at no charge.",
          "Brightline told me they'd be happy to do the migration for you at no charge.",
          "I'd love to show you some samples and discuss how we can support your program at no cost to your budget.",
          'Extra seats are available at no charge for annual plans.',
          "There's no charge for training if it's over 20 people, per our standard terms.",
        ],
      },
    },
    {
      id: 'capacity-held',
      kind: 'give',
      category: 'resources',
      cues: ['held', 'hold', 'holding', 'reserved', 'reserve', 'reserving', 'ringfenced', 'ring', 'aside', 'earmarked', 'allocated', 'blocked'],
      // Scarce capacity (slots, space, stock) kept back for this buyer.
      pattern: String.raw`\b(?:I|we)(?:'ve| have|'ll| will| can| could|'d| would)?\s+(?:also\s+|already\s+|just\s+)?(?:held|hold|reserved?|ring-?fenced?|set aside|earmarked|allocated|blocked (?:out|off))\s+(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|some|a few|a couple of)\s+|the\s+(?:last\s+)?)?(?:[\w-]+\s+){0,2}?(?:plugs?|slots?|containers?|capacity|space|spaces|units?|stock|inventory|allocation|berths?|trucks?|pallets?|positions?|bays?|lanes?|press time|machine time|production (?:slots?|time|capacity)|rooms?|bedrooms?)\s+(?:[^.?!;]{0,40}?\s)?for you\b`,
      rationale: 'Capacity, space or stock kept back for this buyer is a resource you could have sold elsewhere.',
      ask: {
        level: 'commitment',
        text: 'If we hold that capacity for you, can you confirm the booking with a signed order by Friday?',
      },
      examples: {
        flag: [
          "[I've held four press slots on the Tuesday run for you] until the end of the month.",
          "[We've reserved 200 pallet spaces in the Leeds warehouse for you] through peak.",
          "[I've ring-fenced two reefer containers for you] on next week's sailing.",
        ],
        pass: [
          "We can't hold the slots for you past Friday.",
          'Your booking holds 40 rooms until the 31st.',
        ],
      },
    },
  ],
};
