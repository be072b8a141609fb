'use strict';
// Hand-chosen accounts that exist at every seed and scale (indices 0..N-1 of the
// store). Their core records are constant; their histories are generated from
// (seed, index) like everyone else's, but with the traits pinned here.
// Documented in sandbox/README.md ("Fixed accounts") -- keep the two in step.

const FIXED_ACCOUNTS = [
  {
    number: 'A-2B7E41C9', status: 'ACTIVE', accountType: 'DOMESTIC',
    user: { title: 'Mrs', givenName: 'Bronwyn', familyName: 'Tregellas', email: 'bronwyn.tregellas@bigpond.com', mobile: '+61491570156', landline: '+61255501234', dateOfBirth: '1951-03-14' },
    address: { unit: null, streetNumber: '17', streetName: 'Illawarra', streetType: 'Road', suburb: 'Marrickville', postcode: '2204', state: 'NSW' },
    nmi: '4102918273', distributor: 'Ausgrid', mirn: '5238174650', gasNetwork: 'Jemena Gas Networks',
    elecSerial: 'LG0218374', gasSerial: 'GM7740182',
    balance: -48712, overdueBalance: 31240, createdAt: '2019-06-03T09:12:44+10:00',
    lifeSupport: { equipment: 'OXYGEN_CONCENTRATOR', fuel: 'ELECTRICITY' },
    hardship: true, paymentPlan: true, meterKind: 'BASIC',
    traits: ['life support (oxygen concentrator)', 'hardship agreement', 'overdue', 'payment plan', 'electricity + gas'],
  },
  {
    number: 'A-5C19D3E8', status: 'ACTIVE', accountType: 'BUSINESS', businessName: 'Kalogeropoulos Bakehouse Pty Ltd',
    user: { title: 'Mr', givenName: 'Dimitri', familyName: 'Kalogeropoulos', email: 'dimitri@kalobakehouse.com.au', mobile: '+61491570157', landline: '+61355505678', dateOfBirth: '1972-11-02' },
    address: { unit: null, streetNumber: '402', streetName: 'Sydney', streetType: 'Road', suburb: 'Brunswick', postcode: '3056', state: 'VIC' },
    nmi: '6001774102', distributor: 'Jemena Electricity', mirn: '5330918264', gasNetwork: 'Multinet Gas',
    elecSerial: 'ED2130448', gasSerial: 'GM5529013',
    balance: 152380, overdueBalance: 0, createdAt: '2017-02-20T14:31:05+11:00',
    transactionCount: 12480, meterKind: 'INTERVAL',
    traits: ['business account', '12,480 transactions', 'in credit', 'electricity + gas'],
  },
  {
    number: 'A-7D20A6F3', status: 'ACTIVE', accountType: 'DOMESTIC',
    user: { title: 'Ms', givenName: 'Aroha', familyName: 'Whitcombe', email: 'aroha.whitcombe@gmail.com', mobile: '+61491570158', landline: '+442079460158', dateOfBirth: '1988-07-23' },
    address: { unit: '4', streetNumber: '26', streetName: 'Sylvan', streetType: 'Road', suburb: 'Toowong', postcode: '4066', state: 'QLD' },
    nmi: '3114605528', distributor: 'Energex', mirn: null, gasNetwork: null,
    elecSerial: 'EM3061857', gasSerial: null,
    balance: 2150, overdueBalance: 0, createdAt: '2021-09-14T10:02:11+10:00',
    halfHourly: true, solar: true, meterKind: 'INTERVAL',
    traits: ['half-hourly smart meter with two years of 30-minute reads', 'rooftop solar (export register)', 'quarantined and estimated reads present'],
  },
  {
    number: 'A-8E4B92D1', status: 'ACTIVE', accountType: 'DOMESTIC',
    user: { title: 'Ms', givenName: 'Siobhan', familyName: 'Mulcahy', email: 'siobhan.mulcahy@outlook.com', mobile: '+61491570159', landline: '+61855509876', dateOfBirth: '1979-01-30' },
    address: { unit: null, streetNumber: '9', streetName: 'Osmond', streetType: 'Terrace', suburb: 'Norwood', postcode: '5067', state: 'SA' },
    nmi: '2002381946', distributor: 'SA Power Networks', mirn: '5510273849', gasNetwork: 'Australian Gas Networks',
    elecSerial: 'LG0533120', gasSerial: 'GM3308145',
    balance: -9845, overdueBalance: 0, createdAt: '2020-04-01T08:45:00+10:30',
    inkEvents: 5000, meterKind: 'INTERVAL',
    traits: ['5,000 Ink conversation events (email with remote images/script, SMS, live chat)', 'open live chat'],
  },
  {
    number: 'A-9A63F05B', status: 'ACTIVE', accountType: 'DOMESTIC',
    user: { title: 'Mr', givenName: 'Rajesh', familyName: 'Venkataraman', email: 'rajesh.venkataraman@yahoo.com.au', mobile: '+61491570110', landline: '+61255504321', dateOfBirth: '1983-05-09' },
    address: { unit: '12', streetNumber: '30', streetName: 'Lonsdale', streetType: 'Street', suburb: 'Braddon', postcode: '2612', state: 'ACT' },
    nmi: '7001290384', distributor: 'Evoenergy', mirn: '5261038472', gasNetwork: 'Evoenergy Gas',
    elecSerial: 'ED7730021', gasSerial: 'GM9914403',
    balance: -126455, overdueBalance: 98210, createdAt: '2018-10-22T16:20:37+11:00',
    collections: true, meterKind: 'BASIC',
    traits: ['overdue $982.10', 'item in the fixed collections campaign', 'disconnection warning sent'],
  },
  {
    number: 'A-3C8F17A4', status: 'PENDING', accountType: 'DOMESTIC',
    user: { title: 'Miss', givenName: 'Hollie', familyName: 'Pemberton', email: 'hollie.pemberton@icloud.com', mobile: '+61491570313', landline: null, dateOfBirth: '1996-12-18' },
    address: { unit: '3', streetNumber: '88', streetName: 'Pakington', streetType: 'Street', suburb: 'Geelong', postcode: '3220', state: 'VIC' },
    nmi: '6203501847', distributor: 'Powercor', mirn: null, gasNetwork: null,
    elecSerial: 'EM6204471', gasSerial: null,
    balance: 0, overdueBalance: 0, createdAt: '2025-11-10T11:15:00+11:00',
    meterKind: 'INTERVAL',
    traits: ['PENDING move-in (no history yet beyond a welcome pack)', 'in the fixed move-ins campaign'],
  },
  {
    number: 'A-4E2A9C07', status: 'WITHDRAWN', accountType: 'DOMESTIC',
    user: { title: 'Dr', givenName: 'Ngaire', familyName: 'Blackwood', email: 'ngaire.blackwood@iinet.net.au', mobile: '+61491570737', landline: '+61355505678', dateOfBirth: '1964-08-05' },
    address: { unit: null, streetNumber: '5', streetName: 'Churchill', streetType: 'Avenue', suburb: 'Sandy Bay', postcode: '7005', state: 'TAS' },
    nmi: '8000617293', distributor: 'TasNetworks', mirn: null, gasNetwork: null,
    elecSerial: 'LG0761209', gasSerial: null,
    balance: 0, overdueBalance: 0, createdAt: '2016-05-17T09:00:00+10:00',
    meterKind: 'BASIC',
    traits: ['WITHDRAWN (moved out, final bill paid)'],
  },
];

// Support users (agents). The first is the default sandbox sign-in
// (agent@sandbox.kraken.test -> kraken|account-user:1001).
const AGENTS = [
  { id: '1001', username: 'jordan.ashby', givenName: 'Jordan', familyName: 'Ashby', email: 'agent@sandbox.kraken.test', status: 'AVAILABLE' },
  { id: '1002', username: 'priya.raman', givenName: 'Priya', familyName: 'Raman', email: 'priya.raman@redenergy.com.au', status: 'ON_CALL' },
  { id: '1003', username: 'tom.whelan', givenName: 'Tom', familyName: 'Whelan', email: 'tom.whelan@redenergy.com.au', status: 'WRAP_UP' },
  { id: '1004', username: 'mai.nguyen', givenName: 'Mai', familyName: 'Nguyen', email: 'mai.nguyen@redenergy.com.au', status: 'ON_BREAK' },
  { id: '1005', username: 'lachlan.ferris', givenName: 'Lachlan', familyName: 'Ferris', email: 'lachlan.ferris@redenergy.com.au', status: 'OFFLINE' },
  { id: '1006', username: 'grace.okafor', givenName: 'Grace', familyName: 'Okafor', email: 'grace.okafor@redenergy.com.au', status: 'AVAILABLE' },
];

const FIXED_IDS = {
  collectionsCampaignId: 'VC-1001', // 20,000 items; includes A-9A63F05B
  moveInsCampaignId: 'VC-1002', // includes A-3C8F17A4
  liveChatConversationId: '4000003', // open live chat: the Ink conversation of A-8E4B92D1
  callId: '880001', // inbound call on A-2B7E41C9 handled by jordan.ashby
};

module.exports = { FIXED_ACCOUNTS, AGENTS, FIXED_IDS };
