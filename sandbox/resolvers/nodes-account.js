'use strict';
// GraphQL-shaped objects for accounts, account users and their money history.
// Keys follow the schema's field names (from the seed); heavy fields are functions
// so they are only generated when a query selects them.
const { conn } = require('./common');
const { STATE_ENUM } = require('../data/au-tables');
const { displayPhone } = require('../data/identifiers');

/** Optional filters Kraken offers on transaction connections (applied when the schema has them). */
function filterTransactions(list, args = {}) {
  const types = args.transactionTypes && args.transactionTypes.length ? new Set(args.transactionTypes.map((t) => String(t).toUpperCase())) : null;
  const from = args.fromDate || null;
  const to = args.toDate || null;
  let out = list;
  if (types || from || to) {
    out = list.filter((t) => (!types || types.has(t.transactionType)) && (!from || t.postedDate >= from) && (!to || t.postedDate <= to));
  }
  if (args.orderBy && /ASC/i.test(String(args.orderBy))) out = out.slice().reverse();
  return out;
}

function addAccountNodes(nodes, store) {
  nodes.richAddress = (a) => ({
    __typename: 'RichAddressType',
    countryCode: 'AU', country: 'AU', postalCode: a.address.postcode, postcode: a.address.postcode,
    administrativeArea: a.address.state, locality: a.address.suburb, dependentLocality: '', sortingCode: '',
    streetAddress: a.address.line1, deliveryPointIdentifier: String(60000000 + a.idx),
    structuredStreetAddress: {
      flat_type: a.address.unit ? 'UNIT' : null, flat_number: a.address.unit, street_number1: a.address.streetNumber,
      street_name: a.address.streetName, street_type: a.address.streetType.toUpperCase(),
    },
  });

  nodes.user = (a, u = a.user, secondary = false) => {
    const fullName = `${u.givenName} ${u.familyName}`;
    const id = secondary ? String(Number(a.user.id) + 1) : a.user.id;
    return {
      __typename: 'AccountUserType', id, number: secondary ? 'U-' + (Number(a.user.id) + 1).toString(16).toUpperCase().padStart(8, '0') : a.user.number,
      givenName: u.givenName, familyName: u.familyName, firstName: u.givenName, lastName: u.familyName, fullName,
      displayName: fullName, preferredName: u.givenName, title: u.title, pronouns: null, isDeceased: false,
      email: u.email, mobile: u.mobile, landline: u.landline || '', landlinePhoneNumber: u.landline || '',
      alternativePhoneNumbers: u.landline ? [u.landline] : [], dateOfBirth: u.dateOfBirth,
      createdAt: a.createdAt, lastUpdatedAt: a.createdAt, isActive: a.status !== 'VOID', label: secondary ? 'Joint account holder' : 'Account holder',
      liveSecretKey: null, masqueradeToken: null, hasFamilyIssues: false, isInHardship: a.hardship,
      portfolioId: a.portfolioNumber, portfolioIds: [a.portfolioNumber], state: STATE_ENUM[a.address.state],
      address: nodes.richAddress(a),
      accounts: () => [nodes.account(a)],
      details: [{ namespace: 'CONTACT', value: displayPhone(u.mobile) }],
      specialCircumstances: { isSensitive: Boolean(a.lifeSupport || a.hardship), records: [] },
      consents: nodes.consents(a),
      transactions: nodes.account(a).transactions,
      bills: nodes.account(a).bills,
      accountUserRoles: [{ id: `${id}-${a.idx}`, role: secondary ? 'JOINT_ACCOUNT_HOLDER' : 'PRIMARY_ACCOUNT_HOLDER', account: nodes.account(a) }],
    };
  };

  nodes.usersOf = (a) => [nodes.user(a)].concat(a.secondUser ? [nodes.user(a, a.secondUser, true)] : []);

  nodes.consents = (a) => store.extras(a).consents.map((c) => ({ __typename: 'ConsentType', ...c, consentType: c.type, status: c.value }));

  nodes.transaction = (t) => ({ ...t });

  nodes.lifeSupport = (a) => (a.lifeSupport ? {
    __typename: 'LifeSupportType', isOnLifeSupport: true, hasLifeSupport: true, equipment: [a.lifeSupport.equipment],
    equipmentType: a.lifeSupport.equipment, fuelType: a.lifeSupport.fuel, registeredAt: a.createdAt, registrationDate: a.createdAt.slice(0, 10),
    medicalConfirmationStatus: 'CONFIRMED', status: 'REGISTERED', isMedicalConfirmationReceived: true,
  } : null);

  nodes.account = (a) => {
    const extras = () => store.extras(a);
    const txs = () => store.transactions(a);
    const name = a.businessName || `${a.user.title ? a.user.title + ' ' : ''}${a.user.givenName} ${a.user.familyName}`;
    const node = {
      __typename: 'AccountType', id: String(100000 + a.idx), number: a.number, status: a.status, brand: 'RED_ENERGY',
      balance: a.balance, overdueBalance: a.overdueBalance, totalBalanceOwing: Math.max(0, -a.balance),
      urn: null, billingName: name, billingSubName: a.businessName ? `Attn: ${a.user.givenName} ${a.user.familyName}` : null,
      billingEmail: a.user.email, billingAddress: a.address.full,
      billingAddressLine1: a.address.line1, billingAddressLine2: a.address.suburb, billingAddressLine3: a.address.state,
      billingAddressLine4: '', billingAddressLine5: '', billingAddressPostcode: a.address.postcode, billingCountryCode: 'AU',
      billingDeliveryPointIdentifier: String(60000000 + a.idx),
      splitBillingAddress: [a.address.line1, `${a.address.suburb} ${a.address.state} ${a.address.postcode}`],
      address: nodes.richAddress(a),
      accountType: a.accountType, businessType: a.businessName ? 'PROPRIETARY_LIMITED' : null,
      business: a.businessName ? { id: String(40000 + a.idx), name: a.businessName, number: String(51000000000 + a.idx * 7919), businessType: 'PROPRIETARY_LIMITED' } : null,
      commsDeliveryPreference: 'EMAIL', communicationDeliveryPreference: 'EMAIL', documentAccessibility: null,
      preferredLanguageForComms: 'en', createdAt: a.createdAt, canRequestRefund: a.balance > 0,
      isInHardship: a.hardship, hasWriteOffLedgers: false, referralsCreated: 0, linkedUserIds: [a.user.id].concat(a.secondUser ? [String(Number(a.user.id) + 1)] : []),
      lifeSupport: nodes.lifeSupport(a),
      users: () => nodes.usersOf(a),
      portfolio: () => nodes.portfolio(a.portfolioNumber),
      ledgers: () => [{
        __typename: 'LedgerType', id: String(200000 + a.idx), number: `L-${a.number.slice(2)}`, name: 'Main account ledger',
        ledgerType: 'MAIN_LEDGER', balance: a.balance, transactions: node.transactions,
      }],
      metadata: () => [{ __typename: 'Metadata', key: 'legacyCrmId', value: JSON.stringify(extras().references[0].value) }],
      transactions: conn((args) => filterTransactions(txs(), args), nodes.transaction),
      bills: conn(() => store.bills(a)),
      bill: (args = {}) => store.bills(a).find((b) => !args.id || b.id === String(args.id)) || null,
      payments: conn(() => store.payments(a)),
      repayments: conn(() => store.repayments(a)),
      paymentPlans: conn(() => extras().plans),
      paymentSchedules: conn(() => extras().schedules),
      references: () => extras().references.map((r) => ({ __typename: 'AccountReferenceType', ...r })),
      campaigns: () => extras().campaigns.map((c) => ({ __typename: 'AccountCampaignType', ...c })),
      activeHardshipAgreements: () => extras().hardshipAgreements,
      notes: () => extras().notes.map((n) => ({ __typename: 'AccountNoteType', ...n })),
      consents: () => nodes.consents(a),
      properties: () => (a.status === 'WITHDRAWN' || a.status === 'VOID' ? [] : [nodes.property(a)]),
      previousProperties: () => (a.status === 'WITHDRAWN' || a.status === 'VOID' ? [nodes.property(a)] : []),
      events: conn(() => store.conversation(a).events.map((e) => ({
        __typename: 'AccountEventType', id: e.id, eventType: e.message.channel + '_' + e.message.direction, occurredAt: e.occurredAt, createdAt: e.occurredAt,
        message: e.message.subject || e.message.textContent,
      }))),
      maximumRefund: { amount: Math.max(0, a.balance), reasonToRecommendAmount: a.balance > 0 ? 'CREDIT_BALANCE' : 'NO_CREDIT' },
      paymentExtensionInfo: { isEligible: a.overdueBalance > 0 && !a.paymentPlan, maxExtensionDays: 14 },
      dueCharges: () => (a.balance < 0 ? [{ amount: -a.balance, dueDate: store.bills(a)[0] ? store.bills(a)[0].dueDate : store.today }] : []),
    };
    return node;
  };

  nodes.portfolio = (number) => {
    const list = store.accountsByPortfolio(number);
    if (!list.length) return null;
    const lead = list[0];
    return {
      __typename: 'PortfolioType', id: String(300000 + lead.idx), number, createdAt: lead.createdAt, updatedAt: lead.createdAt,
      billingName: lead.businessName || `${lead.user.givenName} ${lead.user.familyName}`, collectiveBilling: false,
      leadAccountNumber: lead.number, brand: 'RED_ENERGY', name: lead.businessName || `${lead.user.familyName} household`, depth: 0,
      parent: null, ancestors: [], descendants: [], accounts: () => list.map((a) => nodes.account(a)),
    };
  };
}

module.exports = { addAccountNodes };
