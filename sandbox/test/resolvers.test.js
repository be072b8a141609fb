'use strict';
// Resolvers called directly: search, lookups, paging, filters and documented errors.
const test = require('node:test');
const assert = require('node:assert');
const { createStore } = require('../data/store');
const { createResolvers } = require('../resolvers');

const store = createStore({ seed: 1, scale: 1 });
const Q = createResolvers(store).Query;

const errorCode = (fn) => {
  try { fn(); } catch (e) { return e.extensions && e.extensions.errorCode; }
  return null;
};

// Each AccountSearchInputType field the console uses finds the documented fixed account
// first (see README.md, "Fixed accounts").
const SEARCHES = [
  [{ accountNumber: 'A-5C19D3E8' }, 'A-5C19D3E8'],
  [{ accountNumber: 'a-7d20a6f3' }, 'A-7D20A6F3'],
  [{ location: '2204' }, 'A-2B7E41C9'],
  [{ location: '3220' }, 'A-3C8F17A4'],
  [{ billingName: 'Aroha Whitcombe' }, 'A-7D20A6F3'],
  [{ billingName: 'Kalogeropoulos Bakehouse' }, 'A-5C19D3E8'],
  [{ businessName: 'Kalogeropoulos' }, 'A-5C19D3E8'],
  [{ location: '5 Churchill Avenue, Sandy Bay' }, 'A-4E2A9C07'],
  [{ location: '17 Illawarra Road Marrickville' }, 'A-2B7E41C9'],
  [{ nmi: '4102918273' }, 'A-2B7E41C9'],
  [{ nmi: '31146055281' }, 'A-7D20A6F3'],
  [{ mirn: '5510273849' }, 'A-8E4B92D1'],
  [{ meterSerialNumber: 'ED7730021' }, 'A-9A63F05B'],
  [{ portfolioNumber: 'P-4E2A9C07' }, 'A-4E2A9C07'],
  [{ billingName: 'Bronwyn', location: '2204' }, 'A-2B7E41C9'],
  [{ accountReferences: 'RE1000000' }, 'A-2B7E41C9'],
];

for (const [terms, expected] of SEARCHES) {
  test(`accountsSearch ${JSON.stringify(terms)} -> ${expected} first`, () => {
    const hits = Q.accountsSearch({ searchTerms: terms, maxResults: 5 });
    assert.ok(hits.length >= 1 && hits.length <= 5);
    assert.strictEqual(hits[0].account.number, expected);
    for (let i = 1; i < hits.length; i++) assert.ok(Number(hits[i - 1].score) >= Number(hits[i].score));
    assert.match(hits[0].score, /^\d+\.\d+$/);
  });
}

test('accountsSearch keeps each field to its own kind of match', () => {
  const numbers = (terms) => Q.accountsSearch({ searchTerms: terms, maxResults: 5 }).map((h) => h.account.number);
  // An NMI is not a MIRN and the other way round.
  assert.deepStrictEqual(numbers({ mirn: '4102918273' }), []);
  assert.deepStrictEqual(numbers({ nmi: '5510273849' }), []);
  // A person's name is no business name; the billing name of a business is the business's.
  assert.deepStrictEqual(numbers({ businessName: 'Aroha Whitcombe' }), []);
  assert.ok(!numbers({ billingName: 'Dimitri' }).includes('A-5C19D3E8'));
});

test('accounts(phoneNumber:) and accountUser(input: {accountUserEmail}) find callers', () => {
  assert.deepStrictEqual(Q.accounts({ phoneNumber: '0491 570 110' }).map((x) => x.number), ['A-9A63F05B']);
  assert.deepStrictEqual(Q.accounts({ phoneNumber: '+61255501234' }).map((x) => x.number), ['A-2B7E41C9']);
  assert.deepStrictEqual(Q.accounts({ phoneNumber: '+61255500000' }), []);
  // A landline the carrier reissued: Ngaire's old number is Dimitri's bakery's now (screen pops
  // of one caller that match two accounts).
  assert.deepStrictEqual(Q.accounts({ phoneNumber: '(03) 5550 5678' }).map((x) => x.number).sort(), ['A-4E2A9C07', 'A-5C19D3E8']);
  const user = Q.accountUser({ input: { accountUserEmail: 'siobhan.mulcahy@outlook.com' } });
  assert.deepStrictEqual(user.accounts().map((x) => x.number), ['A-8E4B92D1']);
  const nobody = Q.accountUser({ input: { accountUserEmail: 'nobody@example.com' } });
  assert.deepStrictEqual(nobody.accounts, []);
});

test('stub inputs with a single free-text value still work', () => {
  assert.strictEqual(Q.accountUser({ input: { value: 'hollie.pemberton@icloud.com' } }).familyName, 'Pemberton');
  assert.strictEqual(Q.accountUserFromAccountNumber({ input: { value: 'A-9A63F05B' } }).givenName, 'Rajesh');
});

test('accountsSearch honours maxResults and validates terms (KT-CT-4183)', () => {
  assert.strictEqual(Q.accountsSearch({ searchTerms: { location: '3056' }, maxResults: 2 }).length, 2);
  assert.strictEqual(errorCode(() => Q.accountsSearch({ searchTerms: {} })), 'KT-CT-4183');
  assert.strictEqual(errorCode(() => Q.accountsSearch({ searchTerms: { billingName: 'A' } })), 'KT-CT-4183');
  assert.strictEqual(errorCode(() => Q.accountsSearch({ searchTerms: { mirn: '12' } })), 'KT-CT-4183');
  try { Q.accountsSearch({ searchTerms: { nmi: 'xx' } }); assert.fail('no error'); } catch (e) {
    assert.deepStrictEqual(e.extensions.validationErrors[0].inputPath, ['searchTerms', 'nmi']);
  }
});

test('account: fields and documented errors', () => {
  const a = Q.account({ accountNumber: 'A-2B7E41C9' });
  assert.strictEqual(a.billingName, 'Mrs Bronwyn Tregellas');
  assert.strictEqual(a.balance, -48712);
  assert.strictEqual(a.overdueBalance, 31240);
  assert.strictEqual(a.isInHardship, true);
  assert.strictEqual(a.activeHardshipAgreements().length, 1);
  assert.strictEqual(a.lifeSupport.hasLifeSupportRecord, true);
  assert.deepStrictEqual(a.lifeSupport.records.map((r) => [r.lifeSupportEquipment, r.lifeSupportStatus]), [['OXYGEN_CONCENTRATOR', 'REGISTERED_MEDICAL_CONFIRMATION']]);
  assert.strictEqual(a.activeHardshipAgreements()[0].__typename, 'HardshipAgreementType');
  assert.strictEqual(a.properties()[0].meterPoints()[0].identifier, '4102918273');
  assert.strictEqual(Q.account({ accountNumber: 'A-7D20A6F3' }).lifeSupport.hasLifeSupportRecord, false);
  assert.strictEqual(errorCode(() => Q.account({ accountNumber: 'A-00000000' })), 'KT-CT-4177');
  assert.strictEqual(errorCode(() => Q.accounts({})), 'KT-CT-4184');
  assert.deepStrictEqual(Q.accounts({ phoneNumber: '0491570157' }).map((x) => x.number), ['A-5C19D3E8']);
});

test('account users', () => {
  assert.strictEqual(Q.getUsersForAccount({ accountNumber: 'A-8E4B92D1' })[0].email, 'siobhan.mulcahy@outlook.com');
  assert.strictEqual(errorCode(() => Q.getUsersForAccount({ accountNumber: 'A-FFFFFFFF' })), 'KT-CT-4178');
  assert.strictEqual(Q.getUsersForAccounts({ accountNumbers: ['A-8E4B92D1', 'A-9A63F05B'] }).length, 2);
  assert.strictEqual(errorCode(() => Q.getUsersForAccounts({ accountNumbers: ['A-FFFFFFFF'] })), 'KT-AU-5412');
  const u = Q.accountUserFromAccountNumber({ input: { accountNumber: 'A-9A63F05B', email: 'rajesh.venkataraman@yahoo.com.au' } });
  assert.strictEqual(u.fullName, 'Rajesh Venkataraman');
  assert.strictEqual(errorCode(() => Q.accountUserFromAccountNumber({ input: { accountNumber: 'A-FFFFFFFF' } })), 'KT-CT-4178');
  assert.strictEqual(Q.accountUser({ input: { id: u.id } }).email, 'rajesh.venkataraman@yahoo.com.au');
  const found = Q.accountUserSearch({ input: { givenName: 'Hollie', familyName: 'Pemberton', dateOfBirth: '1996-12-18' } });
  assert.strictEqual(found.email, 'hollie.pemberton@icloud.com');
  const viewer = Q.viewer({}, { auth: { subject: 'kraken|account-user:1001', kind: 'user', email: 'agent@sandbox.kraken.test' } });
  assert.strictEqual(viewer.fullName, 'Jordan Ashby');
});

function pageAll(field, args, pageSize) {
  const seen = [];
  let after = null;
  for (;;) {
    const page = field({ ...args, first: pageSize, after });
    seen.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return { seen, total: page.totalCount };
    after = page.pageInfo.endCursor;
  }
}

test('transactions page forward and backward with stable cursors', () => {
  const a = Q.account({ accountNumber: 'A-5C19D3E8' });
  const first = a.transactions({ first: 100 });
  assert.ok(first.totalCount >= 10000);
  assert.strictEqual(first.edgeCount, 100);
  const second = a.transactions({ first: 100, after: first.pageInfo.endCursor });
  assert.strictEqual(second.pageInfo.hasPreviousPage, true);
  const back = a.transactions({ last: 100, before: second.edges[0].cursor });
  assert.deepStrictEqual(back.edges.map((e) => e.node.id), first.edges.map((e) => e.node.id));
  assert.deepStrictEqual(Q.account({ accountNumber: 'A-5C19D3E8' }).transactions({ first: 100 }).edges.map((e) => e.cursor), first.edges.map((e) => e.cursor));
  const small = Q.account({ accountNumber: 'A-2B7E41C9' });
  const { seen, total } = pageAll(small.transactions, {}, 37);
  assert.strictEqual(seen.length, total);
  assert.strictEqual(new Set(seen).size, total);
});

test('electricityMeterReadings: date range, quarantine filter and paging', () => {
  const meterId = store.metersFor(store.accountByNumber('A-7D20A6F3'))[0].id;
  const day = Q.electricityMeterReadings({ accountNumber: 'A-7D20A6F3', meterId, startAt: '2025-03-01', endAt: '2025-03-01', includeQuarantined: true });
  assert.strictEqual(day.totalCount, 48);
  const all = Q.electricityMeterReadings({ meterId, includeQuarantined: true, first: 1 });
  const clean = Q.electricityMeterReadings({ meterId, first: 1 });
  assert.strictEqual(all.totalCount, 35040);
  assert.ok(clean.totalCount < all.totalCount);
  const quarantined = store.readings(store.meterById(meterId)).filter((r) => r.isQuarantined).length;
  assert.strictEqual(all.totalCount - clean.totalCount, quarantined);
  const p1 = Q.electricityMeterReadings({ meterId, startAt: '2025-01-01T00:00:00+10:00', endAt: '2025-01-31T23:59:59+10:00', first: 50 });
  for (const e of p1.edges) {
    assert.strictEqual(e.node.__typename, 'ElectricityIntervalMeterReadingType');
    assert.ok(e.node.endAt >= '2025-01-01' && e.node.endAt <= '2025-02-01' && !e.node.registers.some((g) => g.isQuarantined));
    assert.strictEqual(Date.parse(e.node.endAt) - Date.parse(e.node.startAt), 30 * 60 * 1000);
  }
  const p2 = Q.electricityMeterReadings({ meterId, startAt: '2025-01-01T00:00:00+10:00', endAt: '2025-01-31T23:59:59+10:00', first: 50, after: p1.pageInfo.endCursor });
  const back = Q.electricityMeterReadings({ meterId, startAt: '2025-01-01T00:00:00+10:00', endAt: '2025-01-31T23:59:59+10:00', last: 50, before: p2.edges[0].cursor });
  assert.deepStrictEqual(back.edges.map((e) => e.node.endAt), p1.edges.map((e) => e.node.endAt));
  assert.ok(p1.edges[0].node.endAt < p2.edges[0].node.endAt, 'chronological order');
  // Interval reads: a value per register (import E1, export B1), NEM12 quality flags.
  assert.deepStrictEqual(p1.edges[0].node.registers.map((g) => g.identifier), ['E1', 'B1']);
  assert.ok(p1.edges[0].node.registers.every((g) => /^\d+\.\d{3}$/.test(g.value) && /^[AE]$/.test(g.qualityFlag)));
  assert.strictEqual(Q.electricityMeterReadings({ meterId, accountNumber: 'A-2B7E41C9' }).totalCount, 0);
  const basic = Q.electricityMeterReadings({ meterId: 'LG0218374', includeQuarantined: true });
  assert.ok(basic.totalCount >= 8 && basic.totalCount <= 10, 'quarterly reads over two years');
  // A basic meter's reads are accumulation (index) reads: rising values, a source, an id.
  const reads = basic.edges.map((e) => e.node);
  for (const [i, r] of reads.entries()) {
    assert.strictEqual(r.__typename, 'ElectricityAccumulationMeterReadingType');
    assert.ok(r.id && r.readAt && r.units === 'kWh' && /^READING_FROM_NEM13|SELF_READING_CREATE|KRAKEN_ESTIMATE$/.test(r.source), JSON.stringify(r));
    assert.strictEqual(r.value, r.registers[0].value);
    if (i > 0) assert.ok(Number(r.value) > Number(reads[i - 1].value), 'an index only rises');
  }
});

test('campaign items page forward and backward over 20,000 items', () => {
  const c = Q.voiceCampaign({ campaignId: 'VC-1001' });
  const p1 = c.campaignItems({ first: 100 });
  assert.strictEqual(p1.totalCount, 20000);
  assert.strictEqual(JSON.parse(p1.edges[0].node.metadata).accountNumber, 'A-9A63F05B');
  assert.strictEqual(p1.edges[0].node.status, 'UNASSIGNED');
  const last = c.campaignItems({ last: 100 });
  assert.strictEqual(last.pageInfo.hasNextPage, false);
  assert.strictEqual(last.edges[99].node.id, String(100100000 + 20000));
  const p2 = c.campaignItems({ first: 100, after: p1.pageInfo.endCursor });
  const back = c.campaignItems({ last: 100, before: p2.edges[0].cursor });
  assert.deepStrictEqual(back.edges.map((e) => e.node.id), p1.edges.map((e) => e.node.id));
  assert.strictEqual(errorCode(() => Q.voiceCampaign({ campaignId: 'VC-9999' })), 'KT-CT-11501');
});

test('voice campaigns, call tags, calls, agents', () => {
  assert.ok(Q.voiceCampaigns({}).totalCount >= 20);
  const active = Q.voiceCampaigns({ status: 'ACTIVE', first: 99 });
  assert.ok(active.edges.length > 0 && active.edges.every((e) => e.node.status === 'ACTIVE'));
  // Only the reference's enum values (CampaignStatus, TypeOfVoiceCampaign) in the data.
  const all = Q.voiceCampaigns({ first: 99 }).edges.map((e) => e.node);
  assert.ok(all.every((c) => ['ACTIVE', 'INACTIVE'].includes(c.status) && ['PREVIEW', 'PREDICTIVE'].includes(c.campaignType)));
  for (const campaignType of ['PREVIEW', 'PREDICTIVE']) {
    const typed = Q.voiceCampaigns({ campaignType, status: 'INACTIVE', first: 99 });
    assert.ok(typed.totalCount > 0 && typed.edges.every((e) => e.node.campaignType === campaignType && e.node.status === 'INACTIVE'));
  }
  assert.ok(Q.voiceCampaigns({ name: 'collections' }).totalCount >= 5);
  const inactive = Q.callTags({ isActive: false });
  assert.ok(inactive.totalCount >= 2 && inactive.edges.every((e) => !e.node.isActive));
  assert.strictEqual(Q.callTag({ id: '1' }).name, 'Billing enquiry');
  assert.strictEqual(errorCode(() => Q.callTag({ id: '999' })), 'KT-CT-11809');
  const call = Q.call({ id: '880001' });
  assert.strictEqual(call.account().number, 'A-2B7E41C9');
  assert.strictEqual(Q.call({ id: call.uuid }).id, '880001');
  assert.deepStrictEqual(call.tags.map((t) => t.name), ['Billing enquiry', 'Life support registration']);
  assert.ok(call.metadata.some((m) => m.key === 'queue') && call.metadata.some((m) => m.key === 'durationSeconds' && m.value === '734'));
  assert.strictEqual(errorCode(() => Q.call({ id: 'not-a-call' })), 'KT-CT-11817');
  assert.strictEqual(errorCode(() => Q.call({ id: '12' })), 'KT-CT-11802');
  assert.strictEqual(Q.agentCallCenterStatus({ supportUserName: 'jordan.ashby' }).mostRecentCallId, 880001);
  assert.strictEqual(errorCode(() => Q.agentCallCenterStatus({ supportUserName: 'nobody' })), 'KT-CT-7813');
  const wait = Q.inboundCallAverageWaitTime();
  assert.ok(Number.isInteger(wait.yesterday) && Number.isInteger(wait.recent));
});

test('Ink: conversation, messages, live-chat status filter', () => {
  const conv = Q.inkConversation({ accountNumber: 'A-8E4B92D1' });
  const events = conv.events({ first: 99 });
  assert.strictEqual(events.edges.length, 99);
  assert.strictEqual(events.pageInfo.hasNextPage, true);
  // Each event carries its message under the reference's names.
  const messages = events.edges.map((e) => e.node.message);
  const email = messages.find((m) => m.__typename === 'InkEmail');
  assert.ok(email.fullContentHtml.includes('<') && email.fullContentPlainText && email.subject && email.occurredAt);
  assert.ok(!('id' in email) && !('relayId' in email) && !('createdAt' in email) && !('channel' in email));
  const sms = messages.find((m) => m.__typename === 'InkSMS');
  assert.ok(sms.displayContent && sms.toHandle && !('id' in sms));
  // Live-chat messages are Nodes: their id is what inkMessage and inkMessageTextContent take.
  const chat = messages.find((m) => m.__typename === 'InkLiveChatMessage');
  assert.strictEqual(Q.inkMessage({ messageRelayId: chat.id }).displayContent, chat.displayContent);
  assert.strictEqual(Q.inkMessageTextContent({ messageId: chat.id }), chat.displayContent);
  assert.strictEqual(Q.inkConversation({ conversationRelayId: conv.id }).accountNumber, 'A-8E4B92D1');
  assert.strictEqual(errorCode(() => Q.inkConversation({})), 'KT-CT-7617');
  assert.strictEqual(errorCode(() => Q.inkConversation({ conversationRelayId: '!!' })), 'KT-CT-7638');
  assert.strictEqual(errorCode(() => Q.inkMessage({ messageRelayId: 'SW5rRW1haWw6OTk5OTk5OTk5' })), 'KT-CT-7611');
  const open = Q.inkLiveChatConversations({ status: 'OPEN', first: 99 });
  assert.ok(open.edges.length > 5 && open.edges.every((e) => e.node.status === 'OPEN'));
  assert.strictEqual(open.edges[0].node.accountNumber, 'A-8E4B92D1');
  const closed = Q.inkLiveChatConversations({ status: 'CLOSED', first: 99 });
  assert.ok(closed.edges.every((e) => e.node.status === 'CLOSED'));
  const all = Q.inkLiveChatConversations({ first: 1 });
  assert.ok(all.totalCount > open.totalCount + closed.totalCount - 1);
});

test('properties, meter points, NMI/MIRN checks, discovery, supply points', () => {
  assert.strictEqual(Q.propertiesSearch({ searchTerm: '26 Sylvan Road Toowong' })[0].property.postcode, '4066');
  assert.strictEqual(Q.propertiesSearch({ searchTerm: '6001774102' })[0].property.addressLine1, '402 Sydney Road');
  assert.strictEqual(Q.property({ nmi: '2002381946' }).addressLine1, '9 Osmond Terrace');
  assert.strictEqual(Q.property({ mirn: '5238174650' }).postcode, '2204');
  const point = Q.meterPoint({ nmi: '3114605528' });
  assert.strictEqual(point.__typename, 'MeterPointType');
  assert.strictEqual(point.identifier, '3114605528');
  assert.strictEqual(point.nmiChecksum, '1');
  assert.strictEqual(point.supplyStatus, 'ON_SUPPLY');
  assert.strictEqual(point.lnsp.displayName, 'Energex');
  const meter = point.meters()[0];
  assert.strictEqual(meter.__typename, 'ElectricityMeterType');
  assert.strictEqual(meter.serialNumber, 'EM3061857');
  assert.deepStrictEqual(meter.registers.map((r) => [r.identifier, r.unitOfMeasure, r.isExportRegister()]), [['E1', 'KWH', false], ['B1', 'KWH', true]]);
  assert.strictEqual(Q.meterPoint({ nmi: '4102918273' }).sensitiveLoad, true); // Bronwyn: life support
  const gas = Q.property({ mirn: '5238174650' }).meterPoints()[1];
  assert.strictEqual(gas.__typename, 'GasMeterPointType');
  assert.strictEqual(gas.distributor.displayName, 'Jemena Gas Networks');
  assert.strictEqual(gas.meters()[0].__typename, 'GasMeterType');
  assert.strictEqual(Q.nmiCheck({ nmi: '3114605528' }).account().number, 'A-7D20A6F3');
  assert.strictEqual(Q.supplyPoint({ externalIdentifier: '3114605528', marketName: 'AU_ELECTRICITY' }).devices().edges[0].node.deviceIdentifier, 'EM3061857');
  assert.strictEqual(Q.nmiCheck({ nmi: '4102918273' }).accountNumber, 'A-2B7E41C9');
  assert.strictEqual(Q.mirnCheck({ mirn: '5261038472' }).accountNumber, 'A-9A63F05B');
  assert.strictEqual(Q.nmiCheck({ nmi: '4102000000' }).isOnSupply, false);
  // NMIDiscoveryAddressInput: house or lot number, street name and type, state, postcode, jurisdiction.
  const address = { flatUnitType: 'UNIT', flatUnitNumber: '4', houseNumber: '26', streetName: 'Sylvan', streetType: 'ROAD', suburbLocality: 'Toowong', stateTerritory: 'QUEENSLAND', postcode: '4066', jurisdictionCode: 'QUEENSLAND' };
  assert.strictEqual(Q.nmiDiscovery({ input: address }).nmi, '3114605528');
  assert.strictEqual(Q.nmiDiscovery({ input: { ...address, flatUnitType: undefined, flatUnitNumber: undefined, suburbLocality: undefined } }).nmi, '3114605528');
  assert.strictEqual(Q.nmiDiscovery({ input: { ...address, lotNumber: '7' } }).error.__typename, 'BothHouseAndLotNumberErrorType');
  assert.strictEqual(Q.nmiDiscovery({ input: { ...address, houseNumber: undefined } }).error.__typename, 'MissingHouseAndLotNumberErrorType');
  assert.strictEqual(Q.nmiDiscovery({ input: { ...address, stateTerritory: 'VICTORIA' } }).error.__typename, 'FailureStatusCodeInAEMOResponseErrorType');
  assert.strictEqual(Q.nmiDiscovery({ input: { ...address, streetType: 'STREET' } }).nmi, null);
  assert.strictEqual(Q.supplyPoints({ accountNumber: 'A-2B7E41C9' }).totalCount, 2);
  assert.strictEqual(Q.supplyPoint({ externalIdentifier: '5238174650', marketName: 'AU_GAS' }).externalIdentifier, '5238174650');
  assert.strictEqual(errorCode(() => Q.supplyPoint({ externalIdentifier: '5238174650', marketName: 'MARS' })), 'KT-CT-4723');
  assert.strictEqual(errorCode(() => Q.supplyPoint({ externalIdentifier: '0000000000', marketName: 'AU_GAS' })), 'KT-CT-4719');
  const est = Q.estimateMeterReadings({ periodStart: '2025-10-01T00:00:00+10:00', periodEnd: '2025-10-10T00:00:00+10:00', marketIdentifier: '4102918273' });
  assert.strictEqual(est.totalCount, 9); // one estimated day per market day inside the period
  const day = est.edges[0].node;
  assert.strictEqual(day.__typename, 'MeterReadingEstimationReadingType');
  assert.deepStrictEqual([day.intervalStart, day.intervalEnd], ['2025-10-01T00:00:00+10:00', '2025-10-02T00:00:00+10:00']);
  assert.match(day.value, /^\d+\.\d$/);
  assert.strictEqual(Q.estimateMeterReadings({ periodStart: '2025-10-01T00:00:00+10:00', periodEnd: '2025-10-10T00:00:00+10:00', marketIdentifier: '4102918273', registerId: 'nope' }).totalCount, 0);
  assert.ok(Q.embeddedNetwork({ id: 'EN-1' }).embeddedProperties.length > 5);
});

test('undocumented misses are lenient: {} for the fallback, garbage cursors and statuses ignored', () => {
  assert.deepStrictEqual(Q.property({ id: '1' }), {});
  assert.deepStrictEqual(Q.meterPoint({ nmi: '4102000000' }), {});
  assert.deepStrictEqual(Q.embeddedNetwork({ id: 'abc123' }), {});
  assert.strictEqual(Q.inkLiveChatConversations({ status: 'abc123' }).totalCount, 0);
  const page = Q.callTags({ first: 5, after: 'abc123', before: 'abc123' });
  assert.strictEqual(page.edges[0].node.id, '1');
  assert.strictEqual(Q.electricityMeterReadings({ meterId: '800000', startAt: 'abc123', includeQuarantined: true }).totalCount,
    Q.electricityMeterReadings({ meterId: '800000', includeQuarantined: true }).totalCount);
  const est = Q.estimateMeterReadings({ periodStart: 'abc123', periodEnd: 'abc123', marketIdentifier: '4102918273' });
  assert.strictEqual(est.totalCount, 0);
});
