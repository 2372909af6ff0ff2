import { describe, expect, it } from 'vitest';
import { hasCondition, isHypothetical, isNegated, isPublishedTerms, isRecount, isReportedRequest } from '../../lib/engine/context.ts';
import { analyze } from '../../lib/engine/analyze.ts';

/** isNegated on the first occurrence of `phrase` in `sentence`. */
function negated(sentence: string, phrase: string, includeMatch = true): boolean {
  const start = sentence.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in "${sentence}"`);
  return isNegated(sentence, start, start + phrase.length, includeMatch);
}

describe('negation', () => {
  it('cancels a match the clause refuses, before, inside or after it', () => {
    expect(negated("We can't offer a discount this time.", 'offer a discount')).toBe(true);
    expect(negated("We won't match their price.", "We won't match their price")).toBe(true);
    expect(negated("A free pilot isn't something we offer.", 'A free pilot')).toBe(true);
    expect(negated("Net 90 is further than I can take it, I'm afraid.", 'Net 90')).toBe(true);
    expect(negated('20% off is a step too far on a one-year term.', '20% off')).toBe(true);
    expect(negated('Net 60 is more than fair for a first order.', 'Net 60')).toBe(false);
  });

  it('stops at a clause break: a refusal does not reach the next clause', () => {
    expect(negated("We can't do 20%, but we can waive the setup fee.", 'waive the setup fee')).toBe(false);
  });

  it('does not reach into or out of a subordinate clause', () => {
    expect(negated('Onboarding is at no charge if you sign the order form by Friday.', 'sign the order form by Friday')).toBe(false);
    expect(negated("We won't hold the price unless you sign by Friday.", 'sign by Friday')).toBe(false);
    expect(negated("I'm happy to do this for you so you don't have to worry about it.", 'happy to do this for you')).toBe(false);
  });

  it('reads a negative question as an ask, not a refusal', () => {
    expect(negated("Why don't we set up 30 minutes with your CFO on Tuesday?", 'set up 30 minutes')).toBe(false);
  });

  it('can be limited to what comes before the match', () => {
    expect(negated('No rush at all, take your time.', 'No rush', false)).toBe(false);
    expect(negated("We can't say no rush this time.", 'no rush', false)).toBe(true);
  });
});

describe('hypotheticals, recounts and conditions', () => {
  it('rules out counterfactual statements but not trades put as questions', () => {
    expect(isHypothetical('Even if we wanted to discount, we would lose money.')).toBe(true);
    expect(isHypothetical('If we could discount it, we would.')).toBe(true);
    expect(isHypothetical('If we could include it at no cost, would you sign by Friday?')).toBe(false);
    expect(isHypothetical("Normally I'd offer a free audit here, but we've stopped doing those.")).toBe(true);
    expect(isHypothetical("Had you written in during January, I'd have refunded it without a second thought.")).toBe(true);
    expect(isHypothetical("I'd have your revised quote by Friday.")).toBe(false);
    // A marker in a later clause qualifies something else, not the give.
    const s = "I'll let you set the pace; whenever it makes sense, even if that's after the summer, I'm here.";
    expect(isHypothetical(s, s.indexOf(';'))).toBe(false);
    expect(isHypothetical('We would lose money even if we took 20% off.', 20)).toBe(true);
  });

  it('recognises concessions recounted from earlier exchanges', () => {
    expect(isRecount('Last year we waived the migration fee.')).toBe(true);
    expect(isRecount("I'll build a custom demo using last month's orders.")).toBe(false);
    expect(isRecount("As you'll remember, we waived the diagnostic fee when we kicked off.")).toBe(true);
    expect(isRecount('When we kicked off in March we waived the diagnostic fee.')).toBe(true);
    expect(isRecount("We'll waive the diagnostic fee if you kick off in March.")).toBe(false);
    // A give promised now, with the history in another clause, is not a recount.
    const s1 = "i'll eat the transport on the first wk since the pipe screwed you last month.";
    expect(isRecount(s1, 0, s1.indexOf(' on the first'))).toBe(false);
    const s2 = "As we did last year, I'll waive the setup fee.";
    expect(isRecount(s2, s2.indexOf('waive'), s2.length - 1)).toBe(false);
    const s3 = 'Last year we said we will waive the setup fee.';
    expect(isRecount(s3, s3.indexOf('waive'), s3.length - 1)).toBe(true);
    const s4 = 'We waived the setup fee last year, as you know.';
    expect(isRecount(s4, s4.indexOf('waived'), s4.indexOf(' last'))).toBe(true);
  });

  it("sets aside the buyer's request reported back, but not a reply joined to it", () => {
    const at = (sentence: string, phrase: string) => isReportedRequest(sentence, sentence.indexOf(phrase));
    expect(at("You asked whether we'd add a few free months to match them.", 'add a few')).toBe(true);
    expect(at('She wondered if we could waive the setup fee.', 'waive')).toBe(true);
    expect(at('You asked if we could move the date, and we can waive the setup fee.', 'waive')).toBe(false);
    expect(at('I asked whether we could waive the setup fee.', 'waive')).toBe(false);
    expect(at("We'll waive the setup fee.", 'waive')).toBe(false);
    const reported = analyze("You asked whether we'd add a few free months. We don't do that.", { format: 'text' });
    expect(reported.gives).toEqual([]);
    expect(analyze('You asked for a discount, so I can take 10% off the first year.', { format: 'text' }).verdict).toBe('unreciprocated');
  });

  it('recognises published terms restated, unless the sentence sets this buyer apart', () => {
    expect(isPublishedTerms('Yes: the annual plan comes with two months free, same as on our pricing page for every customer.')).toBe(true);
    expect(isPublishedTerms('These are our standard corporate group rates and include Wi-Fi.')).toBe(true);
    expect(isPublishedTerms("It's currently 40% off, which is a very strong discount.")).toBe(true);
    expect(isPublishedTerms("We do have a nonprofit programme, and it's the same for every registered charity: 30% off any annual plan.")).toBe(true);
    expect(isPublishedTerms("We do have student pricing, and it's the same for everyone who's enrolled: 50% off the Individual plan.")).toBe(true);
    expect(isPublishedTerms('For every customer on the old plan we can take 10% off our list price.')).toBe(false);
    expect(isPublishedTerms('I can do $150 instead of our published rate of $200.')).toBe(false);
    expect(isPublishedTerms('Our standard terms are net 30, but I can do net 60 for you.')).toBe(false);
    // A per-client reward and a logo on the seller's website are not published terms.
    expect(isPublishedTerms('We can bring your rate down to 30% off list for every client you bring onto the platform.')).toBe(false);
    expect(isPublishedTerms('We can give you our nonprofit rate, provided we can list you as a customer on our website.')).toBe(false);
  });

  it('finds the condition of a trade', () => {
    expect(hasCondition('If you can sign by Friday, I can take 10% off.')).toBe(true);
    expect(hasCondition('In exchange for a two-year term, we can waive the fee.')).toBe(true);
    expect(hasCondition('I can take 10% off.')).toBe(false);
  });
});
