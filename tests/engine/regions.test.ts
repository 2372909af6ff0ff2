import { describe, expect, it } from 'vitest';
import { findExclusions } from '../../lib/engine/regions.ts';

/** The text left for analysis once history and signature are cut. */
function own(text: string): string {
  let out = '';
  let at = 0;
  for (const e of findExclusions(text)) {
    out += text.slice(at, e.start);
    at = e.end;
  }
  return (out + text.slice(at)).trim();
}

describe('quoted history', () => {
  it.each([
    ['Gmail', 'Sure, net 60 works.\n\nOn Tue, Mar 3, 2026 at 9:14 AM Jane Doe <jane@acme.com> wrote:\n> Can you do 20% off?\n'],
    ['Gmail wrapped', 'Sure, net 60 works.\n\nOn Tue, Mar 3, 2026 at 9:14 AM Jane Doe <\njane@acme.com> wrote:\n\nCan you do 20% off?'],
    ['Zoho', 'Sure, net 60 works.\n\n---- On Mon, 02 Mar 2026 10:00:00 +0000 Jane <jane@acme.com> wrote ----\n\nCan you do 20% off?'],
    ['Outlook', 'Sure, net 60 works.\n\n________________________________\nFrom: Jane Doe <jane@acme.com>\nSent: Monday, March 2, 2026 10:00 AM\nTo: Sam\nSubject: Pricing\n\nCan you do 20% off?'],
    ['Outlook bold', 'Sure, net 60 works.\n\n*From:* Jane Doe\n*Sent:* Monday\n*To:* Sam\n\nCan you do 20% off?'],
    ['Original Message', 'Sure, net 60 works.\n\n-----Original Message-----\nFrom: Jane\nCan you do 20% off?'],
    ['forwarded', 'Sure, net 60 works.\n\n---------- Forwarded message ---------\nFrom: Jane\nCan you do 20% off?'],
    ['Lotus Notes', 'Sure, net 60 works.\n\nJane Doe/Purchasing/ACME@ACME\n03/02/2026 10:00 AM\nTo: Sam\nSubject: Pricing\nCan you do 20% off?'],
    ['French', 'Sure, net 60 works.\n\nLe lun. 2 mars 2026 à 10:00, Marie <m@x.fr> a écrit :\n> Can you do 20% off?'],
    ['German', 'Sure, net 60 works.\n\nAm 02.03.2026 um 10:00 schrieb Hans <h@y.de>:\n> Can you do 20% off?'],
  ])('cuts %s history', (_name, text) => {
    expect(own(text)).toBe('Sure, net 60 works.');
  });

  it('drops "> " lines in an inline reply but keeps the answers between them', () => {
    const text = '> Can you do 20% off?\nNo, but I can waive the setup fee.\n> And net 60?\nYes.';
    expect(own(text)).toBe('No, but I can waive the setup fee.\nYes.');
  });

  it('keeps a sentence that only mentions "wrote"', () => {
    const text = 'On Monday you wrote that budget is tight, so I can take 10% off.';
    expect(own(text)).toBe(text);
  });
});

describe('signature', () => {
  it('cuts the block after a sign-off, links included', () => {
    const text = 'I can take 10% off.\n\nBest,\nSam Lee\nAE, Quidco\nBook a demo: https://quid.example/demo';
    expect(own(text)).toBe('I can take 10% off.');
  });

  it('cuts a booking line with a bare link (no https://) after the sign-off', () => {
    const text = 'Could you loop in your InfoSec lead?\n\nBest,\nHarriet Lyle\nEnterprise AE | Quayside\nBook time with me — pick any slot that suits you: calendly.com/harriet-lyle\n+44 20 7946 0321';
    expect(own(text)).toBe('Could you loop in your InfoSec lead?');
  });

  it('does not take a template body with placeholders on every line for a contact block', () => {
    const text = "Hi {{first_name}},\nI know {{company}} locks next year's budget in {{budget_month}}, so timing matters.\nIf it would help, I'll build a one-page ROI estimate specific to {{company}}.\n{{sender_name}}";
    expect(own(text)).toContain("I'll build a one-page ROI estimate");
  });

  it('cuts after the "-- " delimiter', () => {
    expect(own('Happy to help.\n-- \nSam\nStart your free trial today')).toBe('Happy to help.');
  });

  it('keeps a P.S. after the sign-off', () => {
    const text = 'See you Thursday.\n\nBest,\nSam\n\nP.S. I can extend your trial by two weeks.';
    expect(own(text)).toBe('See you Thursday.\n\nP.S. I can extend your trial by two weeks.');
  });

  it('does not take an opening "Thanks!" followed by prose for a sign-off', () => {
    const text = "Thanks!\n\nI'll put together the custom demo for Tuesday and send it over tonight.\n\nBest,\nJo";
    expect(own(text)).toBe("Thanks!\n\nI'll put together the custom demo for Tuesday and send it over tonight.");
  });

  it('cuts a trailing contact block with no sign-off', () => {
    const text = 'Are you available for a quick call next week?\n\n[Your Name]\nNVision Films\n[Phone]';
    expect(own(text)).toBe('Are you available for a quick call next week?');
  });
});
