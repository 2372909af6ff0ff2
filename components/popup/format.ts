/**
 * Words and numbers as the popup shows them. Pure, so the components stay
 * small and the tests can pin `now`.
 */
import type { GetLevel, GiveCategory, Verdict } from '@/lib/engine/types';
import type { FindingStatus } from '@/lib/ledger/types';

export const GIVE_LABEL: Readonly<Record<GiveCategory, string>> = {
  price: 'price concession',
  terms: 'commercial terms',
  resources: 'free resources',
  time: 'time and schedule',
};

export const GET_LABEL: Readonly<Record<GetLevel, string>> = {
  information: 'information',
  access: 'access',
  commitment: 'commitment',
};

export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  'no-give': 'no give',
  reciprocated: 'give traded for a get',
  unreciprocated: 'gave without asking',
};

export const STATUS_LABEL: Readonly<Record<FindingStatus, string>> = {
  given: 'given',
  intentional: 'intentional',
  asked: 'asked',
  received: 'received',
  declined: 'declined',
};

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A signed balance with a real minus sign ("−7", "+3", "0"): the sign is the point. */
export function signed(n: number): string {
  if (n < 0) return `\u2212${Math.abs(n)}`;
  if (n > 0) return `+${n}`;
  return '0';
}

/** A number with a real minus sign when negative ("−7", "3"). */
export function num(n: number): string {
  return n < 0 ? `\u2212${Math.abs(n)}` : String(n);
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['month', 30 * 24 * 3600_000],
  ['week', 7 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "3 days ago", "yesterday", "just now": the largest whole unit. */
export function ago(then: number, now: number): string {
  const elapsed = now - then;
  if (elapsed < 60_000) return 'just now';
  for (const [unit, ms] of UNITS) {
    if (elapsed >= ms) return relative.format(-Math.floor(elapsed / ms), unit);
  }
  return 'just now';
}

const full = new Intl.DateTimeFormat('en', { dateStyle: 'full', timeStyle: 'short' });

/** The exact date for a `title`, e.g. "Tuesday, 3 June 2025 at 14:05". */
export function fullDate(at: number): string {
  return full.format(new Date(at));
}

/** The message of whatever a promise rejected with, for the rep to read. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'unknown error';
}
