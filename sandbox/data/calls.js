'use strict';
// Call-centre data: voice campaigns (collections, move-ins, retention...) with lazily
// generated campaign items, call tags, calls, agents' call-centre status and the
// inbound average wait time.
const { stream } = require('./prng');
const { toMs, isoDateTime, addDays } = require('./dates');
const dollars = (cents) => (cents / 100).toFixed(2);
const { TODAY } = require('./accounts');
const { AGENTS, FIXED_IDS } = require('./fixtures');

const CALL_TAG_NAMES = [
  'Billing enquiry', 'High bill complaint', 'Payment extension', 'Payment plan set up', 'Direct debit change',
  'Move in', 'Move out', 'Life support registration', 'Hardship referral', 'Concession applied',
  'Solar feed-in query', 'Meter read dispute', 'Special read booked', 'Outage -- referred to distributor', 'Retention offer accepted',
  'Retention offer declined', 'Collections -- promise to pay', 'Collections -- disconnection warning', 'Complaint escalated', 'Ombudsman (EWON/EWOV) referral',
  'Change of account holder', 'Authorised contact added', 'Plan change', 'Digital meter request', 'Welcome call completed',
  'Wrong number', 'Call dropped', 'Legacy -- paper bill fee', 'Legacy -- Red Rewards', 'Legacy -- flybuys',
];

const CAMPAIGN_DEFS = [
  ['Collections -- 30+ days overdue', 'Outbound calls to customers with balances more than 30 days overdue.', 'PREVIEW', 'ACTIVE', 20000],
  ['Move-ins -- welcome calls', 'Welcome calls for new move-in customers in their first two weeks.', 'PREDICTIVE', 'ACTIVE', 1200],
  ['Retention -- benefit period ending (VIC)', 'Customers whose pay-on-time benefit ends within 30 days.', 'PREVIEW', 'ACTIVE', 2400],
  ['Collections -- disconnection warning follow-up', 'Follow-up after a disconnection warning notice was issued.', 'PREVIEW', 'INACTIVE', 860],
  ['Retention -- competitor switch save', 'Customers with a pending transfer away (CATS change request).', 'PREDICTIVE', 'ACTIVE', 640],
  ['Hardship -- 90 day review', 'Scheduled reviews of hardship program participants.', 'PREVIEW', 'ACTIVE', 310],
  ['Move-ins -- missing ID verification', 'Move-ins without verified identification documents.', 'PREDICTIVE', 'INACTIVE', 540],
  ['Solar -- feed-in tariff change notice', 'Courtesy calls ahead of the feed-in tariff change.', 'PREDICTIVE', 'INACTIVE', 2900],
  ['Collections -- failed direct debit', 'Customers whose direct debit was dishonoured this week.', 'PREVIEW', 'ACTIVE', 1750],
  ['Life support -- medical confirmation overdue', 'Life support customers yet to return the medical confirmation form.', 'PREVIEW', 'ACTIVE', 95],
  ['Retention -- NSW winter campaign', 'Proactive plan reviews for high-usage NSW households.', 'PREDICTIVE', 'INACTIVE', 3000],
  ['Move-ins -- QLD welcome calls', 'Welcome calls for Queensland move-ins.', 'PREDICTIVE', 'ACTIVE', 480],
  ['Collections -- small balance reminders', 'Friendly reminders for balances under $200.', 'PREDICTIVE', 'ACTIVE', 2200],
  ['Digital meter rollout -- access booking', 'Book meter access for the digital meter upgrade program.', 'PREDICTIVE', 'ACTIVE', 1500],
  ['Concession -- card expiry', 'Customers whose concession card has expired.', 'PREVIEW', 'INACTIVE', 420],
  ['Retention -- business customers', 'Small business customers near the end of their contract.', 'PREVIEW', 'ACTIVE', 260],
  ['Collections -- payment plan missed instalment', 'Customers who missed a payment plan instalment.', 'PREVIEW', 'ACTIVE', 690],
  ['Move-outs -- final bill follow-up', 'Final bills unpaid after 21 days.', 'PREDICTIVE', 'INACTIVE', 930],
  ['Customer satisfaction -- complaint resolution', 'Check-in after a complaint was resolved.', 'PREVIEW', 'ACTIVE', 150],
  ['Gas -- winter usage check-in (VIC)', 'Victorian gas customers with high estimated winter usage.', 'PREDICTIVE', 'INACTIVE', 1800],
  ['Retention -- price change notice follow-up', 'Calls after the 1 July price change notice.', 'PREDICTIVE', 'INACTIVE', 2600],
  ['Collections -- SA Power Networks region', 'Overdue accounts in South Australia.', 'PREVIEW', 'ACTIVE', 380],
  ['Move-ins -- ACT welcome calls', 'Welcome calls for ACT move-ins.', 'PREDICTIVE', 'INACTIVE', 120],
  ['Energy efficiency -- home energy check', 'Offer a free home energy check to high-usage households.', 'PREDICTIVE', 'ACTIVE', 1100],
];

function campaignId(i) { return 'VC-' + (1001 + i); }

function generateCampaigns() {
  return CAMPAIGN_DEFS.map(([name, description, campaignType, status, itemCount], i) => ({
    id: campaignId(i), name, description, campaignType, status, itemCount,
    customOutboundPhoneNumber: i % 3 === 0 ? '+611300689660' : '+611300365404',
    preventDuplicateRecords: i % 4 !== 3, tagIds: [String(i % 30 + 1), String((i * 7) % 30 + 1)],
    createdAt: isoDateTime(toMs(addDays(TODAY, -20 - i * 9))),
  }));
}

function generateCallTags() {
  return CALL_TAG_NAMES.map((name, i) => ({ id: String(i + 1), name, isActive: !name.startsWith('Legacy') && name !== 'Wrong number' }));
}

// The reference's CampaignItemStatus: not yet called (UNASSIGNED, SELECTED_FOR_CALLING,
// ASSIGNED), being called, done, or taken out of the campaign.
const ITEM_STATUSES = [['UNASSIGNED', 45], ['SELECTED_FOR_CALLING', 3], ['ASSIGNED', 5], ['IN_PROGRESS', 3], ['COMPLETE', 42], ['REMOVED', 2]];
const REASONS = {
  COMPLETE: ['PROMISE_TO_PAY', 'PAYMENT_TAKEN', 'PLAN_AGREED', 'INFORMATION_GIVEN', 'NO_ANSWER', 'WRONG_NUMBER'],
  REMOVED: ['REQUESTED_NO_CONTACT'],
};

/**
 * Items of one campaign (lazily, per campaign): fixed accounts pinned at the top. The shape is
 * the reference's VoiceCampaignItemType: id, phoneNumber, status, callWindowStart/End,
 * accountId (AccountType.id) and metadata, the JSON uploaded with the item (here the account
 * number, the overdue balance, the state and, once called, the result).
 */
function generateCampaignItems(seed, campaign, accounts, pinned) {
  const rng = stream(seed, 'campaign-items', campaign.id);
  const out = new Array(campaign.itemCount);
  const base = Number(campaign.id.slice(3)) * 100000;
  const windowStartMs = toMs(TODAY) - 3600000; // 09:00 in the sandbox's +10:00
  for (let i = 0; i < campaign.itemCount; i++) {
    const idx = i < pinned.length ? pinned[i] : rng.int(7, accounts.length - 1);
    const a = accounts[idx];
    const status = i < pinned.length ? 'UNASSIGNED' : rng.weighted(ITEM_STATUSES);
    const metadata = { accountNumber: a.number, overdueBalance: dollars(a.overdueBalance), state: a.address.state };
    if (REASONS[status]) metadata.result = rng.pick(REASONS[status]);
    const day = rng.int(0, 13);
    out[i] = {
      id: String(base + i + 1), campaignId: campaign.id, accountIdx: idx, accountId: String(100000 + idx),
      phoneNumber: a.user.mobile, status,
      callWindowStart: isoDateTime(windowStartMs + day * 86400000),
      callWindowEnd: isoDateTime(windowStartMs + day * 86400000 + 8 * 3600000),
      metadata: JSON.stringify(metadata),
    };
  }
  return out;
}

const CALL_BASE = 880001;
const CALL_COUNT = 50000;

/** A call from its id (integer in range, or the UUID form from callUuid). */
function generateCall(seed, n, accounts) {
  const rng = stream(seed, 'call', n);
  const fixed = String(n) === FIXED_IDS.callId;
  const idx = fixed ? 0 : rng.int(0, accounts.length - 1);
  const a = accounts[idx];
  const agent = fixed ? AGENTS[0] : rng.pick(AGENTS);
  const inbound = fixed || rng.chance(0.7);
  const startedMs = toMs(TODAY) - (fixed ? 2 * 3600000 : (n - CALL_BASE) * 600000 % (400 * 86400000));
  const duration = fixed ? 734 : rng.int(45, 1800);
  // The reference's CallInterface is id, account, metadata and tags: what the telephony
  // recorded about the call is metadata (no phone numbers in it: those stay with the account).
  return {
    __typename: inbound ? 'InboundCallType' : 'OutboundCallType', id: String(n), uuid: callUuid(n), accountIdx: idx,
    tagIds: fixed ? ['1', '8'] : [String(rng.int(1, 27))],
    metadata: [
      { key: 'queue', value: inbound ? rng.pick(['Residential', 'Collections', 'Moves', 'Business']) : 'Outbound' },
      { key: 'ivrSelection', value: inbound ? rng.pick(['1 - Billing', '2 - Moving', '3 - Payments', '4 - Faults']) : 'n/a' },
      { key: 'agent', value: agent.username },
      { key: 'startedAt', value: isoDateTime(startedMs) },
      { key: 'durationSeconds', value: String(duration) },
      { key: 'waitTimeSeconds', value: String(inbound ? rng.int(5, 600) : 0) },
    ],
  };
}

function callUuid(n) {
  const h = (n * 2654435761 >>> 0).toString(16).padStart(8, '0');
  return `${h}-5a1d-4c3e-9b2f-${String(n).padStart(12, '0')}`;
}

function parseCallId(id) {
  const s = String(id);
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^[0-9a-f]{8}-5a1d-4c3e-9b2f-(\d{12})$/i.exec(s);
  if (m) return Number(m[1]);
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s)) return -1; // valid UUID, unknown call
  return null;
}

function agentStatus(seed, agent) {
  const rng = stream(seed, 'agent', agent.id);
  return {
    id: agent.id, username: agent.username, status: agent.status,
    updatedAt: isoDateTime(toMs(TODAY) + 9 * 3600000 - rng.int(1, 90) * 60000),
    mostRecentCallId: agent.username === AGENTS[0].username ? Number(FIXED_IDS.callId) : CALL_BASE + rng.int(1, CALL_COUNT - 1),
  };
}

function averageWaitTime(seed) {
  const rng = stream(seed, 'wait', 0);
  return { yesterday: rng.int(95, 240), recent: rng.int(40, 420) };
}

module.exports = {
  generateCampaigns, generateCallTags, generateCampaignItems, generateCall, parseCallId, callUuid,
  agentStatus, averageWaitTime, CALL_BASE, CALL_COUNT,
};
