'use strict';
// Core account records: small, generated eagerly for every account (they feed the
// search indexes). Everything bulky (transactions, readings, Ink...) is generated
// lazily elsewhere from (seed, account index).
const T = require('./au-tables');
const { stream, permute32, permuteMod } = require('./prng');
const { accountNumber, digitsOf } = require('./identifiers');
const { FIXED_ACCOUNTS } = require('./fixtures');

const ACCOUNTS_PER_SCALE = 2000;
// "Today" in the sandbox: fixed so that data never depends on the wall clock.
const TODAY = '2025-11-15';

const STATES = Object.keys(T.STATE_WEIGHT).map((s) => [s, T.STATE_WEIGHT[s]]);
const SUBURBS_BY_STATE = {};
for (const row of T.SUBURBS) (SUBURBS_BY_STATE[row[2]] = SUBURBS_BY_STATE[row[2]] || []).push(row);
const SUBURB_INFO = new Map(T.SUBURBS.map((r) => [r[0] + '|' + r[2], r]));

const ELEC_MAKERS = ['LG', 'ED', 'EM', 'SE', 'AC'];

const slugCache = new Map();
const slug = (s) => {
  let v = slugCache.get(s);
  if (v === undefined) { v = s.toLowerCase().replace(/[^a-z]/g, ''); slugCache.set(s, v); }
  return v;
};

function emailLocal(rng, given, family) {
  const g = slug(given);
  const f = slug(family);
  const style = rng.int(0, 5);
  const n = rng.int(1, 99);
  switch (style) {
    case 0: return `${g}.${f}`;
    case 1: return `${g}.${f}${n}`;
    case 2: return `${g[0]}${f}`;
    case 3: return `${g}${f}${rng.int(60, 99)}`;
    case 4: return `${g}_${f}`;
    default: return `${f}.${g}${n}`;
  }
}

const TODAY_MS = Date.parse(TODAY + 'T00:00:00Z');
function isoDaysBefore(days, rng) {
  const ms = TODAY_MS - days * 86400000 + rng.int(8 * 3600, 18 * 3600) * 1000;
  return new Date(ms).toISOString().slice(0, 19) + '+00:00';
}

/** Decorate a core record with derived, cheap fields shared by fixed and random accounts. */
function finish(core) {
  const a = core.address;
  const info = SUBURB_INFO.get(a.suburb + '|' + a.state);
  a.latitude = info ? info[3] : null;
  a.longitude = info ? info[4] : null;
  a.line1 = `${a.unit ? a.unit + '/' : ''}${a.streetNumber} ${a.streetName} ${a.streetType}`;
  a.full = `${a.line1}, ${a.suburb} ${a.state} ${a.postcode}`;
  core.user.id = String(300000 + core.idx * 2);
  core.user.number = 'U-' + core.number.slice(2);
  core.propertyId = String(500000 + core.idx);
  core.elecMeterPointId = String(700000 + core.idx * 2);
  core.gasMeterPointId = core.mirn ? String(700001 + core.idx * 2) : null;
  core.portfolioNumber = core.portfolioNumber || 'P-' + core.number.slice(2);
  return core;
}

function fixedCore(spec, idx) {
  return finish({
    idx, fixed: true, number: spec.number, status: spec.status, accountType: spec.accountType,
    businessName: spec.businessName || null,
    user: { ...spec.user }, secondUser: null,
    address: { ...spec.address },
    nmi: spec.nmi, distributor: spec.distributor, mirn: spec.mirn, gasNetwork: spec.gasNetwork,
    elecSerial: spec.elecSerial, gasSerial: spec.gasSerial,
    balance: spec.balance, overdueBalance: spec.overdueBalance, createdAt: spec.createdAt,
    lifeSupport: spec.lifeSupport || null, hardship: Boolean(spec.hardship), paymentPlan: Boolean(spec.paymentPlan),
    meterKind: spec.meterKind, halfHourly: Boolean(spec.halfHourly), solar: Boolean(spec.solar),
    transactionCount: spec.transactionCount || null, inkEvents: spec.inkEvents || null,
    collections: Boolean(spec.collections), traits: spec.traits,
  });
}

function person(rng) {
  const female = rng.chance(0.52);
  const givenName = rng.pick(female ? T.FIRST_NAMES_F : T.FIRST_NAMES_M);
  const familyName = rng.pick(T.LAST_NAMES);
  const title = female ? rng.weighted([['Ms', 5], ['Mrs', 4], ['Miss', 1], ['Dr', 0.3]]) : rng.weighted([['Mr', 10], ['Dr', 0.3]]);
  const y = rng.int(1940, 2004);
  const dateOfBirth = `${y}-${digitsOf(rng.int(1, 12), 2)}-${digitsOf(rng.int(1, 28), 2)}`;
  const email = `${emailLocal(rng, givenName, familyName)}@${rng.weighted(T.EMAIL_DOMAINS)}`;
  return { title, givenName, familyName, email, dateOfBirth };
}

/**
 * Random account core. `reserved` holds identifiers already taken by fixed accounts.
 */
function randomCore(seed, idx, reserved) {
  const rng = stream(seed, 'account', idx);
  const key = (seed * 2654435761) >>> 0;
  let n32 = permute32(idx, key);
  let number = accountNumber(n32);
  while (reserved.has(number)) { n32 = (n32 + 0x9e3779b9) >>> 0; number = accountNumber(n32); }

  const state = rng.weighted(STATES);
  const sub = rng.pick(SUBURBS_BY_STATE[state]);
  const user = person(rng);
  user.mobile = '+614' + digitsOf(10000000 + permuteMod(idx, 80000000, key), 8);
  if (reserved.has(user.mobile)) user.mobile = '+6148' + user.mobile.slice(5);
  user.landline = rng.chance(0.35) ? `+61${T.AREA_CODE[state]}${rng.int(3, 9)}${rng.digits(7)}` : null;

  const address = {
    unit: rng.chance(0.22) ? String(rng.int(1, 24)) : null,
    streetNumber: String(rng.int(1, 240)),
    streetName: rng.pick(T.STREET_NAMES),
    streetType: rng.weighted(T.STREET_TYPES),
    suburb: sub[0], postcode: sub[1], state,
  };

  const [distributor, prefix] = rng.pick(T.DISTRIBUTORS[state]);
  let nmi = prefix + digitsOf(permuteMod(idx, 1000000, key ^ 0x5bd1), 6);
  if (reserved.has(nmi)) nmi = prefix + digitsOf((Number(nmi.slice(4)) + 500000) % 1000000, 6);
  const gasNets = T.GAS_NETWORKS[state];
  let mirn = null;
  let gasNetwork = null;
  if (gasNets && rng.chance(0.4)) {
    const g = rng.pick(gasNets);
    gasNetwork = g[0];
    mirn = g[1] + digitsOf(permuteMod(idx, 100000000, key ^ 0x1234), 8);
    if (reserved.has(mirn)) mirn = g[1] + digitsOf((Number(mirn.slice(2)) + 50000000) % 100000000, 8);
  }
  const status = rng.weighted([['ACTIVE', 82], ['PENDING', 4], ['DORMANT', 5], ['WITHDRAWN', 6], ['VOID', 3]]);
  const ageDays = status === 'PENDING' ? rng.int(1, 20) : rng.int(120, 365 * 8);
  let balance = 0;
  let overdueBalance = 0;
  if (status === 'ACTIVE' || status === 'DORMANT') {
    if (rng.chance(0.55)) balance = rng.int(0, 60000);
    else {
      balance = -rng.int(800, 180000);
      if (rng.chance(0.4)) overdueBalance = Math.min(-balance, rng.int(500, 120000));
    }
  }
  const hardship = status === 'ACTIVE' && rng.chance(0.03);
  const lifeSupport = status === 'ACTIVE' && rng.chance(0.025)
    ? { equipment: rng.pick(['OXYGEN_CONCENTRATOR', 'KIDNEY_DIALYSIS_MACHINE', 'CHRONIC_POSITIVE_AIRWAYS_PRESSURE_RESPIRATOR', 'VENTILATOR_FOR_LIFE_SUPPORT', 'CRIGLER_NAJJAR_SYNDROME_PHOTOTHERAPY_EQUIPMENT', 'OTHER']), fuel: 'ELECTRICITY' } : null;
  const meterKind = rng.chance(0.65) ? 'INTERVAL' : 'BASIC';
  const secondUser = rng.chance(0.12) ? { ...person(rng), mobile: '+614' + digitsOf(10000000 + permuteMod(idx, 80000000, key ^ 0x77), 8), landline: null } : null;
  return finish({
    idx, fixed: false, number, status, accountType: rng.chance(0.06) ? 'BUSINESS' : 'DOMESTIC', businessName: null,
    user, secondUser, address,
    nmi, distributor, mirn, gasNetwork,
    elecSerial: rng.pick(ELEC_MAKERS) + digitsOf(permuteMod(idx, 10000000, key ^ 0x99), 7),
    gasSerial: mirn ? 'GM' + digitsOf(permuteMod(idx, 10000000, key ^ 0x42), 7) : null,
    balance, overdueBalance, createdAt: isoDaysBefore(ageDays, rng),
    lifeSupport, hardship, paymentPlan: hardship || (overdueBalance > 20000 && rng.chance(0.5)),
    meterKind, halfHourly: false, solar: rng.chance(0.18),
    transactionCount: null, inkEvents: null, collections: overdueBalance > 30000, traits: [],
  });
}

/** Generate every account core for (seed, scale). Fixed accounts come first. */
function generateAccounts(seed, scale) {
  const total = Math.max(FIXED_ACCOUNTS.length, Math.round(ACCOUNTS_PER_SCALE * scale));
  const reserved = new Set();
  for (const f of FIXED_ACCOUNTS) {
    reserved.add(f.number); reserved.add(f.nmi); if (f.mirn) reserved.add(f.mirn);
    reserved.add(f.user.mobile);
  }
  const out = new Array(total);
  FIXED_ACCOUNTS.forEach((spec, i) => { out[i] = fixedCore(spec, i); });
  for (let i = FIXED_ACCOUNTS.length; i < total; i++) out[i] = randomCore(seed, i, reserved);
  return out;
}

module.exports = { generateAccounts, ACCOUNTS_PER_SCALE, TODAY };
