import type { ConcessionFlag } from '@/lib/ledger/types';

export interface ConcessionFlagsProps {
  flags: readonly ConcessionFlag[];
  id?: string;
}

/** Concession patterns for one buyer ("Second price concession to acme.com"), as small warnings. */
export function ConcessionFlags({ flags, id }: ConcessionFlagsProps) {
  if (flags.length === 0) return null;
  return (
    <ul className="quid-flags" id={id}>
      {flags.map((flag) => (
        <li key={`${flag.kind}:${flag.message}`} className="quid-flag" data-flag={flag.kind}>
          <span aria-hidden="true">⚠ </span>
          <span className="quid-visually-hidden">Warning: </span>
          {flag.message}
        </li>
      ))}
    </ul>
  );
}
