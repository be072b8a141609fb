'use strict';
// Data layer: determinism, identifier check digits, realistic values, scale, fixed accounts.
const test = require('node:test');
const assert = require('node:assert');
const { createStore } = require('../data/store');
const { nmiChecksum, mirnChecksum, isValidNmi, isValidMirn, normalisePhone } = require('../data/identifiers');
const { FIXED_ACCOUNTS } = require('../data/fixtures');
const { SUBURBS } = require('../data/au-tables');

const store1 = createStore({ seed: 1, scale: 1 });

test('same seed gives identical data, a different seed different data', () => {
  const again = createStore({ seed: 1, scale: 1 });
  const other = createStore({ seed: 2, scale: 1 });
  assert.deepStrictEqual(again.accounts.slice(0, 200), store1.accounts.slice(0, 200));
  const a = store1.accounts[100];
  assert.deepStrictEqual(again.transactions(again.accounts[100]), store1.transactions(a));
  assert.deepStrictEqual(again.conversation(again.accounts[100]).events.slice(0, 5), store1.conversation(a).events.slice(0, 5));
  assert.notDeepStrictEqual(other.accounts.slice(7, 50).map((x) => x.number), store1.accounts.slice(7, 50).map((x) => x.number));
  assert.notDeepStrictEqual(other.transactions(other.accounts[100]), store1.transactions(a));
});

test('entity N depends only on (seed, N): scale does not change shared accounts', () => {
  const bigger = createStore({ seed: 1, scale: 2 });
  assert.deepStrictEqual(bigger.accounts[1500], store1.accounts[1500]);
  assert.deepStrictEqual(bigger.transactions(bigger.accounts[1500]), store1.transactions(store1.accounts[1500]));
});

test('NMI checksum matches the AEMO worked examples', () => {
  assert.strictEqual(nmiChecksum('2001985732'), 8);
  assert.strictEqual(nmiChecksum('2001985733'), 6);
  assert.strictEqual(nmiChecksum('QAAAVZZZZZ'), 3);
  assert.strictEqual(nmiChecksum('VAAA000065'), 7);
  assert.ok(isValidNmi('20019857328'));
  assert.ok(!isValidNmi('20019857321'));
});

test('MIRN check digit is Luhn on the digits', () => {
  assert.strictEqual(mirnChecksum('5330918264'), 9);
  assert.ok(isValidMirn('53309182649'));
  assert.ok(!isValidMirn('53309182640'));
});

test('every account has a valid NMI with a state prefix, gas accounts a valid MIRN', () => {
  const prefixes = { NSW: /^4(102|103|310|001)/, ACT: /^7001/, VIC: /^6(102|203|001|407|305)/, QLD: /^3(114|115|051)/, SA: /^200[12]/, WA: /^8001/, TAS: /^8000/, NT: /^2500/ };
  const mirnPrefix = { VIC: '53', NSW: '52', ACT: '52', QLD: '54', SA: '55' };
  for (const a of store1.accounts) {
    assert.match(a.nmi, /^[0-9A-Z]{10}$/);
    assert.ok(isValidNmi(a.nmi + nmiChecksum(a.nmi)));
    assert.match(a.nmi, prefixes[a.address.state], `${a.number} ${a.nmi} ${a.address.state}`);
    if (a.mirn) {
      assert.match(a.mirn, /^\d{10}$/);
      assert.ok(isValidMirn(a.mirn + mirnChecksum(a.mirn)));
      assert.strictEqual(a.mirn.slice(0, 2), mirnPrefix[a.address.state]);
    }
  }
  assert.strictEqual(new Set(store1.accounts.map((a) => a.nmi)).size, store1.accounts.length);
});

test('values look real: account numbers, phones, emails, suburbs with real postcodes', () => {
  const real = new Set(SUBURBS.map((s) => `${s[0]}|${s[1]}|${s[2]}`));
  const statuses = new Map();
  let debit = 0;
  for (const a of store1.accounts) {
    assert.match(a.number, /^A-[0-9A-F]{8}$/);
    assert.match(a.user.mobile, /^\+614\d{8}$/);
    // Australian landlines, and one overseas number (Ofcom's London drama range) on a fixed account.
    if (a.user.landline) assert.match(a.user.landline, a.fixed ? /^(\+61[2378]\d{8}|\+442079460\d{3})$/ : /^\+61[2378]\d{8}$/);
    assert.match(a.user.email, /^[a-z][a-z._0-9]*@[a-z.]+\.[a-z]{2,}$/);
    assert.ok(!/abc123/i.test(JSON.stringify(a)));
    assert.ok(real.has(`${a.address.suburb}|${a.address.postcode}|${a.address.state}`), a.address.full);
    statuses.set(a.status, (statuses.get(a.status) || 0) + 1);
    if (a.balance < 0) debit++;
    assert.ok(Number.isInteger(a.balance) && Number.isInteger(a.overdueBalance) && a.overdueBalance >= 0);
  }
  assert.strictEqual(new Set(store1.accounts.map((a) => a.number)).size, store1.accounts.length);
  assert.ok(statuses.get('ACTIVE') > store1.accounts.length * 0.7);
  for (const s of ['PENDING', 'DORMANT', 'WITHDRAWN', 'VOID']) assert.ok(statuses.get(s) > 0, s);
  assert.ok(debit > 100);
  assert.ok(store1.accounts.filter((a) => a.lifeSupport).length > 5);
  assert.ok(store1.accounts.filter((a) => a.hardship).length > 5);
  assert.strictEqual(normalisePhone('0491 570 156'), '+61491570156');
  assert.strictEqual(normalisePhone('+44 20 7946 0158'), '+442079460158');
});

test('most accounts have 20-200 transactions whose running balance ends at the account balance', () => {
  const sample = store1.accounts.slice(7, 207).filter((a) => a.status === 'ACTIVE');
  let inRange = 0;
  for (const a of sample) {
    const txs = store1.transactions(a);
    if (txs.length >= 20 && txs.length <= 200) inRange++;
    if (txs.length) assert.strictEqual(txs[0].balanceCarriedForward, a.balance);
    for (const t of txs) assert.ok(['Charge', 'Credit', 'Payment', 'Refund'].includes(t.__typename));
  }
  assert.ok(inRange / sample.length > 0.8, `${inRange}/${sample.length}`);
});

// Lazy generation keeps a large store cheap to start (about 2-5 s on a quiet machine). The time
// is reported, not asserted against a tight budget: on a loaded 2-core CI machine it doubles, and
// a timed test would fail for the machine, not the code. 60 s still catches eager generation.
test('scale 50 (~100,000 accounts) starts lazily', (t) => {
  const t0 = Date.now();
  const big = createStore({ seed: 1, scale: 50 });
  const ms = Date.now() - t0;
  t.diagnostic(`scale 50 store built in ${ms} ms`);
  assert.strictEqual(big.accounts.length, 100000);
  assert.ok(ms < 60000, `took ${ms} ms`);
  assert.ok(big.accountByNumber('A-5C19D3E8'));
  assert.strictEqual(new Set(big.accounts.map((a) => a.number)).size, 100000);
});

test('fixed accounts exist with their documented traits', () => {
  for (const f of FIXED_ACCOUNTS) {
    const a = store1.accountByNumber(f.number);
    assert.ok(a, f.number);
    assert.strictEqual(a.user.email, f.user.email);
    assert.strictEqual(a.nmi, f.nmi);
  }
  const bronwyn = store1.accountByNumber('A-2B7E41C9');
  assert.ok(bronwyn.lifeSupport && bronwyn.hardship && bronwyn.overdueBalance > 0);
  assert.strictEqual(store1.extras(bronwyn).hardshipAgreements.length, 1);
  assert.ok(store1.transactions(store1.accountByNumber('A-5C19D3E8')).length >= 10000);
  const aroha = store1.accountByNumber('A-7D20A6F3');
  const meter = store1.metersFor(aroha)[0];
  const reads = store1.readings(meter);
  assert.strictEqual(meter.readingFrequency, 'HALF_HOURLY');
  assert.strictEqual(reads.length, 730 * 48);
  assert.ok(reads.some((r) => r.isQuarantined) && reads.some((r) => r.isEstimated));
  assert.strictEqual(store1.conversation(store1.accountByNumber('A-8E4B92D1')).events.length, 5000);
  assert.strictEqual(store1.campaignItems(store1.campaignById('VC-1001')).length, 20000);
  assert.ok(store1.campaigns.length >= 20);
});

test('Ink emails include HTML with remote images and a script; events newest first', () => {
  const events = store1.conversation(store1.accountByNumber('A-8E4B92D1')).events;
  const emails = events.map((e) => e.message).filter((m) => m.__typename === 'InkEmail');
  assert.ok(emails.some((m) => /<img src="https:\/\//.test(m.fullContentHtml)));
  assert.ok(emails.some((m) => /<script>/.test(m.fullContentHtml)));
  assert.ok(emails.every((m) => m.fullContentPlainText && !/</.test(m.fullContentPlainText)));
  assert.ok(events.some((e) => e.message.__typename === 'InkSMS') && events.some((e) => e.message.__typename === 'InkLiveChatMessage'));
  for (let i = 1; i < events.length; i++) assert.ok(events[i - 1].occurredAt >= events[i].occurredAt);
});
