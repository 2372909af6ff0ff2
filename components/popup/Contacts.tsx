import type { ContactRecord } from '@/lib/ledger/types';

/** The people at this buyer the rep has written to. */
export function Contacts({ contacts }: { contacts: readonly ContactRecord[] }) {
  if (contacts.length === 0) return <p className="quid-muted">No contact recorded.</p>;
  return (
    <ul className="quid-contacts">
      {contacts.map((c, i) => (
        <li key={c.id ?? `${c.address ?? ''}|${c.name ?? ''}|${i}`}>
          {c.name !== null && <span className="quid-contact-name">{c.name}</span>}
          {c.name !== null && c.address !== null && ' '}
          {c.address !== null && <span className="quid-contact-address">{c.name !== null ? `<${c.address}>` : c.address}</span>}
        </li>
      ))}
    </ul>
  );
}
