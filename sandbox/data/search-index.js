'use strict';
// Indexes over account cores and the scoring used by accountsSearch,
// accountUserSearch and propertiesSearch. Ties are broken by account index, so
// fixed accounts (indices 0..6) always come first among equal scores.
const { normalisePhone, normaliseMpxn } = require('./identifiers');

function push(map, key, idx) {
  if (!key) return;
  const list = map.get(key);
  if (list === undefined) map.set(key, [idx]);
  else if (list[list.length - 1] !== idx) list.push(idx);
}

const tokens = (s) => String(s || '').toLowerCase().replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);

/** tokens() with a cache: names, streets and suburbs repeat a lot across 100,000 accounts. */
function cachedTokens(cache, s) {
  let t = cache.get(s);
  if (t === undefined) { t = tokens(s); cache.set(s, t); }
  return t;
}

/**
 * Indexes are built lazily, each on first use, so the store starts fast at scale 50
 * and a server that is only asked for accounts by number never builds the rest.
 */
function buildIndexes(accounts) {
  const cache = new Map();
  const users = (a) => (a.secondUser ? [a.user, a.secondUser] : [a.user]);
  const builders = {
    number: (m) => { for (const a of accounts) m.set(a.number, a.idx); },
    userId: (m) => { for (const a of accounts) m.set(a.user.id, a.idx); },
    email: (m) => { for (const a of accounts) for (const u of users(a)) push(m, u.email.toLowerCase(), a.idx); },
    phone: (m) => { for (const a of accounts) for (const u of users(a)) { push(m, u.mobile, a.idx); push(m, u.landline, a.idx); } },
    postcode: (m) => { for (const a of accounts) push(m, a.address.postcode, a.idx); },
    portfolio: (m) => { for (const a of accounts) push(m, a.portfolioNumber, a.idx); },
    mpxn: (m) => { for (const a of accounts) { m.set(a.nmi, a.idx); if (a.mirn) m.set(a.mirn, a.idx); } },
    serial: (m) => { for (const a of accounts) { m.set(a.elecSerial, a.idx); if (a.gasSerial) m.set(a.gasSerial, a.idx); } },
    name: (m) => {
      for (const a of accounts) {
        for (const u of users(a)) {
          for (const t of cachedTokens(cache, u.givenName)) push(m, t, a.idx);
          for (const t of cachedTokens(cache, u.familyName)) push(m, t, a.idx);
        }
        if (a.businessName) for (const t of tokens(a.businessName)) push(m, t, a.idx);
      }
    },
    address: (m) => {
      for (const a of accounts) {
        for (const t of cachedTokens(cache, a.address.streetName)) push(m, t, a.idx);
        for (const t of cachedTokens(cache, a.address.suburb)) push(m, t, a.idx);
      }
    },
  };
  const ix = {};
  for (const [key, build] of Object.entries(builders)) {
    let map = null;
    Object.defineProperty(ix, key, { enumerable: true, get() { if (!map) { map = new Map(); build(map); } return map; } });
  }
  return ix;
}

// The AccountSearchInputType fields the sandbox answers, each with the kind of match it
// makes. Kraken's input has more (urn, bill, statements, device, embedded networks...);
// those are accepted by the schema and match nothing here.
const TERM_FIELDS = {
  accountNumber: 'accountNumber',
  portfolioNumber: 'portfolio',
  nmi: 'nmi',
  mirn: 'mirn',
  meterSerialNumber: 'serial',
  location: 'location',
  billingName: 'billingName',
  businessName: 'businessName',
  accountReferences: 'reference',
  user: 'user',
};

/** Classify a free-text term (the stub input's `value`) into a term kind. */
function classify(text) {
  const v = String(text).trim();
  if (/^A-?[0-9A-F]{8}$/i.test(v)) return 'accountNumber';
  if (/^P-[0-9A-F]{8}$/i.test(v)) return 'portfolio';
  if (v.includes('@')) return 'email';
  if (/^\d{4}$/.test(v)) return 'postcode';
  if (/^[A-Z0-9]{10,11}$/i.test(v.replace(/\s+/g, '')) && /\d{6}/.test(v) && !normalisePhone(v)) return 'mpxn';
  if (normalisePhone(v) && /^[\d\s()+-]+$/.test(v)) return 'phone';
  if (/^[A-Z]{2}\d{7}$/i.test(v)) return 'serial';
  if (/\d/.test(v)) return 'address';
  return 'name';
}

/** The search terms given, by kind, and the input field each came from (for error paths). */
function readTerms(input) {
  const terms = {};
  const paths = {};
  for (const [field, kind] of Object.entries(TERM_FIELDS)) {
    const v = input && input[field];
    if (v != null && String(v).trim() !== '') { terms[kind] = String(v).trim(); paths[kind] = field; }
  }
  return { terms, paths };
}

/** Returns a list of {message, inputPath} for terms that fail validation. */
function validateTerms(terms, paths) {
  const errs = [];
  const bad = (kind, message) => errs.push({ message, inputPath: ['searchTerms', paths[kind]] });
  if (terms.accountNumber && !/^A-?[0-9A-F]{1,8}$/i.test(terms.accountNumber)) bad('accountNumber', 'Enter a valid account number, e.g. A-1A2B3C4D.');
  if (terms.nmi && !/^[A-Z0-9]{10,11}$/i.test(terms.nmi.replace(/\s+/g, ''))) bad('nmi', 'An NMI has 10 characters, 11 with its check digit.');
  if (terms.mirn && !/^\d{10,11}$/.test(terms.mirn.replace(/\s+/g, ''))) bad('mirn', 'A MIRN has 10 digits, 11 with its check digit.');
  for (const kind of ['billingName', 'businessName', 'location']) {
    if (terms[kind] && terms[kind].length < 2) bad(kind, 'Enter at least two characters.');
  }
  return errs;
}

/** Score each term kind against the indexes: Map idx -> score (0..1). */
function matchTerm(kind, value, ix, accounts) {
  const out = new Map();
  const add = (i, s) => { if ((out.get(i) || 0) < s) out.set(i, s); };
  switch (kind) {
    case 'accountNumber': {
      const v = value.toUpperCase().replace(/^A-?/, 'A-');
      if (ix.number.has(v)) add(ix.number.get(v), 1);
      else if (v.length >= 5) for (const [num, i] of ix.number) if (num.startsWith(v)) add(i, 0.6);
      break;
    }
    case 'portfolio': for (const i of ix.portfolio.get(value.toUpperCase()) || []) add(i, 1); break;
    case 'reference': { // legacy CRM reference RE + 7 digits (see data/history.js)
      const m = /^RE(\d{7})$/i.exec(value);
      const i = m ? (Number(m[1]) - 1000000) / 7 : -1;
      if (Number.isInteger(i) && i >= 0 && i < accounts.length) add(i, 1);
      break;
    }
    case 'user': { const i = ix.userId.get(value) ?? ix.userId.get(String(Number(value) - 1)); if (i !== undefined) add(i, 1); break; }
    case 'serial': { const i = ix.serial.get(value.toUpperCase()); if (i !== undefined) add(i, 1); break; }
    case 'nmi': case 'mirn': {
      const v = normaliseMpxn(value);
      const i = ix.mpxn.get(v);
      if (i !== undefined && accounts[i][kind] === v) add(i, 1);
      break;
    }
    // The billing name is the business's for a business account, else the account holder's.
    case 'billingName': return scoreTokens(tokens(value), ix.name, (i) => {
      const a = accounts[i];
      return [tokens(a.businessName || `${a.user.givenName} ${a.user.familyName}`)];
    });
    case 'businessName': return scoreTokens(tokens(value), ix.name, (i) => (accounts[i].businessName ? [tokens(accounts[i].businessName)] : []));
    case 'location': return matchLocation(value, ix, accounts);
    case 'address': return scoreTokens(tokens(value), ix.address, (i) => {
      const a = accounts[i].address;
      return [tokens(`${a.unit || ''} ${a.streetNumber} ${a.streetName} ${a.streetType} ${a.suburb} ${a.state} ${a.postcode}`)];
    });
    default: break;
  }
  return out;
}

/**
 * A location is address words, a postcode, or both: a postcode alone finds every account in
 * it; with words, accounts in that postcode score a little higher than others.
 */
function matchLocation(value, ix, accounts) {
  const words = tokens(value);
  const postcode = words.find((w) => /^\d{4}$/.test(w) && ix.postcode.has(w));
  const rest = words.filter((w) => w !== postcode);
  const scores = rest.length ? matchTerm('address', rest.join(' '), ix, accounts) : new Map();
  if (postcode) {
    if (!rest.length) for (const i of ix.postcode.get(postcode)) scores.set(i, 1);
    else for (const [i, s] of scores) scores.set(i, accounts[i].address.postcode === postcode ? Math.min(1, s + 0.1) : s * 0.8);
  }
  return scores;
}

/** Candidates share the rarest indexed token; score = fraction of query tokens matched. */
function scoreTokens(qTokens, index, docTokens) {
  const out = new Map();
  const indexed = qTokens.filter((t) => index.has(t));
  if (!indexed.length) return out;
  indexed.sort((a, b) => index.get(a).length - index.get(b).length);
  for (const i of index.get(indexed[0])) {
    let best = 0;
    for (const doc of docTokens(i)) {
      const set = new Set(doc);
      let hit = 0;
      for (const t of qTokens) if (set.has(t)) hit++;
      const s = hit / Math.max(qTokens.length, 1) * (0.85 + 0.15 * Math.min(1, qTokens.length / doc.length));
      if (s > best) best = s;
    }
    if (best > 0) out.set(i, Math.round(best * 1000) / 1000);
  }
  return out;
}

/** Combined search: [{idx, score}] sorted by score desc, then index. */
function searchAccounts(terms, ix, accounts, maxResults = 20) {
  const kinds = Object.keys(terms);
  const total = new Map();
  for (const kind of kinds) {
    for (const [i, s] of matchTerm(kind, terms[kind], ix, accounts)) total.set(i, (total.get(i) || 0) + s);
  }
  const rows = [];
  for (const [idx, s] of total) rows.push({ idx, score: Math.round((s / kinds.length) * 1000) / 1000 });
  rows.sort((a, b) => b.score - a.score || a.idx - b.idx);
  return rows.slice(0, maxResults);
}

module.exports = { buildIndexes, readTerms, classify, validateTerms, searchAccounts, matchTerm, matchLocation, tokens, TERM_FIELDS };
