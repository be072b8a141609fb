'use strict';
// createStore({seed, scale}): the sandbox's deterministic data. Account cores and
// search indexes are built eagerly (fast, small); histories, readings, Ink
// conversations and campaign items are generated lazily per entity and cached
// with a bound, so scale 50 (~100,000 accounts) still starts in about a second.
const { generateAccounts, TODAY, ACCOUNTS_PER_SCALE } = require('./accounts');
const { buildIndexes } = require('./search-index');
const { Lru } = require('./lru');
const history = require('./history');
const meters = require('./meters');
const ink = require('./ink');
const calls = require('./calls');
const { FIXED_ACCOUNTS, AGENTS, FIXED_IDS } = require('./fixtures');
const { normaliseMpxn } = require('./identifiers');

function createStore({ seed = 1, scale = 1 } = {}) {
  seed = Number(seed) >>> 0;
  scale = Number(scale) > 0 ? Number(scale) : 1;
  const accounts = generateAccounts(seed, scale);
  const ix = buildIndexes(accounts);
  const caches = {
    tx: new Lru(64), extras: new Lru(256), readings: new Lru(24), ink: new Lru(64), items: new Lru(8), calls: new Lru(512),
  };
  const campaigns = calls.generateCampaigns();
  const campaignById = new Map(campaigns.map((c) => [c.id, c]));
  const callTags = calls.generateCallTags();
  // Notes agents added (createAccountNote), by account index, newest first. Never evicted:
  // what an agent did must stay visible for the life of the sandbox.
  const addedNotes = new Map();
  let nextNoteId = 90000000;
  const fixedIdx = (number) => FIXED_ACCOUNTS.findIndex((f) => f.number === number);

  const store = {
    seed, scale, today: TODAY, accounts, indexes: ix, campaigns, callTags, agents: AGENTS, fixedIds: FIXED_IDS,

    accountByNumber(number) {
      const i = ix.number.get(String(number || '').trim().toUpperCase());
      return i === undefined ? null : accounts[i];
    },
    accountByUserId(id) {
      const i = ix.userId.get(String(id));
      return i === undefined ? null : accounts[i];
    },
    accountByMpxn(value) {
      const i = ix.mpxn.get(normaliseMpxn(value));
      return i === undefined ? null : accounts[i];
    },
    accountsByPhone(phone) { return (ix.phone.get(phone) || []).map((i) => accounts[i]); },
    accountsByPortfolio(p) { return (ix.portfolio.get(String(p || '').toUpperCase()) || []).map((i) => accounts[i]); },

    transactions(a) { return caches.tx.get(a.idx, () => history.generateTransactions(seed, a)); },
    bills(a) { return caches.extras.get('bills:' + a.idx, () => history.billsFromTransactions(a, store.transactions(a))); },
    payments(a) { return caches.extras.get('pay:' + a.idx, () => history.paymentsFromTransactions(a, store.transactions(a))); },
    repayments(a) { return caches.extras.get('rpy:' + a.idx, () => history.refundsFromTransactions(a, store.transactions(a))); },
    extras(a) { return caches.extras.get('x:' + a.idx, () => history.generateExtras(seed, a)); },
    /** Notes added at run time, newest first. */
    addedNotes(a) { return addedNotes.get(a.idx) || []; },
    addNote(a, { body, isPinned, unpinAt, createdAt }) {
      const note = { id: String(nextNoteId++), body, isPinned, unpinAt, createdAt };
      addedNotes.set(a.idx, [note, ...store.addedNotes(a)]);
      return note;
    },

    metersFor(a) {
      const list = [meters.electricityMeter(a)];
      const g = meters.gasMeter(a);
      if (g) list.push(g);
      return list;
    },
    /** Meter by id ('800004') or serial number. */
    meterById(id) {
      const s = String(id || '').trim().toUpperCase();
      let idx;
      if (/^8\d{5,}$/.test(s) && Number(s) >= 800000) idx = Math.floor((Number(s) - 800000) / 2);
      else idx = ix.serial.get(s);
      if (idx === undefined || idx < 0 || idx >= accounts.length) return null;
      return store.metersFor(accounts[idx]).find((m) => m.id === s || m.serialNumber === s) || null;
    },
    readings(meter) { return caches.readings.get(meter.id, () => meters.generateReadings(seed, meter, accounts[meter.accountIdx])); },
    estimateReadings(meter, startMs, endMs, registerId) { return meters.estimateReadings(seed, meter, startMs, endMs, registerId); },

    conversation(a) { return caches.ink.get(a.idx, () => ink.generateConversation(seed, a)); },
    conversationById(id) {
      const n = Number(id);
      if (!Number.isInteger(n) || n < 4000000 || n - 4000000 >= accounts.length) return null;
      return store.conversation(accounts[n - 4000000]);
    },
    /** Ink message by its internal pk: account = floor(pk / 10000), ordinal = pk % 10000. */
    inkMessage(id) {
      const n = Number(id);
      if (!Number.isInteger(n) || n <= 0) return null;
      const idx = Math.floor(n / 10000);
      if (idx >= accounts.length) return null;
      const conv = store.conversation(accounts[idx]);
      const ev = conv.events[conv.events.length - (n % 10000)];
      return ev && ev.pk === String(n) ? ev.message : null;
    },
    liveChats() { return caches.ink.get('live', () => ink.liveChatHeaders(seed, accounts.length, fixedIdx('A-8E4B92D1'))); },

    campaignById(id) { return campaignById.get(String(id)) || null; },
    campaignItems(c) {
      return caches.items.get(c.id, () => {
        const pinned = c.id === FIXED_IDS.collectionsCampaignId ? [fixedIdx('A-9A63F05B'), fixedIdx('A-2B7E41C9')]
          : c.id === FIXED_IDS.moveInsCampaignId ? [fixedIdx('A-3C8F17A4')] : [];
        return calls.generateCampaignItems(seed, c, accounts, pinned);
      });
    },
    call(id) {
      const n = calls.parseCallId(id);
      if (n === null) return { invalid: true };
      if (n < calls.CALL_BASE || n >= calls.CALL_BASE + calls.CALL_COUNT) return null;
      return caches.calls.get(n, () => calls.generateCall(seed, n, accounts));
    },
    agentByUsername(name) { return AGENTS.find((a) => a.username === String(name || '').toLowerCase()) || null; },
    agentStatus(agent) { return calls.agentStatus(seed, agent); },
    averageWaitTime() { return calls.averageWaitTime(seed); },
  };
  return store;
}

module.exports = { createStore, ACCOUNTS_PER_SCALE };
