import { useId, useState, type FormEvent } from 'react';
import { checkDomain, splitEntries } from '@/lib/settings/domains';
import type { AccountGroup } from '@/lib/settings/types';

export interface AccountGroupsProps {
  groups: readonly AccountGroup[];
  onChange: (next: AccountGroup[]) => Promise<boolean>;
}

/**
 * Checks a new group against the existing ones: the account and every other domain
 * must be domains, and none may already belong to another group. Adding to an
 * existing account's group extends it.
 */
export function addGroup(groups: readonly AccountGroup[], accountInput: string, domainsInput: string): { ok: true; groups: AccountGroup[] } | { ok: false; message: string } {
  const account = checkDomain(accountInput);
  if (!account.ok) return { ok: false, message: `Account: ${account.message}` };
  const parts = splitEntries(domainsInput);
  if (parts.length === 0) return { ok: false, message: 'Enter at least one other domain that belongs to this account.' };
  const existing = groups.find((g) => g.account === account.value);
  const owner = (domain: string) => groups.find((g) => g !== existing && (g.account === domain || g.domains.includes(domain)));
  const elsewhere = owner(account.value);
  if (elsewhere) return { ok: false, message: `${account.value} already belongs to the group of ${elsewhere.account}.` };
  const domains = [...(existing?.domains ?? [])];
  for (const part of parts) {
    const d = checkDomain(part);
    if (!d.ok) return { ok: false, message: d.message };
    if (d.value === account.value) return { ok: false, message: `${d.value} is the account itself; list only its other domains.` };
    if (domains.includes(d.value)) return { ok: false, message: `${d.value} is already in this group.` };
    const other = owner(d.value);
    if (other) return { ok: false, message: `${d.value} already belongs to the group of ${other.account}.` };
    domains.push(d.value);
  }
  const group = { account: account.value, domains };
  return { ok: true, groups: existing ? groups.map((g) => (g === existing ? group : g)) : [...groups, group] };
}

/** "These domains are one account": buyers at several domains recorded as one. */
export function AccountGroups({ groups, onChange }: AccountGroupsProps) {
  const id = useId();
  const [account, setAccount] = useState('');
  const [domains, setDomains] = useState('');
  const [error, setError] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const result = addGroup(groups, account, domains);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError('');
    if (await onChange(result.groups)) {
      setAccount('');
      setDomains('');
    }
  };
  const described = error ? `${id}-error` : undefined;

  return (
    <div className="quid-subsection" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>One account, several domains</h3>
      <p className="quid-hint">
        Mail to any of the other domains is recorded under the account, e.g. acme-europe.de and acme.co.uk under acme.com.
      </p>
      <form className="quid-form" onSubmit={(e) => void add(e)} noValidate>
        <div className="quid-field">
          <label htmlFor={`${id}-account`}>Account domain</label>
          <input
            id={`${id}-account`}
            type="text"
            value={account}
            placeholder="acme.com"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setAccount(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
          />
        </div>
        <div className="quid-field">
          <label htmlFor={`${id}-domains`}>Its other domains</label>
          <input
            id={`${id}-domains`}
            type="text"
            value={domains}
            placeholder="acme-europe.de, acme.co.uk"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setDomains(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
          />
        </div>
        <button type="submit">Add group</button>
      </form>
      <p id={`${id}-error`} role="alert" className="quid-error">
        {error}
      </p>
      {groups.length > 0 && (
        <ul className="quid-entries" aria-label="Account groups">
          {groups.map((g) => (
            <li key={g.account} className="quid-row">
              <span>
                <code>{g.account}</code> also counts <code>{g.domains.join(', ')}</code>
              </span>
              <button
                type="button"
                className="quid-secondary"
                aria-label={`Remove the group of ${g.account}`}
                onClick={() => void onChange(groups.filter((x) => x.account !== g.account))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
