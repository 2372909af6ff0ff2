/**
 * Words for a buyer's summary ("gave: custom demo, 15% discount — got:
 * nothing beyond budget information"): what a sales manager calls each rule's
 * finding. A rule missing here (a custom rule, a rule added later) falls back
 * to its category's or level's words.
 */
import type { GetLevel, GiveCategory } from '../engine/types.ts';
import { percentagesIn } from './patterns.ts';
import type { GetRecord, GiveRecord } from './types.ts';

/** Singular, and plural for a count ("3 calls on their schedule"). */
export type Label = readonly [one: string, many: string];

export const RULE_LABELS: Readonly<Record<string, Label>> = {
  // price
  'percent-off': ['discount', 'discounts'],
  'discount-offer': ['discount', 'discounts'],
  'special-price-for-you': ['special price', 'special prices'],
  'waived-fee': ['waived fee', 'waived fees'],
  'free-period': ['free period', 'free periods'],
  'extra-units': ['free extra units', 'rounds of free extra units'],
  'price-match': ['price match', 'price matches'],
  'adjust-the-numbers': ['offer to adjust the numbers', 'offers to adjust the numbers'],
  'coupon-code': ['coupon', 'coupons'],
  'price-brought-down': ['lower price', 'price cuts'],
  'included-at-no-cost': ['add-on at no cost', 'add-ons at no cost'],
  'account-credit': ['account credit', 'account credits'],
  // terms
  'extended-payment-terms': ['longer payment terms', 'extensions of payment terms'],
  'payment-days-and-credit': ['longer payment terms', 'extensions of payment terms'],
  'flexible-billing': ['flexible billing', 'billing concessions'],
  'month-to-month': ['month-to-month contract', 'month-to-month contracts'],
  'cancel-anytime': ['cancel-anytime right', 'cancel-anytime rights'],
  'no-minimum-commitment': ['no minimum commitment', 'waived minimum commitments'],
  'price-lock': ['price lock', 'price locks'],
  'extend-trial': ['trial extension', 'trial extensions'],
  'extended-warranty': ['extended warranty', 'extended warranties'],
  'accept-contract-changes': ['accepted contract changes', 'rounds of accepted contract changes'],
  'out-clause': ['out clause', 'out clauses'],
  'terms-changed': ['changed terms', 'changes to terms'],
  'sla-upgrade': ['SLA upgrade', 'SLA upgrades'],
  'shorter-term': ['shorter contract term', 'shorter contract terms'],
  // resources
  'proposal-or-quote': ['proposal or quote', 'proposals or quotes'],
  'custom-demo': ['custom demo', 'custom demos'],
  'demo-offer': ['demo', 'demos'],
  'custom-work-done': ['custom work', 'pieces of custom work'],
  'custom-work-offered': ['offer of custom work', 'offers of custom work'],
  'document-changes': ['document changes', 'rounds of document changes'],
  'colleague-offers-time': ["a colleague's time", "colleagues' time"],
  'pilot-or-trial-setup': ['free pilot', 'free pilots'],
  'engineering-or-expert-time': ['expert time', 'rounds of expert time'],
  'team-on-your-project': ['team time on their project', 'rounds of team time on their project'],
  'onsite-workshop': ['onsite workshop', 'onsite workshops'],
  'free-services': ['free service', 'free services'],
  'extra-work-at-no-charge': ['extra work at no charge', 'pieces of extra work at no charge'],
  'roi-analysis': ['ROI analysis', 'ROI analyses'],
  'ran-through-our-tool': ['free audit', 'free audits'],
  'send-samples': ['samples', 'rounds of samples'],
  // time
  'whenever-works-for-you': ['call on their schedule', 'calls on their schedule'],
  'no-rush': ['open-ended deadline', 'open-ended deadlines'],
  'push-date-for-you': ['postponed date', 'postponed dates'],
  'reconnect-when-ready': ['wait until they are ready', 'waits until they are ready'],
  'call-anytime': ['call any time', 'offers of a call any time'],
  'work-around-your-schedule': ['call on their schedule', 'calls on their schedule'],
  'after-hours-availability': ['after-hours availability', 'after-hours offers'],
  'travel-to-you': ['trip to them', 'trips to them'],
  expedite: ['expedited delivery', 'expedited deliveries'],
  'fast-go-live': ['rushed go-live', 'rushed go-lives'],
  // commitment
  'act-by-date': ['dated commitment', 'dated commitments'],
  'signature-request': ['signature', 'signatures'],
  'paperwork-ask': ['order form', 'order forms'],
  'purchase-ask': ['decision to buy', 'decisions to buy'],
  'decision-plan': ['mutual action plan', 'mutual action plans'],
  'go-no-go-decision': ['go/no-go decision', 'go/no-go decisions'],
  'term-or-volume-commitment': ['term or volume commitment', 'term or volume commitments'],
  'buyer-time-commitment': ['time from their team', 'time commitments from their team'],
  'stated-requirement': ['firm requirement', 'firm requirements'],
  'payment-ask': ['faster payment', 'faster payments'],
  'reference-ask': ['reference or case study', 'references or case studies'],
  'referral-ask': ['referral', 'referrals'],
  'conditional-commitment': ['conditional commitment', 'conditional commitments'],
  // access
  'meeting-request': ['meeting', 'meetings'],
  'meet-or-talk': ['meeting', 'meetings'],
  'availability-ask': ['meeting', 'meetings'],
  'proposed-time': ['meeting at a set time', 'meetings at a set time'],
  'calendar-invite': ['meeting invite', 'meeting invites'],
  'stakeholder-attends': ['stakeholder at the table', 'stakeholders at the table'],
  'stakeholder-meeting': ['meeting with a stakeholder', 'meetings with stakeholders'],
  'stakeholder-intro': ['introduction', 'introductions'],
  'decision-maker-in-room': ['decision maker in the room', 'decision makers in the room'],
  // information
  'budget-question': ['budget information', 'budget answers'],
  'timeline-question': ['timeline', 'timelines'],
  'decision-process-question': ['decision process', 'decision-process answers'],
  'needs-question': ['requirements', 'requirement answers'],
  'current-solution-question': ['current solution', 'current-solution answers'],
  'pain-question': ['pain points', 'pain-point answers'],
  'interest-check': ['interest check', 'interest checks'],
  'status-check': ['status update', 'status updates'],
  'tell-me-ask': ['feedback', 'rounds of feedback'],
  'seller-inputs': ['inputs for your work', 'inputs for your work'],
  'open-question': ['answer to a question', 'answers to questions'],
};

export const CATEGORY_LABELS: Readonly<Record<GiveCategory, Label>> = {
  price: ['price concession', 'price concessions'],
  terms: ['change to terms', 'changes to terms'],
  resources: ['free work', 'pieces of free work'],
  time: ['bend to their schedule', 'bends to their schedule'],
};

export const LEVEL_LABELS: Readonly<Record<GetLevel, Label>> = {
  information: ['information', 'pieces of information'],
  access: ['meeting or introduction', 'meetings or introductions'],
  commitment: ['commitment', 'commitments'],
};

const DISCOUNT_RULES = new Set(['percent-off', 'discount-offer', 'price-brought-down', 'special-price-for-you']);
const NET_DAYS = /\bnet[\s-]?(\d{2,3})\b/i;

/** A give's label, made specific by its quote when there is one ("15% discount", "net 60 terms"). */
export function giveLabel(g: Pick<GiveRecord, 'ruleId' | 'category' | 'quote'>): Label {
  if (g.category === 'price' && DISCOUNT_RULES.has(g.ruleId)) {
    const p = percentagesIn(g.quote);
    if (p.length > 0) return [`${Math.max(...p)}% discount`, `discounts of ${Math.max(...p)}%`];
  }
  if (g.category === 'terms' && g.quote !== null) {
    const net = NET_DAYS.exec(g.quote)?.[1];
    if (net) return [`net ${net} terms`, `extensions to net ${net}`];
  }
  return RULE_LABELS[g.ruleId] ?? CATEGORY_LABELS[g.category];
}

export function getLabel(g: Pick<GetRecord, 'ruleId' | 'level'>): Label {
  return RULE_LABELS[g.ruleId] ?? LEVEL_LABELS[g.level];
}

/** A long history names its most frequent findings and counts the rest. */
export const SUMMARY_ITEMS = 6;

/**
 * "custom demo, 15% discount, 3 calls on their schedule": labels counted, in
 * the order first seen; past `max` kinds, the most frequent are kept (still
 * in that order) and the others counted.
 */
export function countedList(labels: readonly Label[], max = SUMMARY_ITEMS): string {
  const counts = new Map<string, { label: Label; n: number }>();
  for (const label of labels) {
    const c = counts.get(label[0]);
    if (c) c.n++;
    else counts.set(label[0], { label, n: 1 });
  }
  const all = [...counts.values()];
  // Array sort is stable: among equal counts the first seen wins.
  const kept = new Set([...all].sort((a, b) => b.n - a.n).slice(0, max));
  const text = all
    .filter((c) => kept.has(c))
    .map(({ label, n }) => (n === 1 ? label[0] : `${n} ${label[1]}`))
    .join(', ');
  const rest = all.length - kept.size;
  return rest > 0 ? `${text} and ${rest} other ${rest === 1 ? 'kind' : 'kinds'}` : text;
}
