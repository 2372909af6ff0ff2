import type { RuleSet } from './types.ts';

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
      cues: ['proposal', 'proposals', 'quote', 'quotes', 'quotation', 'sow', 'statement', 'estimate', 'estimates', 'scope', 'bid'],
      pattern: String.raw`(?:{WE}|\blet me|\b(?:happy|glad) to)\s+(?:[\w']+\s+){0,3}?(?:send(?:ing)?|email(?:ing)?|attach(?:ing)?|includ(?:e|ing)|put(?:ting)? together|prepar(?:e|ing)|draft(?:ing)?|pull(?:ing)? together|work(?:ing)? up|writ(?:e|ing)|get(?:ting)?|shar(?:e|ing)|revis(?:e|ing)|updat(?:e|ing)|turn(?:ing)? around|forward(?:ing)?|finaliz(?:e|ing)|creat(?:e|ing)|build(?:ing)?|rework(?:ing)?|redo(?:ing)?|refresh(?:ing)?)\s+(?:(?:over|across|along|through|out|up)\s+)?(?:(?:you|your team|it|them)\s+)?(?:(?:over|across|along)\s+)?(?:(?:to|with|for)\s+you\s+)?(?:an?\s+|the\s+|your\s+|our\s+|my\s+|that\s+|this\s+)?(?:(?:formal|custom|detailed|revised|updated|new|final|finalized|official|written|tailored|firm|preliminary|rough|ballpark|draft|itemized|personali[sz]ed|proper|full|quick|short|one-page|fixed-price|budgetary)\s+)*(?:proposal|quote|quotation|SOW|statement of work|estimate|scope of work|scope|bid)s?\b|\b(?:I|we)(?:(?:'ve| have)(?:\s+(?:just|also|now|already|gone ahead and))*|(?:\s+(?:just|also|already|went ahead and))+)\s+(?:sent|emailed|attached|included|enclosed|put together|prepared|drafted|pulled together|worked up|written up|written|shared|revised|updated|forwarded|finalized|reworked|uploaded|added)\s+(?:(?:over|across|along|through)\s+)?(?:(?:you|your team)\s+)?(?:an?\s+|the\s+|your\s+|our\s+|my\s+|that\s+|this\s+)?(?:(?:formal|custom|detailed|revised|updated|new|final|finalized|official|written|tailored|firm|preliminary|rough|ballpark|draft|itemized|personali[sz]ed|proper|full|quick|short|one-page|fixed-price|budgetary)\s+)*(?:proposal|quote|quotation|SOW|statement of work|estimate|scope of work|scope|bid)s?\b|\b(?:I|we)\s+(?:attached|enclosed|included)\s+(?:(?:over|across|along|through)\s+)?(?:(?:you|your team)\s+)?(?:an?\s+|the\s+|your\s+|our\s+|my\s+|that\s+|this\s+)?(?:(?:formal|custom|detailed|revised|updated|new|final|finalized|official|written|tailored|firm|preliminary|rough|ballpark|draft|itemized|personali[sz]ed|proper|full|quick|short|one-page|fixed-price|budgetary)\s+)*(?:proposal|quote|quotation|SOW|statement of work|estimate|scope of work|scope|bid)s?\b|\b(?:attached|enclosed|below)\s+(?:is|are|you'll find|you will find|please find|you can find)\s+(?:an?\s+|the\s+|your\s+|our\s+|my\s+)?(?:(?:formal|custom|detailed|revised|updated|new|final|finalized|official|written|tailored|firm|preliminary|rough|itemized|personali[sz]ed|proper|full|one-page|fixed-price)\s+)*(?:[\w&'-]+\s+){0,3}?(?:proposal|quote|quotation|SOW|statement of work|estimate|scope of work|bid)s?\b|\b(?:please\s+)?find\s+(?:attached|enclosed|below|herewith)\s+(?:an?\s+|the\s+|your\s+|our\s+|my\s+)?(?:(?:formal|custom|detailed|revised|updated|new|final|finalized|official|written|tailored|firm|preliminary|rough|itemized|personali[sz]ed|proper|full|one-page|fixed-price)\s+)*(?:proposal|quote|quotation|SOW|statement of work|estimate|scope of work|bid)s?\b|\b(?:please\s+)?find\s+(?:the|our|your)\s+(?:(?:formal|revised|updated|new|final|finalized|official|detailed|full)\s+)*(?:proposal|quote|quotation|SOW|estimate)(?:\s+(?:package|pack|document|deck))?\s+(?:attached|enclosed|below|here)\b|\b(?:I'll|I will|we'll|we will|I can|we can)\s+(?:have|get)\s+(?:the|a|an|your|our)\s+(?:(?:formal|custom|detailed|revised|updated|new|final|finalized|official|written|tailored|firm|preliminary|rough|itemized|personali[sz]ed|proper|full|one-page|fixed-price)\s+)*(?:proposal|quote|quotation|SOW|statement of work|estimate|scope of work)\s+(?:drafted|ready|written|finalized|prepared|over to you|to you|together|sent over|in your inbox)\b|\bhere(?:'s| is)\s+(?:a|the|your)\s+(?:custom|tailored|personali[sz]ed|bespoke)\s+(?:[\w-]+\s+)?(?:package|proposal|plan|quote|offer|bundle|option)\b|\bhere(?:'s| is| are)\s+(?:the|your|our|my|an?)\s+(?:(?:formal|custom|detailed|revised|updated|new|final|finalized|official|written|tailored|firm|preliminary|rough|itemized|personali[sz]ed|proper|full|one-page|fixed-price)\s+)*(?:proposal|quote|quotation|SOW|statement of work|estimate|scope of work|bid)s?\b|\b(?:the|your|our|my)\s+(?:(?:formal|custom|detailed|revised|updated|new|final|finalized|official|written|tailored|firm|itemized|full)\s+)*(?:proposal|quote|quotation|SOW|statement of work|estimate)\s+(?:is|are)\s+(?:attached|enclosed|below|on (?:its|the) way|in your inbox)\b`,
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
        ],
        pass: [
          "I haven't heard back since I sent the proposal last week.",
          "I've attached the invoice for March.",
          'Did you get a chance to review the proposal?',
          "We won't send a quote until the requirements are final.",
        ],
      },
    },
    {
      id: 'custom-demo',
      kind: 'give',
      category: 'resources',
      cues: ['demo', 'demos', 'demonstration', 'walkthrough', 'walk', 'video', 'prototype', 'mockup', 'mock', 'presentation', 'sandbox', 'loom', 'screencast'],
      pattern: String.raw`\b(?:custom(?:ized|ised)?|tailored|personali[sz]ed|bespoke|dedicated|private|one-on-one|hands-on)\s+(?:(?:live|video|product|technical|[\w-]+-min(?:ute)?)\s+)?(?:demo|demonstration|walkthrough|walk-through|video|presentation|prototype|mock-?up|sandbox|proof of concept)s?\b(?:\s+(?:for|of)\s+(?:you(?:r\s+(?:team|use case|data|workflow|\w+))?|\{\{[^}]+\}\}))?|\b(?:demo|demonstration|walkthrough|walk-through|video|presentation|prototype|sandbox|mock-?up|loom|screencast)\s+(?:[\w-]+\s+){0,2}?(?:tailored|customi[sz]ed|built|configured|set up|recorded|made|created|personali[sz]ed|loaded|populated|designed)\s+(?:(?:specifically|just|especially)\s+)?(?:to|for|around|with|using|on)\s+(?:you\b|your\s+(?:own\s+)?[\w-]+|\{\{[^}]+\}\}|\[[^\]]+\])|\b(?:recorded|made|built|created|filmed|put together|mocked up|shot)\s+(?:you\s+)?(?:an?\s+)?(?:(?:quick|short|brief|\d+-min(?:ute)?|two-minute|five-minute)\s+)?(?:[\w-]+\s+)?(?:video|demo|walkthrough|loom|mock-?up|prototype|screencast)\s+(?:(?:specifically|just|especially|only)\s+)?for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\}|\[[^\]]+\])|\b(?:rebuild|rework|redo|tailor|customi[sz]e|adapt|re-?record|refocus|restructure|rerun|re-run)\s+(?:the|our|this|a|my)\s+(?:demo|walkthrough|presentation|video)\b(?:\s+(?:around|for|to|on)\s+(?:that|this|your|you|those|it|them)(?:\s+(?!and\b|or\b|but\b)[\w-]+){0,2})?`,
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
        ],
        pass: [
          "Here's the link to our recorded demo from last week's webinar.",
          'Our product tour is on the website.',
        ],
      },
    },
    {
      id: 'demo-offer',
      kind: 'give',
      category: 'resources',
      cues: ['demo', 'demos', 'walkthrough', 'walk', 'show', 'see', 'tour'],
      pattern: String.raw`(?:\b(?:would|do|did|if)\s+you(?:'d)?\s+|\byou'd\s+|^\s*)(?:want|like|care|be interested|are interested|interested|curious|keen)\s+(?:in\s+)?(?:to\s+)?(?:see(?:ing)?|get(?:ting)?|tak(?:e|ing)|hav(?:e|ing)|check(?:ing)? out)\s+(?:a\s+(?:quick\s+|short\s+|live\s+|full\s+|deeper\s+)?(?:demo|walkthrough|walk-through|tour|test drive|look under the hood)|how\s+(?:it|this|that|we|our (?:product|platform|tool|app|software|team)|\{\{[^}]+\}\}|\[[^\]]+\])\s+(?:works?|would work|could work|looks?|would look|handles? (?:it|that|this))(?:\s+(?:for|with|in)\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\}))?)|(?<!\b(?:can|could|shall|should|would|may|do|will|did)\s)\b(?:I|we|our team)(?:'ll| will| can| could|'d be happy to|'d be glad to|'m happy to|'m glad to| am happy to| are happy to|'re happy to| would be happy to|'d gladly| would gladly)\s+(?:also\s+|gladly\s+|quickly\s+|personally\s+)?(?:show\s+(?:you\s+|your team\s+)?(?:how|the|exactly)\b(?:[^.?!;,:—–]{0,60})|walk\s+(?:you|your team)\s+through\s+(?:(?:it|this|that|the (?:setup|platform|product|workflow|demo|process|integration|numbers|details))\b)|(?:give|do|run|set up|host)\s+(?:you\s+|your team\s+)?(?:an?\s+|the\s+)?(?:quick\s+|short\s+|live\s+|full\s+|deeper\s+|technical\s+|second\s+|follow-up\s+)*(?:demo|walkthrough|walk-through|demonstration)(?:\s+for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\}))?)|\blet\s+me\s+show\s+you\s+how\s+(?:it|this|that|we)\b(?:[^.?!;,:—–]{0,40})|\b(?:happy|glad)\s+to\s+present\s+(?:it\s+|this\s+)?to\s+(?:you\s+and\s+)?your\s+(?:team|[\w-]+)|\b(?:happy|glad)\s+to\s+(?:show\s+you\s+(?:an?\s+)?(?:quick\s+|short\s+|live\s+|full\s+)?(?:demo|walkthrough|walk-through|demonstration)\b|show\s+(?:you\s+)?how\b(?:[^.?!;,:—–]{0,60})|walk\s+(?:you|your team)\s+through\s+(?:it|this|that|the (?:setup|platform|product|workflow|process|integration|numbers|details))\b|(?:give|do|run|set up)\s+(?:you\s+|your team\s+)?(?:an?\s+|the\s+)?(?:quick\s+|short\s+|live\s+|full\s+|deeper\s+|technical\s+|second\s+|follow-up\s+)*(?:demo|walkthrough|walk-through|demonstration))`,
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
        ],
        pass: [
          "We've solved this for three similar companies. Would love to show you how.",
          "I'd love to show you some samples and discuss how we can support your program.",
          'Can we set up a demo with your team next week?',
        ],
      },
    },
    {
      id: 'custom-work-done',
      kind: 'give',
      category: 'resources',
      negation: 'before',
      cues: ['free', 'together', 'changes', 'edits', 'updates', 'revisions', 'tweaks', 'drafted', 'prepared', 'mocked', 'compiled', 'wrote', 'written', 'went', 'happy', 'glad', 'built', 'created', 'made', 'summary', 'overview', 'recap', 'plan', 'mockup', 'outline'],
      pattern: String.raw`(?<=\b(?:I|we)(?:'ve| have)?(?:\s+(?:just|already|also|now|gone ahead and|went ahead and|quickly))*\s+)(?:put together|pulled together|drafted|prepared|written up|wrote up|mocked up|sketched out|compiled|assembled|outlined|mapped out)\s+(?:you\s+|for you\s+)?(?:an?\s+|the\s+|some\s+|your\s+)?(?:(?:quick|brief|short|detailed|custom|tailored|one-page|rough|draft|first|initial|high-level|step-by-step|written|simple|proposed|\d+-(?:page|slide|step|week|month|day|point))\s+)*(?:summary|overview|recap|plan|roadmap|mockup|mock-up|prototype|deck|document|doc|memo|outline|checklist|comparison|breakdown|template|guide|playbook|timeline|implementation plan|rollout plan|project plan|action plan|brief|one-pager|spreadsheet|calculator|workflow|dashboard|draft|version|list|example|examples|sample|notes)\b(?:\s+(?:for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\})|(?:that\s+)?you\s+can\s+(?:share|use|forward|take)(?:\s+internally)?))?|(?<=\b(?:I|we)(?:'ve| have)?(?:\s+(?:just|already|also|now|gone ahead and|went ahead and))*\s+)(?:made|implemented|incorporated|applied|completed|done|finished|fixed|addressed|handled|actioned)\s+(?:(?:a few|some|most|all|each|both|several|two|three)\s+(?:of\s+)?)?(?:the|your|those|these)\s+(?:[\w-]+\s+)?(?:changes|edits|updates|revisions|tweaks|fixes|requests|modifications|suggestions|change requests)\b(?:\s+(?:(?:that\s+)?you(?:r team)?|your team)\s+(?:asked for|requested|listed|mentioned|suggested|flagged|sent(?: over)?|wanted|raised|needed))?|(?<=\b(?:I|we)\s+)went\s+ahead\s+and\s+(?:set up|created|configured|built|prepared|drafted|put together|mocked up|recorded|made)\s+(?:you\s+)?(?:an?\s+|the\s+|your\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:workspace|instance|environment|board|dashboard|template|report|integration|workflow|page|folder|channel|mockup|draft|version|changes|project|sandbox)s?\b|(?<=\b(?:I|we)(?:'ve| have)?(?:\s+(?:just|already|also))*\s+)(?:built|created|made|designed|configured|set up)\s+(?:you\s+)?(?:an?\s+|the\s+|some\s+)?(?:[\w-]+\s+){0,2}?(?:template|dashboard|report|mockup|mock-up|prototype|workflow|integration|page|deck|version|example)s?\s+(?:(?:specifically|just|especially)\s+)?for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\})|(?<=\b(?:I|we)(?:'ll| will| can|'d be happy to|'m happy to|'re happy to| am happy to| are happy to|'d gladly)\s+)(?:do|extract|process|run|build|translate|design|audit|review|analy[sz]e|test|convert|edit|fix|write|create|clean up|format|redesign)\b[^.?!;]{0,60}?\bfor free\b|\b(?:more than\s+)?(?:happy|glad)\s+to\s+(?:do|handle|build|make|set up)\s+(?:this|that|it|these|those)\s+for\s+you\b(?:\s+so\s+(?:that\s+)?you\s+(?:don't|do not|won't|will not)\s+have\s+to\s+(?:worry|think|deal|bother)(?:\s+(?:about|with)\s+(?:it|that|this|them|any of (?:it|this|that)))?)?`,
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
          "We've [drafted a rollout plan for you] based on Tuesday's call.",
          "Send them over and I'll [extract data from five of your invoices for free].",
        ],
        pass: [
          'We built our product specifically for this problem.',
          "We haven't made the changes yet.",
          'Here is our standard implementation guide.',
        ],
      },
    },
    {
      id: 'pilot-or-trial-setup',
      kind: 'give',
      category: 'resources',
      cues: ['pilot', 'pilots', 'poc', 'trial', 'sandbox', 'proof', 'concept', 'test', 'environment', 'instance', 'set', 'setup', 'onboarded', 'running'],
      pattern: String.raw`(?:{WE}|\blet me)\s+(?:[\w']+\s+){0,3}?(?:set(?:ting)?\s+up|spin(?:ning)?\s+up|run(?:ning)?|launch(?:ing)?|arrang(?:e|ing)|organi[sz](?:e|ing)|kick(?:ing)?\s+off|start(?:ing)?|creat(?:e|ing)|provision(?:ing)?|get(?:ting)?|open(?:ing)?|enabl(?:e|ing)|activat(?:e|ing)|stand(?:ing)?\s+up|do(?:ing)?|(?<!\b(?:I|we|our team)\s)(?:offer(?:ing)?|giv(?:e|ing)|provid(?:e|ing)))\s+(?:(?:you|your team|you guys)\s+)?(?:up\s+)?(?:with\s+)?(?:an?\s+|the\s+|your\s+|some\s+)?(?:(?:free|no-cost|complimentary|short|quick|small|limited|two-week|one-month|30-day|\d+-(?:day|week|month)|private|dedicated|risk-free|hands-on|live|(?:\d+|{NUM})[\s-]week|(?:\d+|{NUM})[\s-]day)\s+)*(?:pilot|POC|proof[- ]of[- ]concept|sandbox|test (?:account|environment|instance)|demo (?:account|environment|instance)|evaluation (?:account|licen[cs]e|instance|environment)|trial (?:account|licen[cs]e|instance|environment)|(?<=(?:free|no-cost|complimentary|private|dedicated|risk-free|extended|\d+-day|30-day)\s+)trial)s?\b(?:\s+for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\}))?|\b(?:free|complimentary|no-cost|no-charge|risk-free)\s+(?:(?:\d+|{NUM})[\s-](?:day|week|month)\s+|two-week\s+|30-day\s+)?(?:pilot|POC|proof[- ]of[- ]concept|pilot program)\b|\b(?:let's|let me|I'll|I will|we'll|we will|we can|I can|(?:happy|glad) to)\s+(?:[\w']+\s+){0,2}?get\s+(?:you|your team|you guys|everyone|your (?:account|store|site|workspace))\s+(?:all\s+)?(?:set\s+up|onboarded|up and running|configured)\b(?!\s+(?:in|within|by)\b)`,
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
        ],
        pass: [
          'Start your free trial today.',
          "We don't run free pilots for deals under 50 seats.",
          'The pilot last year showed a 12% lift.',
        ],
      },
    },
    {
      id: 'engineering-or-expert-time',
      kind: 'give',
      category: 'resources',
      cues: ['engineer', 'engineers', 'engineering', 'ceo', 'founder', 'cofounder', 'cto', 'coo', 'cpo', 'president', 'head', 'vp', 'product', 'architect', 'architects', 'specialist', 'specialists', 'expert', 'experts', 'developer', 'developers', 'consultant', 'manager', 'csm', 'technical', 'integration', 'integrations', 'connector', 'plugin', 'script', 'team'],
      pattern: String.raw`(?:\b(?:I|we)(?:'ll| will| can| could|'d| would|'m happy to| am happy to|'re happy to| are happy to|'d be happy to| would be happy to|'m going to| am going to)\s+(?:also\s+|gladly\s+|personally\s+|happily\s+)?)?\b(?:bring(?:ing)?(?:\s+(?:in|along))?|loop(?:ing)?\s+in|pull(?:ing)?\s+in|introduce\s+you\s+to|connect\s+you\s+(?:with|to)|set\s+up\s+(?:a\s+)?(?:call|time|session|meeting)\s+(?:for you\s+)?with|(?<=(?:'ll|will|can|could|'d|would|happy to|going to)\s+(?:also\s+)?)(?:have|get))\s+(?:our|my)\s+(?:own\s+)?(?:co-?founder|founder|CEO|CTO|COO|CPO|CIO|CISO|president|head of (?:product|engineering|support|customer success|implementation|security|data|design|partnerships)|VP of (?:product|engineering|customer success|sales|operations)|VP (?:product|engineering)|chief [\w ]{0,20}?officer|product (?:manager|lead|team|director)|lead engineer|sales engineers?|(?:senior\s+|lead\s+|principal\s+|best\s+)?(?:solutions?|implementation|integration|customer success|technical|data|security|onboarding|ML|machine learning|product|field|professional services)\s+(?:engineers?|architects?|consultants?|specialists?|experts?|team|leads?|managers?)|engineers?|engineering team|dev team|developers?|technical team|product team|security team|implementation team|architects?|data scientists?)\b|\b(?:our|my)\s+(?:co-?founder|founder|CEO|CTO|COO|CPO|CIO|CISO|president|head of (?:product|engineering|support|customer success|implementation|security|data)|VP of (?:product|engineering|customer success)|product (?:manager|lead|team)|lead engineer|sales engineers?|(?:senior\s+|lead\s+|principal\s+)?(?:solutions?|implementation|integration|technical|data|security|onboarding|professional services)\s+(?:engineers?|architects?|consultants?|specialists?|team)|engineers?|engineering team|dev team|developers?|technical team)\s+(?:(?:would|will|'d|can|could)\s+(?:be\s+(?:happy|glad|available)\s+to\s+|love\s+to\s+|also\s+|personally\s+)?|(?:is|are)\s+(?:happy|glad|available|ready|standing by)\s+to\s+)(?:join|hop on|jump on|get on|meet|walk|build|set up|configure|spend|dedicate|sit down|come|scope|run|lead|map|design|present|demo)\w*|{WE}\s+(?:[\w']+\s+){0,2}?(?:build|develop|write|code|configure|set up|create|stand up|wire up|custom-build)\s+(?:you\s+)?(?:an?\s+|the\s+|your\s+)?(?:custom\s+|dedicated\s+|bespoke\s+)?(?:[\w-]+\s+)?(?:integration|connector|plugin|plug-in|script|extractor|importer|endpoint|API|extension)s?\s+(?:(?:specifically|just)\s+)?for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\})|\b(?:I|we|our team)(?:'ll| will| can| could|'d be happy to|'re happy to| are happy to|'m happy to| would be happy to|'re going to| are going to)\s+(?:also\s+)?(?:build|develop|write|code|custom-build|stand up|wire up)\s+(?:you\s+)?(?:an?\s+|the\s+|your\s+)?(?:custom\s+|dedicated\s+|bespoke\s+)?(?:[\w-]+\s+)?(?:integration|connector|plugin|plug-in|extractor|importer)s?\b|\b(?:dedicate|commit|put|allocate|assign|lend|give you|provide)\w*\s+(?:you\s+)?(?:some\s+|dedicated\s+|our\s+)?(?:engineering|engineer|developer|dev|solutions engineering|professional services)\s+(?:time|hours|resources|capacity)\b|\b(?:assign|give|provide)\w*\s+(?:you\s+)?(?:an?|your own)\s+dedicated\s+(?:account manager|CSM|customer success manager|support engineer|implementation (?:manager|specialist|lead)|project manager|solutions engineer|onboarding (?:manager|specialist))`,
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
        ],
        pass: [
          'Our engineers built the platform with security in mind.',
          'Our founder started the company after ten years in logistics.',
        ],
      },
    },
    {
      id: 'onsite-workshop',
      kind: 'give',
      category: 'resources',
      cues: ['onsite', 'site', 'workshop', 'workshops', 'visit', 'training', 'session', 'sessions', 'lunch', 'person', 'sprint', 'hackathon'],
      pattern: String.raw`\bon-?site\s+(?:for|to (?:run|do|host|deliver|lead))\s+(?:an?\s+|the\s+|your\s+)?(?:[\w-]+\s+){0,2}?(?:workshop|training|session|kickoff|kick-off|demo|install(?:ation)?|assessment)s?\b|\b(?:on-?site|in-person|in person)\s+(?:[\w-]+\s+)?(?:workshop|visit|training|kickoff|kick-off|demo|assessment|walkthrough|install(?:ation)?|audit|support|working session|discovery session|training session|design session)s?\b|{WE}\s+(?:[\w']+\s+){0,3}?(?:run|host|hold|lead|do|facilitate|organi[sz]e|put on|deliver|conduct|offer|set up|schedule)\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:(?:free|complimentary|custom|tailored|half-day|full-day|(?:\d|one|two)-(?:hour|day)|private|hands-on|virtual|quick|short|dedicated|team)\s+)*(?:workshop|training session|training|lunch[- ]and[- ]learn|working session|brainstorm(?:ing)? session|discovery workshop|design sprint|hackathon|enablement session|strategy session|planning session)s?\b(?:\s+for\s+(?:you(?:r\s+[\w-]+)?|the team|\{\{[^}]+\}\}))?|{WE}\s+(?:[\w']+\s+){0,2}?visit\s+(?:your\s+(?:team|office|offices|site|plant|facility|warehouse|store|HQ|headquarters|clinic|campus)|you\b)(?:\s+(?:on-?site|in person))?`,
      rationale: 'A workshop or visit for this buyer is days of your team\'s time: make it count with the decision makers in the room.',
      ask: {
        level: 'access',
        text: 'If we run the onsite workshop, could your department heads and the budget owner attend so we leave with a decision path?',
      },
      examples: {
        flag: [
          "We'd be glad to do an [onsite workshop] with your planners.",
          "[We can run a half-day workshop for your team] on the new process.",
          "[I can visit your plant] next month to see the line.",
        ],
        pass: [
          'Our public workshops are listed on the events page.',
          "Unfortunately we can't do onsite visits this quarter.",
        ],
      },
    },
    {
      id: 'free-services',
      kind: 'give',
      category: 'resources',
      negation: 'before',
      cues: ['onboarding', 'training', 'implementation', 'migration', 'migrate', 'setup', 'set', 'installation', 'install', 'configuration', 'consulting', 'import', 'handle', 'train', 'onboard', 'glove', 'data'],
      pattern: String.raw`\b(?:free|complimentary|no-cost|no-charge|white-glove|done-for-you|concierge)\s+(?:[\w-]+\s+)?(?:(?:onboarding|training|implementation|migration|data migration|configuration|consulting|integration|import|data import|account setup)\b|(?:set-?up|installation)\b(?!\s+(?:on|for)\s+(?:this|your|the)\b))|\b(?:onboarding|training|implementation|migration|data migration|set-?up|installation|configuration|data import)\s+(?:[\w-]+\s+){0,3}?(?:at no (?:extra |additional )?(?:cost|charge)(?: to you)?|free of charge|for free|on us|on the house|(?:is|are|will be)\s+(?:free|complimentary|on us))|{WE}\s+(?:[\w']+\s+){0,2}?(?:handle|take care of|do|manage|run|own)\s+(?:the\s+|all\s+(?:the\s+|of\s+the\s+)?|your\s+)?(?:[\w-]+\s+)?(?:migration|data migration|onboarding|implementation|setup|set-up|configuration|installation|import|data import|training)\s+for\s+(?:you|your team)\b|{WE}\s+(?:[\w']+\s+){0,2}?(?:migrate|import|move|transfer|port|load)\s+(?:all\s+)?(?:of\s+)?(?:your|the)\s+(?:existing\s+|historical\s+|legacy\s+|old\s+)?(?:data|records|content|contacts|accounts|files|history|workflows|templates)(?:\s+(?:over|across))?\s+for\s+you\b|{WE}\s+(?:[\w']+\s+){0,2}?(?:train|onboard)\s+(?:your|the)\s+(?:whole\s+|entire\s+|new\s+)?(?:team|staff|users|admins|reps|agents|people|employees|managers|crew)\b`,
      rationale: 'Onboarding, training or migration done for free is service cost you absorb: it should buy a commitment.',
      ask: {
        level: 'commitment',
        text: 'If we handle the migration for you, can we agree on the go-live date and the signed order that starts it?',
      },
      examples: {
        flag: [
          'Every new account gets [free onboarding] in the first month.',
          "[We'll handle the data migration for you] over the weekend.",
          "[We can train your whole team] in two sessions.",
          'The [implementation is on us] this year.',
        ],
        pass: [
          'Onboarding is billed at $150 per hour.',
          'Training is not included in the starter plan.',
          "We can't offer free implementation on the basic plan.",
        ],
      },
    },
    {
      id: 'roi-analysis',
      kind: 'give',
      category: 'resources',
      cues: ['roi', 'analysis', 'business', 'case', 'assessment', 'audit', 'tco', 'benchmark', 'numbers', 'savings', 'evaluation', 'health', 'cost', 'review', 'math'],
      pattern: String.raw`(?:{WE}|\blet me|\b(?:happy|glad) to)\s+(?:[\w']+\s+){0,3}?(?:prepar(?:e|ing|ed)|put(?:ting)? together|pull(?:ing|ed)? together|build|built|building|run|running|ran|do|doing|did|creat(?:e|ing|ed)|draft(?:ing|ed)?|work(?:ing|ed)? up|model(?:ing|led)?|calculat(?:e|ing|ed)|conduct(?:ing|ed)?|perform(?:ing|ed)?|complet(?:e|ing|ed)|map(?:ping|ped)? out|sketch(?:ing|ed)? out)\s+(?:out\s+|up\s+)?(?:you\s+|for you\s+|your team\s+)?(?:[\w'-]+\s+){0,5}?(?:(?:custom|tailored|free|complimentary|quick|detailed|full|formal|rough|side-by-side|personali[sz]ed|no-cost|high-level|initial|preliminary|one-page)\s+)*(?:ROI(?:\s+(?:analysis|model|estimate|calculation|projection|breakdown|case|report))?|business case|TCO(?:\s+(?:analysis|model|comparison))?|total cost of ownership(?:\s+(?:analysis|comparison))?|cost[- ]benefit analysis|savings (?:analysis|estimate|projection|report|breakdown)|cost (?:analysis|comparison|breakdown|savings analysis)|gap analysis|(?:security|technical|needs|readiness|site|SEO|website|data|workflow|process|account|tech stack|infrastructure|compliance|risk|maturity|energy|network|spend)\s+(?:assessment|audit|review|analysis))\b(?:\s+for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\}))?|(?:{WE}|\blet me|\b(?:happy|glad) to)\s+(?:[\w']+\s+){0,3}?(?:send|sending|share|sharing)\s+(?:over\s+)?(?:you\s+|your team\s+)?(?:over\s+)?(?:an?\s+|the\s+|your\s+)?(?:(?:custom|tailored|quick|detailed|full|formal|rough|personali[sz]ed|high-level|initial|preliminary|one-page)\s+)*(?:ROI (?:analysis|model|estimate|calculation|projection|breakdown)|business case|TCO (?:analysis|model|comparison)|savings (?:analysis|estimate|projection)|cost[- ]benefit analysis)\b(?:\s+for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\}))?|(?:{WE}|\blet me|\b(?:happy|glad) to)\s+(?:[\w']+\s+){0,3}?(?:prepar(?:e|ing|ed)|put(?:ting)? together|pull(?:ing|ed)? together|build|built|run|ran|do|did|creat(?:e|ing|ed)|draft(?:ing|ed)?|conduct(?:ing|ed)?|perform(?:ing|ed)?)\s+(?:you\s+|your team\s+)?(?:an?\s+|the\s+|your\s+|some\s+)?(?:(?:custom|tailored|free|complimentary|detailed|full|formal|personali[sz]ed|no-cost|in-depth)\s+)+(?:analysis|assessment|audit|review|evaluation|health check|benchmark|report)\b(?:\s+(?:of|for)\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\}))?|\b(?:free|complimentary|no-cost)\s+(?:[\w-]+\s+)?(?:ROI analysis|business case|assessment|audit|health check|evaluation|gap analysis)\b|\b(?:I|we)(?:'ve| have)\s+(?:also\s+|just\s+|already\s+)?(?:run|ran|crunched|modeled|modelled|calculated|worked out|mapped out|estimated)\s+(?:the\s+|some\s+)?(?:numbers|figures|math|ROI|savings|business case)\b(?:\s+for\s+(?:you(?:r\s+[\w-]+)?|\{\{[^}]+\}\}))?`,
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
        ],
        pass: [
          'Our latest benchmark report is on the website.',
          'The analysis in the case study covers a similar team.',
        ],
      },
    },
    {
      id: 'send-samples',
      kind: 'give',
      category: 'resources',
      cues: ['sample', 'samples', 'swatch', 'swatches', 'units', 'unit', 'here', 'loaner', 'kit'],
      pattern: String.raw`(?:{WE}|\blet me|\b(?:happy|glad) to)\s+(?:[\w']+\s+){0,3}?(?:send|ship|mail|courier|drop off|bring|get|put together|prepare|include|FedEx|overnight|post)\w*\s+(?:(?:you|over|out|along|across)\s+)*(?:(?:an?|some|a few|a couple of|free|complimentary|\d+|two|three|several|the)\s+)*(?:[\w-]+\s+)?(?:samples?|swatch(?:es)?|sample (?:kit|pack|box|set|units?|batch)|test (?:units?|batch|kits?)|evaluation units?|demo units?|loaner (?:units?|devices?))\b|\bfree\s+(?:samples?|sample\s+(?:extraction|run|batch|analysis|project|job|order|translation|design|edit|audit|report|pack|kit|box)|test\s+(?:extraction|run|batch))\b|\bhere(?:'s| is| are)\s+your\s+(?:free\s+|first\s+|sample\s+)?(?:[\w-]+\s+){0,2}?(?:data|results|samples?|report|analysis|audit|mockups?|prototype|designs?|drafts?|extraction|spreadsheet|translation|test results)\b`,
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
        ],
        pass: [
          "I'd love to show you some samples and discuss how we can support your program.",
          "P.S. Here's a sample of our work: https://example.com/reel",
          'Here is your invoice for the March order.',
        ],
      },
    },
  ],
};
