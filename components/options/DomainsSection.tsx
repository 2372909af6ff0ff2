import { checkDomain, checkDomainOrAddress } from '@/lib/settings/domains';
import { AccountGroups } from './AccountGroups';
import { EntryList } from './EntryList';
import type { SectionProps } from './RuleSetsSection';

/** Who is a buyer: the rep's own domains, who is never recorded, and domains that are one account. */
export function DomainsSection({ settings, change }: SectionProps) {
  return (
    <section aria-labelledby="domains-heading" className="quid-section">
      <h2 id="domains-heading">Domains</h2>
      <EntryList
        title="Own domains"
        description="Mail only to these domains is internal and not recorded. Left empty, your sender address's domain is used."
        inputLabel="Add an own domain"
        placeholder="yourcompany.com"
        entries={settings.ownDomains}
        check={checkDomain}
        onChange={(next) => change((s) => ({ ...s, ownDomains: next }))}
      />
      <EntryList
        title="Never record"
        description="Mail to these domains or addresses never enters the ledger, e.g. partners, lawyers or friends."
        inputLabel="Add a domain or address never to record"
        placeholder="partner.com or jane@example.com"
        entries={settings.neverRecord}
        check={checkDomainOrAddress}
        onChange={(next) => change((s) => ({ ...s, neverRecord: next }))}
      />
      <AccountGroups groups={settings.accountGroups} onChange={(next) => change((s) => ({ ...s, accountGroups: next }))} />
    </section>
  );
}
