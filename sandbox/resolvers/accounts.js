'use strict';
// Query resolvers: account, accounts, account users, viewer, campaigns, portfolio.
const { fail, notFound, invalid, conn } = require('./common');
const { normalisePhone } = require('../data/identifiers');
const { tokens, classify } = require('../data/search-index');

/** Stub input types carry a single free-text `value`; spread it into named fields. */
function expandUserInput(input) {
  if (!input || input.value == null) return input || {};
  const v = String(input.value).trim();
  const kind = classify(v);
  if (/^\d+$/.test(v) && !normalisePhone(v)) return { ...input, id: v };
  if (/^U-/i.test(v)) return { ...input, number: v };
  if (kind === 'email') return { ...input, email: v };
  if (kind === 'phone') return { ...input, mobile: v };
  if (kind === 'accountNumber') return { ...input, accountNumber: v };
  return { ...input, fullName: v };
}

const MAX_ACCOUNTS_FOR_USERS = 50;

/** The answer for a user lookup that matched nobody: empty, with no accounts. */
const nobody = (input) => ({
  __typename: 'AccountUserType', id: '', givenName: '', familyName: '', email: String(input.email || ''), mobile: '', landline: '',
  isDeceased: false, createdAt: '1970-01-01T00:00:00+00:00', lastUpdatedAt: '1970-01-01T00:00:00+00:00', accounts: [], consents: [],
});

function accountResolvers(store, nodes) {
  const requireAccount = (number, code = 'KT-CT-4178', description) => {
    const a = store.accountByNumber(number);
    if (!a) throw code === 'KT-CT-4177' ? fail('KT-CT-4177') : notFound(code, description);
    return a;
  };

  /** Viewer: the signed-in support user (context.auth.subject 'kraken|account-user:<id>'). */
  function viewer(args, context) {
    const auth = (context && context.auth) || {};
    const m = /(\d+)$/.exec(String(auth.subject || ''));
    const id = m ? m[1] : '1001';
    const agent = store.agents.find((g) => g.id === id);
    const base = agent || { id, username: auth.kind === 'apiKey' ? 'console-integration' : 'sandbox.user', givenName: auth.kind === 'apiKey' ? 'Console' : 'Sandbox', familyName: auth.kind === 'apiKey' ? 'Integration' : 'User', email: auth.email || 'integration@sandbox.kraken.test' };
    const fullName = `${base.givenName} ${base.familyName}`;
    return {
      __typename: 'AccountUserType', id: base.id, number: 'U-' + String(base.id).padStart(8, '0'),
      givenName: base.givenName, familyName: base.familyName, firstName: base.givenName, lastName: base.familyName,
      fullName, displayName: fullName, preferredName: base.givenName, email: auth.email || base.email,
      mobile: '', landline: '', title: null, pronouns: null, isDeceased: false, isActive: true, dateOfBirth: null,
      createdAt: '2023-02-01T09:00:00+10:00', lastUpdatedAt: '2025-11-01T09:00:00+10:00', label: 'Support user',
      alternativePhoneNumbers: [], portfolioIds: [], accounts: [], hasFamilyIssues: false, isInHardship: false,
      username: base.username, permissions: [{ name: 'CAN_VIEW_ACCOUNTS' }, { name: 'CAN_VIEW_INK' }, { name: 'CAN_VIEW_CALLS' }],
    };
  }

  function scoreUser(input, u, a) {
    const checks = [];
    const eq = (x, y) => String(x || '').trim().toLowerCase() === String(y || '').trim().toLowerCase();
    const given = input.givenName || input.firstName;
    const family = input.familyName || input.lastName;
    if (given) checks.push(eq(given, u.givenName) ? 1 : 0);
    if (family) checks.push(eq(family, u.familyName) ? 1 : 0);
    const full = input.fullName || input.name;
    if (full) {
      const q = tokens(full);
      const d = new Set(tokens(`${u.givenName} ${u.familyName}`));
      checks.push(q.length ? q.filter((t) => d.has(t)).length / q.length : 0);
    }
    const email = input.email || input.emailAddress;
    if (email) checks.push(eq(email, u.email) ? 1 : 0);
    const phone = input.mobile || input.phoneNumber || input.phone || input.landline;
    if (phone) checks.push(normalisePhone(phone) && (normalisePhone(phone) === u.mobile || normalisePhone(phone) === u.landline) ? 1 : 0);
    if (input.dateOfBirth) checks.push(eq(input.dateOfBirth, u.dateOfBirth) ? 1 : 0);
    if (!checks.length && (input.accountNumber || input.number)) checks.push(1);
    if (input.postcode) checks.push(eq(input.postcode, a.address.postcode) ? 1 : 0);
    return checks.length ? checks.reduce((s, x) => s + x, 0) / checks.length : 0;
  }

  /** Candidate accounts for a user search, from the cheapest selective index. */
  function userCandidates(input) {
    const ix = store.indexes;
    const email = input.email || input.emailAddress;
    if (email) return ix.email.get(String(email).toLowerCase()) || [];
    const phone = normalisePhone(input.mobile || input.phoneNumber || input.phone || input.landline || '');
    if (phone) return ix.phone.get(phone) || [];
    const name = [input.givenName || input.firstName, input.familyName || input.lastName, input.fullName || input.name].filter(Boolean).join(' ');
    const lists = tokens(name).map((t) => ix.name.get(t)).filter(Boolean).sort((x, y) => x.length - y.length);
    if (lists.length) return lists[0];
    if (input.postcode) return ix.postcode.get(String(input.postcode)) || [];
    return [];
  }

  /** accountNumber / number (U-...) narrow a user search to one account. */
  function narrowToAccount(input) {
    const number = input.accountNumber || (input.number ? 'A-' + String(input.number).replace(/^U-/i, '') : null);
    if (!number) return null;
    const a = store.accountByNumber(number);
    return a ? [a.idx] : [];
  }

  return {
    account(args) {
      const a = requireAccount(args.accountNumber, 'KT-CT-4177');
      return nodes.account(a);
    },

    accounts(args) {
      const hasPhone = args.phoneNumber != null && args.phoneNumber !== '';
      const hasPortfolio = args.portfolioNumber != null && args.portfolioNumber !== '';
      if (hasPhone === hasPortfolio) throw invalid('KT-CT-4184', 'Exactly one of phoneNumber or portfolioNumber must be provided.', []);
      const list = hasPhone ? store.accountsByPhone(normalisePhone(args.phoneNumber)) : store.accountsByPortfolio(args.portfolioNumber);
      return list.map((a) => nodes.account(a));
    },

    // Kraken's AccountUserInputType names the user by accountUserId or accountUserEmail. The
    // field is non-null: an email nobody has answers a user with no accounts (the console
    // shows "no accounts found"), never a made-up customer.
    accountUser(args) {
      const raw = args.input || {};
      const input = expandUserInput({ ...raw, id: raw.accountUserId ?? raw.id, email: raw.accountUserEmail ?? raw.email });
      let a = null;
      let secondary = false;
      const id = input.id || input.accountUserId || input.userId;
      if (id != null) {
        a = store.accountByUserId(id);
        if (!a) { a = store.accountByUserId(String(Number(id) - 1)); secondary = Boolean(a && a.secondUser); if (!secondary) a = null; }
      } else if (input.number) {
        a = store.accountByNumber('A-' + String(input.number).replace(/^U-/i, ''));
      } else if (input.email) {
        const list = store.indexes.email.get(String(input.email).toLowerCase()) || [];
        a = list.length ? store.accounts[list[0]] : null;
        secondary = Boolean(a && a.secondUser && a.secondUser.email.toLowerCase() === String(input.email).toLowerCase() && a.user.email.toLowerCase() !== String(input.email).toLowerCase());
      }
      if (!a) return nobody(input);
      return nodes.user(a, secondary ? a.secondUser : a.user, secondary);
    },

    accountUserSearch(args) {
      const input = expandUserInput(args.input);
      const threshold = input.threshold != null ? Number(input.threshold) : 0.55;
      let best = null;
      const only = narrowToAccount(input);
      for (const idx of (only || userCandidates(input)).slice(0, 5000)) {
        const a = store.accounts[idx];
        for (const [u, secondary] of [[a.user, false], [a.secondUser, true]]) {
          if (!u) continue;
          const s = scoreUser(input, u, a);
          if (s >= threshold && (!best || s > best.s)) best = { s, a, u, secondary };
        }
      }
      return best ? nodes.user(best.a, best.u, best.secondary) : {};
    },

    accountUserFromAccountNumber(args) {
      const input = expandUserInput(args.input);
      const a = requireAccount(input.accountNumber);
      const email = String(input.email || input.emailAddress || '').toLowerCase();
      if (email && a.secondUser && a.secondUser.email.toLowerCase() === email) return nodes.user(a, a.secondUser, true);
      if (email && a.user.email.toLowerCase() !== email) return {};
      return nodes.user(a);
    },

    getUsersForAccount(args) {
      return nodes.usersOf(requireAccount(args.accountNumber));
    },

    getUsersForAccounts(args) {
      const numbers = args.accountNumbers || [];
      if (numbers.length > MAX_ACCOUNTS_FOR_USERS) throw invalid('KT-AU-5413', 'The number of accounts provided exceeds the maximum allowed.', []);
      const found = numbers.map((n) => store.accountByNumber(n)).filter(Boolean);
      if (!found.length) throw notFound('KT-AU-5412', 'No account found with given list of account numbers.');
      return found.flatMap((a) => nodes.usersOf(a));
    },

    viewer,

    campaigns(args) {
      const a = store.accountByNumber(args.accountNumber);
      if (!a) return conn(() => [])(args);
      return conn(() => store.extras(a).campaigns.map((c) => ({ __typename: 'AccountCampaignType', ...c })))(args);
    },

    accountReference(args) {
      const m = /^RE(\d{7})$/.exec(String(args.value || '').trim().toUpperCase());
      if (!m) throw invalid('KT-CT-8310', 'Invalid data.', [{ message: 'Unknown account reference.', inputPath: ['value'] }]);
      const idx = (Number(m[1]) - 1000000) / 7;
      const a = Number.isInteger(idx) ? store.accounts[idx] : null;
      if (!a) return [];
      return store.extras(a).references.map((r) => ({ __typename: 'AccountReferenceType', ...r, account: () => nodes.account(a) }));
    },

    portfolio(args) {
      const p = nodes.portfolio(String(args.portfolioNumber || '').toUpperCase());
      if (!p) throw invalid('KT-CT-9403', 'Received an invalid portfolioId.', []);
      return p;
    },

    accountDebtPosition(args) {
      const a = requireAccount(args.accountNumber);
      return {
        accountNumber: a.number,
        ledgerDebtPositions: [{ ledgerNumber: `L-${a.number.slice(2)}`, ledgerType: 'MAIN_LEDGER', totalDebt: Math.max(0, -a.balance), overdueDebt: a.overdueBalance, delinquentDebt: a.overdueBalance > 60000 ? a.overdueBalance : 0 }],
      };
    },
  };
}

module.exports = { accountResolvers };
