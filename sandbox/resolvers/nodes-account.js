'use strict';
// GraphQL-shaped objects for accounts, account users and their money history.
// Keys follow the schema's field names (from the seed); heavy fields are functions
// so they are only generated when a query selects them.
const { conn } = require('./common');
const { STATE_ENUM } = require('../data/au-tables');
const { displayPhone } = require('../data/identifiers');
const { addDays } = require('../data/dates');

const CONSENT_NAMES = { MARKETING_EMAIL: 'Marketing by email', MARKETING_SMS: 'Marketing by SMS', EBILLING: 'Bills by email' };
// The sandbox's hardship reasons as Kraken's HardshipAgreementHardshipType.
const HARDSHIP_TYPES = { REDUCED_INCOME: 'REDUCED_INCOME', ILLNESS: 'HOUSEHOLD_ILLNESS', UNEMPLOYMENT: 'UNEMPLOYMENT', FAMILY_VIOLENCE: 'FAMILY_VIOLENCE' };
// How the sandbox's payment methods appear in Kraken's AccountPaymentTransactionTypeChoices.
const PAYMENT_TRANSACTION_TYPES = { DIRECT_DEBIT: 'DD_REGULAR_COLLECTION', BPAY: 'BPAY', CARD: 'CREDIT_CARD', CENTREPAY: 'CENTREPAY', POST_BILLPAY: 'AUSTRALIA_POST' };
/** A stable UUID (version 4 layout) from a payment id: the id's bytes in hex, right-aligned. */
const uuidOf = (id) => {
  const hex = Buffer.from(String(id)).toString('hex').padStart(32, '0').slice(-32);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
};

/**
 * Optional filters Kraken offers on transaction connections (applied when the schema has them):
 * fromDate is inclusive and toDate exclusive, as Kraken documents them for the postedDate range.
 */
function filterTransactions(list, args = {}) {
  const types = args.transactionTypes && args.transactionTypes.length ? new Set(args.transactionTypes.map((t) => String(t).toUpperCase())) : null;
  const from = args.fromDate || null;
  const to = args.toDate || null;
  let out = list;
  if (types || from || to) {
    out = list.filter((t) => (!types || types.has(t.transactionType)) && (!from || t.postedDate >= from) && (!to || t.postedDate < to));
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
      specialCircumstances: { isSharingConsentGiven: true, records: secondary ? [] : nodes.specialCircumstances(a) },
      consents: nodes.consents(a),
      transactions: nodes.account(a).transactions,
      bills: nodes.account(a).bills,
      accountUserRoles: [{ id: `${id}-${a.idx}`, role: secondary ? 'JOINT_ACCOUNT_HOLDER' : 'PRIMARY_ACCOUNT_HOLDER', account: nodes.account(a) }],
    };
  };

  nodes.usersOf = (a) => [nodes.user(a)].concat(a.secondUser ? [nodes.user(a, a.secondUser, true)] : []);

  // Kraken's ConsentType: a numeric id, the consent's code, its value and the type it belongs to.
  nodes.consents = (a) => store.extras(a).consents.map((c, i) => ({
    __typename: 'ConsentType', id: String(a.idx * 10 + i + 1), code: c.type, value: c.value,
    type: { __typename: 'ConsentTypeType', code: c.type, name: CONSENT_NAMES[c.type] || c.type, description: CONSENT_NAMES[c.type] || c.type, defaultValue: 'UNKNOWN' },
  }));

  /** Care records for the account holder: life support and hardship make the customer vulnerable. */
  nodes.specialCircumstances = (a) => {
    const out = [];
    if (a.lifeSupport) {
      out.push({ __typename: 'SpecialCircumstanceRecordType', id: `${a.idx}-sc-medical`, summary: 'Medical dependency: life support equipment at the premises', internalCode: 'MEDICAL_DEPENDENCY', createdAt: a.createdAt });
    }
    for (const h of store.extras(a).hardshipAgreements) {
      out.push({ __typename: 'TemporarySpecialCircumstanceRecordType', id: `${a.idx}-sc-hardship`, summary: 'Financial hardship', internalCode: 'FINANCIAL_HARDSHIP', createdAt: h.createdAt, expiryDate: h.endDate });
    }
    return out;
  };

  nodes.hardshipAgreement = (h) => ({
    __typename: 'HardshipAgreementType', id: h.id, hardshipType: HARDSHIP_TYPES[h.hardshipEntryReason] || 'OTHER', hardshipDetails: 'Hardship program: fortnightly payment plan.',
    hardshipEntryReason: 'SELF_IDENTIFIED', paymentPlanDetails: 'Fortnightly instalments by direct debit.', startDate: h.startDate, endDate: h.endDate,
    exitReason: null, exitReasonDetails: null, createdAt: h.createdAt,
  });

  nodes.paymentPlan = (a, p) => ({
    __typename: 'PaymentPlanType', id: p.id, status: p.status, initialScheduleType: p.frequency, strategyName: 'HARDSHIP_FORTNIGHTLY',
    strategyDisplayName: `${p.numberOfInstalments} fortnightly instalments`, offeredAt: p.createdAt, offerExpiresAt: null, acceptedAt: p.createdAt,
    updatedAt: p.createdAt, ledgerNumber: `L-${a.number.slice(2)}`, account: () => nodes.account(a),
    payments: Array.from({ length: p.numberOfInstalments }, (_, i) => ({ payableDate: addDays(p.startDate, 14 * i), amount: p.instalmentAmount, paymentType: p.paymentMethod })),
    nextPayment: { payableDate: p.nextPaymentDate, amount: p.instalmentAmount, paymentType: p.paymentMethod },
  });

  // Kraken's frequencies are Weekly/Monthly/Planned with a multiplier: fortnightly is Weekly x 2.
  nodes.paymentSchedule = (p) => ({
    __typename: 'PaymentScheduleType', id: p.id, validFrom: p.validFrom, validTo: p.validTo, paymentDay: p.paymentDay,
    paymentFrequency: p.paymentFrequency === 'MONTHLY' ? 'Monthly' : 'Weekly',
    paymentFrequencyMultiplier: p.paymentFrequency === 'FORTNIGHTLY' ? 2 : 1,
    paymentAmount: p.paymentAmount, isVariablePaymentAmount: p.isVariablePaymentAmount, isPaymentHoliday: p.isPaymentHoliday,
    paymentHolidayReason: '', reason: p.reason === 'PAYMENT_PLAN' ? 'DEBT_REPAYMENT_PLAN' : 'GENERAL_ACCOUNT_PAYMENT',
  });

  nodes.payment = (p) => ({
    __typename: 'AccountPaymentType', uuid: uuidOf(p.id), amount: p.amount, paymentDate: p.paymentDate, reference: p.reference,
    transactionType: PAYMENT_TRANSACTION_TYPES[p.paymentType] || 'UNKNOWN', status: p.status, source: p.paymentType || 'UNKNOWN',
    surchargeAmount: 0, maxRescheduleDays: 0, refundableAmount: 0,
  });

  nodes.transaction = (t) => ({ ...t });

  // Kraken's LifeSupportType: a flag and the registration records behind it.
  nodes.lifeSupport = (a) => ({
    __typename: 'LifeSupportType', hasLifeSupportRecord: Boolean(a.lifeSupport),
    records: a.lifeSupport ? [{
      __typename: 'LifeSupportRecordType', id: String(50000 + a.idx), lifeSupportDate: a.createdAt.slice(0, 10),
      details: 'Medical confirmation received. Do not disconnect.', lifeSupportStatus: 'REGISTERED_MEDICAL_CONFIRMATION',
      lifeSupportEquipment: a.lifeSupport.equipment, isOwnedByKraken: true, preferredContactMethod: null,
    }] : [],
  });

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
      portfolio: () => nodes.portfolio(a.portfolioNumber),
      ledgers: () => [{
        __typename: 'LedgerType', id: String(200000 + a.idx), number: `L-${a.number.slice(2)}`, name: 'Main account ledger',
        ledgerType: 'MAIN_LEDGER', balance: a.balance, transactions: node.transactions,
      }],
      metadata: () => [{ __typename: 'Metadata', key: 'legacyCrmId', value: JSON.stringify(extras().references[0].value) }],
      transactions: conn((args) => filterTransactions(txs(), args), nodes.transaction),
      bills: conn(() => store.bills(a)),
      bill: (args = {}) => store.bills(a).find((b) => !args.id || b.id === String(args.id)) || null,
      payments: conn(() => store.payments(a), nodes.payment),
      repayments: conn(() => store.repayments(a)),
      paymentPlans: conn(() => extras().plans, (p) => nodes.paymentPlan(a, p)),
      paymentSchedules: conn(() => extras().schedules, nodes.paymentSchedule),
      complaints: conn(() => extras().complaints.map((c) => ({ __typename: 'ComplaintType', ...c }))),
      references: () => extras().references.map((r) => ({ __typename: 'AccountReferenceType', ...r })),
      campaigns: () => extras().campaigns.map((c) => nodes.accountCampaign(c)),
      activeHardshipAgreements: () => extras().hardshipAgreements.map(nodes.hardshipAgreement),
      notes: () => store.addedNotes(a).concat(extras().notes).map((n) => ({ __typename: 'AccountNoteType', id: n.id, body: n.body, isPinned: n.isPinned, createdAt: n.createdAt, unpinAt: n.unpinAt || null })),
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

  nodes.accountCampaign = (c) => ({
    __typename: 'AccountCampaignType', name: c.name, slug: c.slug, startDate: c.startDate, expiryDate: c.expiryDate,
    campaignExpiryDate: c.expiryDate,
  });

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
