import { describe, expect, it } from 'vitest';
import { accountFor, buyerAccounts, isPersonalProvider, registrableDomain } from '../../lib/ledger/accounts.ts';
import { policy } from './helpers.ts';

const to = (...addresses: (string | { address: string | null; name: string | null })[]) => ({
  to: addresses.map((a) => (typeof a === 'string' ? { address: a, name: null } : a)),
  cc: [],
  bcc: [],
});

describe('registrableDomain', () => {
  it.each([
    ['mail.acme.co.uk', 'acme.co.uk'],
    ['acme.co.uk', 'acme.co.uk'],
    ['EU.Mail.Acme.COM', 'acme.com'],
    ['acme.com.', 'acme.com'],
    ['shop.example.com.au', 'example.com.au'],
  ])('%s → %s', (host, domain) => {
    expect(registrableDomain(host)).toBe(domain);
  });

  it.each(['192.168.0.1', '[::1]', 'co.uk', 'com', 'localhost', 'not a host', '', 'a@b.com', 'foo..com'])('%j → null', (host) => {
    expect(registrableDomain(host)).toBeNull();
  });
});

describe('personal providers', () => {
  it.each(['gmail.com', 'googlemail.com', 'hotmail.com', 'yahoo.co.uk', 'yahoo.fr', 'gmx.de', 'gmx.net', 'yandex.ru', 'proton.me', 'web.de', 'icloud.com', 'fastmail.com'])('%s is personal', (d) => {
    expect(isPersonalProvider(d)).toBe(true);
  });

  it.each(['acme.com', 'google.com', 'microsoft.com', 'mailchimp.com'])('%s is a company', (d) => {
    expect(isPersonalProvider(d)).toBe(false);
  });
});

describe('accountFor', () => {
  const p = policy();

  it('folds subdomains into the registrable domain', () => {
    expect(accountFor('jane@eu.mail.acme.com', p)).toBe('acme.com');
    expect(accountFor('Joe@ACME.com', p)).toBe('acme.com');
  });

  it('knows that co.uk is a public suffix', () => {
    expect(accountFor('jane@mail.acme.co.uk', p)).toBe('acme.co.uk');
    expect(accountFor('sam@globex.co.uk', p)).toBe('globex.co.uk');
  });

  it('makes each address at a personal provider its own account, lower-cased', () => {
    expect(accountFor('Jane.Doe@Gmail.com', p)).toBe('jane.doe@gmail.com');
    expect(accountFor('joe@gmail.com', p)).toBe('joe@gmail.com');
    expect(accountFor('kim@yahoo.co.uk', p)).toBe('kim@yahoo.co.uk');
  });

  it('treats own domains and their subdomains as internal', () => {
    expect(accountFor('boss@seller.com', p)).toBeNull();
    expect(accountFor('ops@eu.seller.com', p)).toBeNull();
    expect(accountFor('ops@eu.seller.com', policy({ ownDomains: ['mail.seller.com'] }))).toBeNull();
    expect(accountFor('x@seller-group.com', p)).toBe('seller-group.com');
  });

  it('does not make a whole personal provider internal because the rep writes from it', () => {
    const gmailRep = policy({ ownDomains: ['gmail.com', 'rep@gmail.com'] });
    expect(accountFor('buyer@gmail.com', gmailRep)).toBe('buyer@gmail.com');
    expect(accountFor('rep@gmail.com', gmailRep)).toBeNull();
  });

  it('never records a listed domain, by registrable domain or exact host', () => {
    const never = policy({ neverRecord: ['Lawfirm.com', 'hr.globex.com'] });
    expect(accountFor('a@lawfirm.com', never)).toBeNull();
    expect(accountFor('a@eu.lawfirm.com', never)).toBeNull();
    expect(accountFor('a@hr.globex.com', never)).toBeNull();
    expect(accountFor('a@sales.globex.com', never)).toBe('globex.com');
  });

  it('never records a listed address, and only that address', () => {
    const never = policy({ neverRecord: ['Wife@Gmail.com', 'ceo@acme.com'] });
    expect(accountFor('wife@gmail.com', never)).toBeNull();
    expect(accountFor('ceo@acme.com', never)).toBeNull();
    expect(accountFor('cfo@acme.com', never)).toBe('acme.com');
  });

  it('folds grouped domains into the group account', () => {
    const grouped = policy({ groups: [{ account: 'acme.com', domains: ['acme-europe.de', 'acme.co.uk'] }] });
    expect(accountFor('hans@acme-europe.de', grouped)).toBe('acme.com');
    expect(accountFor('jane@mail.acme.co.uk', grouped)).toBe('acme.com');
    expect(accountFor('joe@acme.com', grouped)).toBe('acme.com');
    expect(accountFor('x@globex.com', grouped)).toBe('globex.com');
  });

  it('rejects what is not an address', () => {
    expect(accountFor('Priya Shah', p)).toBeNull();
    expect(accountFor('@acme.com', p)).toBeNull();
    expect(accountFor('root@10.0.0.1', p)).toBeNull();
  });
});

describe('buyerAccounts', () => {
  const p = policy();

  it('yields nothing for an email with only internal or excluded recipients', () => {
    const never = policy({ neverRecord: ['lawyer@firm.com'] });
    expect(buyerAccounts(to('boss@seller.com', 'ops@eu.seller.com', 'lawyer@firm.com'), never).size).toBe(0);
    expect(buyerAccounts({ to: [], cc: [], bcc: [] }, p).size).toBe(0);
  });

  it('collects to, cc and bcc, one entry per address per account', () => {
    const accounts = buyerAccounts(
      {
        to: [{ address: 'Priya@Acme.com', name: 'Priya Shah' }],
        cc: [{ address: 'priya@acme.com', name: null }, { address: 'joe@globex.co.uk', name: null }, { address: 'boss@seller.com', name: null }],
        bcc: [{ address: 'sam@eu.acme.com', name: 'Sam' }],
      },
      p,
    );
    expect([...accounts.keys()]).toEqual(['acme.com', 'globex.co.uk']);
    expect(accounts.get('acme.com')).toEqual([
      { address: 'priya@acme.com', name: 'Priya Shah' },
      { address: 'sam@eu.acme.com', name: 'Sam' },
    ]);
    expect(accounts.get('globex.co.uk')).toEqual([{ address: 'joe@globex.co.uk', name: null }]);
  });

  it('attaches name-only recipients to the only account', () => {
    const accounts = buyerAccounts(to('priya@acme.com', { address: null, name: 'Dana Lee' }, 'boss@seller.com'), p);
    expect(accounts.get('acme.com')).toEqual([
      { address: 'priya@acme.com', name: null },
      { address: null, name: 'Dana Lee' },
    ]);
  });

  it('drops name-only recipients when the email went to several accounts, or to none', () => {
    const two = buyerAccounts(to('priya@acme.com', 'joe@globex.com', { address: null, name: 'Dana Lee' }), p);
    expect([...two.values()].flat().some((r) => r.name === 'Dana Lee')).toBe(false);
    expect(buyerAccounts(to({ address: null, name: 'Dana Lee' }, 'boss@seller.com'), p).size).toBe(0);
  });

  it('gives each personal address its own account', () => {
    const accounts = buyerAccounts(to('jane@gmail.com', 'joe@gmail.com'), p);
    expect([...accounts.keys()]).toEqual(['jane@gmail.com', 'joe@gmail.com']);
  });
});
