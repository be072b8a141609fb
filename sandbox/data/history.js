'use strict';
// Per-account money history, generated lazily from (seed, account index):
// transactions (charges, credits, payments, refunds), bills, payments, payment plans,
// notes, references, consents, campaigns, hardship agreements.
const { stream } = require('./prng');
const { DAY, toMs, isoDateTime, addDays, daysBetween } = require('./dates');
const { TODAY } = require('./accounts');

const CREDIT_REASONS = [
  ['Pay on time discount', 'PAY_ON_TIME_DISCOUNT'], ['Goodwill credit', 'GOODWILL'],
  ['Energy concession rebate', 'CONCESSION'], ['Solar feed-in credit', 'FEED_IN_TARIFF'],
];
const PAYMENT_METHODS = [['DIRECT_DEBIT', 45], ['BPAY', 25], ['CARD', 20], ['CENTREPAY', 4], ['POST_BILLPAY', 6]];

function gst(gross) { const net = Math.round(gross / 1.1); return { net, tax: gross - net, gross }; }

/** Transactions newest first, with balanceCarriedForward ending at the account balance. */
function generateTransactions(seed, a) {
  const rng = stream(seed, 'transactions', a.idx);
  const start = a.createdAt.slice(0, 10);
  const ageDays = Math.max(0, daysBetween(start, TODAY));
  if (a.status === 'PENDING') return finishLedger(a, []);
  const hasGas = Boolean(a.mirn);
  const perCycle = 2 + (hasGas ? 1 : 0) + 0.27 + (a.transactionCount ? 1 : 0);
  let target = a.transactionCount || rng.int(20, 200);
  let cycleDays = a.meterKind === 'BASIC' ? 91 : 30;
  if (a.transactionCount) cycleDays = Math.max(1, Math.floor((ageDays * perCycle) / target));
  else if ((ageDays / cycleDays) * perCycle < target) {
    cycleDays = Math.max(7, Math.min(cycleDays, Math.floor((ageDays * perCycle) / target)));
    target = Math.min(target, Math.floor((ageDays / cycleDays) * perCycle) + 2);
  }
  const txs = [];
  const endDay = a.status === 'WITHDRAWN' || a.status === 'VOID' ? Math.min(ageDays, rng.int(60, ageDays || 60)) : ageDays;
  const ended = addDays(start, endDay);
  let billNo = 0;
  for (let k = 0; txs.length < target; k++) {
    const billDate = addDays(ended, -k * cycleDays - 3);
    if (toMs(billDate) < toMs(start)) break;
    billNo++;
    const cycle = [];
    const elec = Math.round(Math.max(cycleDays * 150, rng.normal(cycleDays * 520, cycleDays * 140)));
    const billId = String(9000000 + a.idx * 400 + (k % 400));
    cycle.push(['Charge', 'Electricity', billDate, elec, 'ELECTRICITY_USAGE', billId]);
    if (hasGas) cycle.push(['Charge', 'Gas', billDate, Math.round(Math.max(900, rng.normal(cycleDays * 260, cycleDays * 90))), 'GAS_USAGE', billId]);
    if (a.transactionCount) cycle.push(['Charge', 'Demand charge', billDate, rng.int(300, 900), 'DEMAND_CHARGE', billId]);
    if (rng.chance(0.25)) {
      const [title, code] = rng.pick(CREDIT_REASONS);
      cycle.push(['Credit', title, billDate, rng.int(500, Math.max(600, Math.round(elec * 0.15))), code, billId]);
    }
    const payDate = addDays(billDate, rng.int(5, 21));
    if (toMs(payDate) <= toMs(TODAY) && !(k === 0 && a.overdueBalance > 0)) {
      const method = rng.weighted(PAYMENT_METHODS);
      cycle.push(['Payment', method === 'DIRECT_DEBIT' ? 'Direct debit payment' : method === 'BPAY' ? 'BPAY payment' : method === 'CARD' ? 'Card payment' : method === 'CENTREPAY' ? 'Centrepay deduction' : 'Post Billpay payment',
        payDate, Math.round(elec * (hasGas ? 1.5 : 1) * (0.85 + rng.float() * 0.3)), method, null]);
    }
    if (rng.chance(0.02)) cycle.push(['Refund', 'Refund of credit balance', addDays(payDate, 10), rng.int(2000, 20000), 'REFUND', null]);
    cycle.sort((x, y) => (x[2] < y[2] ? 1 : x[2] > y[2] ? -1 : 0));
    for (const c of cycle) if (txs.length < target) txs.push(c);
  }
  // Kraken lists transactions by posted date (POSTED_DATE_DESC by default). A cycle's payment
  // can post after the next cycle's bill when cycles are short, so sort across cycles too
  // (stable: one day's rows keep their cycle order), before the balances are chained.
  txs.sort((x, y) => (x[2] < y[2] ? 1 : x[2] > y[2] ? -1 : 0));
  return finishLedger(a, txs);
}

function finishLedger(a, rows) {
  let bcf = a.balance;
  const out = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const [type, title, date, amount, code, billId] = rows[i];
    const id = String(a.idx * 20000 + (rows.length - i));
    const signed = type === 'Charge' || type === 'Refund' ? -amount : amount;
    out[i] = {
      __typename: type, id, postedDate: date, createdAt: isoDateTime(toMs(date) + 9 * 3600000),
      accountNumber: a.number, title, amount, amounts: gst(amount), balanceCarriedForward: bcf,
      isHeld: false, isIssued: Boolean(billId), isReversed: false, hasStatement: Boolean(billId),
      reasonCode: code, note: null, billingDocumentIdentifier: billId, statementId: billId,
      isAccountCharge: type === 'Charge', isAccountPayment: type === 'Payment', isExport: false,
      transactionType: type.toUpperCase(), paymentMethod: type === 'Payment' ? code : null,
    };
    bcf -= signed;
  }
  return out;
}

/** Bills (statements), newest first, derived from the charge rows. */
function billsFromTransactions(a, txs) {
  const byBill = new Map();
  for (const t of txs) {
    if (!t.billingDocumentIdentifier) continue;
    let b = byBill.get(t.billingDocumentIdentifier);
    if (!b) {
      b = { id: t.billingDocumentIdentifier, issuedDate: t.postedDate, totalCharges: 0, totalCredits: 0, closingBalance: t.balanceCarriedForward };
      byBill.set(t.billingDocumentIdentifier, b);
    }
    if (t.__typename === 'Charge') b.totalCharges += t.amount; else b.totalCredits += t.amount;
  }
  const cycle = a.meterKind === 'BASIC' ? 91 : 30;
  return [...byBill.values()].map((b) => ({
    __typename: 'StatementType', id: b.id, billType: 'STATEMENT', issuedDate: b.issuedDate,
    fromDate: addDays(b.issuedDate, -cycle), toDate: addDays(b.issuedDate, -1),
    dueDate: addDays(b.issuedDate, 21), paymentDueDate: addDays(b.issuedDate, 21),
    totalCharges: { netTotal: Math.round(b.totalCharges / 1.1), taxTotal: b.totalCharges - Math.round(b.totalCharges / 1.1), grossTotal: b.totalCharges },
    totalCredits: { netTotal: Math.round(b.totalCredits / 1.1), taxTotal: b.totalCredits - Math.round(b.totalCredits / 1.1), grossTotal: b.totalCredits },
    closingBalance: b.closingBalance, openingBalance: b.closingBalance + b.totalCharges - b.totalCredits,
    temporaryUrl: `https://sandbox.kraken.test/bills/${a.number}/${b.id}.pdf`, isHeld: false, attachments: [],
  }));
}

function paymentsFromTransactions(a, txs) {
  return txs.filter((t) => t.__typename === 'Payment').map((t, i) => ({
    id: 'PAY-' + t.id, amount: t.amount, paymentDate: t.postedDate, status: i === 0 && a.overdueBalance > 0 ? 'FAILED' : 'CLEARED',
    paymentType: t.paymentMethod, reference: `${t.paymentMethod === 'BPAY' ? 'BPAY' : 'RED'}-${t.id}`, isReversed: false,
    createdAt: t.createdAt, transactionType: 'PAYMENT',
  }));
}

function refundsFromTransactions(a, txs) {
  return txs.filter((t) => t.__typename === 'Refund').map((t) => ({
    id: 'RPY-' + t.id, amount: t.amount, paymentDate: t.postedDate, status: 'PAID', reason: 'CREDIT_BALANCE_REFUND', createdAt: t.createdAt,
  }));
}

/** Small per-account extras: notes, references, consents, campaigns, plans, hardship, complaints. */
function generateExtras(seed, a) {
  const rng = stream(seed, 'extras', a.idx);
  const notes = [];
  const noteTexts = [
    'Customer called to query high bill; explained estimated read and booked special read.',
    'Updated mobile number at customer request. Identity verified (DOB + address).',
    'Customer requested paper bills be switched to email.',
    'Discussed payment options; customer will pay in full by due date.',
    'Welcome call completed. Confirmed plan details and direct debit setup.',
    'Customer advised of planned outage notice from distributor.',
    'Concession card details verified and concession applied.',
  ];
  const n = a.fixed ? 6 : rng.int(0, 5);
  for (let i = 0; i < n; i++) {
    notes.push({
      id: String(a.idx * 50 + i + 1), body: rng.pick(noteTexts), isPinned: i === 0 && rng.chance(0.3),
      createdAt: isoDateTime(toMs(TODAY) - rng.int(1, 700) * DAY), createdBy: rng.pick(['jordan.ashby', 'priya.raman', 'tom.whelan', 'mai.nguyen']),
    });
  }
  if (a.lifeSupport) notes.unshift({ id: String(a.idx * 50), body: 'LIFE SUPPORT registered -- medical confirmation received. Do not disconnect.', isPinned: true, createdAt: a.createdAt, createdBy: 'priya.raman' });
  if (a.hardship) notes.unshift({ id: String(a.idx * 50 + 49), body: 'Hardship program: customer on $40/fortnight payment plan. Review in 3 months.', isPinned: true, createdAt: isoDateTime(toMs(TODAY) - 40 * DAY), createdBy: 'tom.whelan' });
  notes.sort((x, y) => (x.createdAt < y.createdAt ? 1 : -1));

  const references = [{ namespace: 'LEGACY_CRM', value: 'RE' + String(1000000 + a.idx * 7).slice(-7), createdAt: a.createdAt, updatedAt: a.createdAt }];
  const consents = [
    { id: `${a.idx}-marketing-email`, type: 'MARKETING_EMAIL', value: rng.chance(0.4) ? 'ACCEPTED' : 'REJECTED', updatedAt: a.createdAt },
    { id: `${a.idx}-marketing-sms`, type: 'MARKETING_SMS', value: rng.chance(0.25) ? 'ACCEPTED' : 'REJECTED', updatedAt: a.createdAt },
    { id: `${a.idx}-ebilling`, type: 'EBILLING', value: rng.chance(0.8) ? 'ACCEPTED' : 'REJECTED', updatedAt: a.createdAt },
  ];
  const campaigns = [];
  if (a.overdueBalance > 0) campaigns.push({ name: 'Collections -- overdue reminders', slug: 'collections-overdue', displayName: 'Collections', startDate: addDays(TODAY, -30), expiryDate: addDays(TODAY, 60), description: 'Overdue balance follow-up calls and SMS.' });
  if (a.status === 'PENDING') campaigns.push({ name: 'Move-in welcome', slug: 'move-in-welcome', displayName: 'Move-ins', startDate: a.createdAt.slice(0, 10), expiryDate: addDays(a.createdAt.slice(0, 10), 45), description: 'Welcome call for new move-in customers.' });
  if (rng.chance(0.1)) campaigns.push({ name: 'Retention -- contract end', slug: 'retention-contract-end', displayName: 'Retention', startDate: addDays(TODAY, -10), expiryDate: addDays(TODAY, 80), description: 'Offer review ahead of benefit period end.' });

  const hardshipAgreements = a.hardship ? [{
    id: String(60000 + a.idx), startDate: addDays(TODAY, -40), endDate: addDays(TODAY, 140), isActive: true,
    hardshipType: 'FINANCIAL', hardshipEntryReason: rng.pick(['REDUCED_INCOME', 'ILLNESS', 'UNEMPLOYMENT', 'FAMILY_VIOLENCE']),
    approvedBy: 'tom.whelan', createdAt: isoDateTime(toMs(TODAY) - 40 * DAY),
  }] : [];
  const plans = a.paymentPlan ? [{
    id: String(80000 + a.idx), status: 'ACTIVE', startDate: addDays(TODAY, -40), frequency: 'FORTNIGHTLY',
    instalmentAmount: a.hardship ? 4000 : Math.max(2000, Math.round(a.overdueBalance / 8)), numberOfInstalments: 8,
    totalAmount: Math.max(a.overdueBalance, 8000), paymentMethod: 'DIRECT_DEBIT', createdAt: isoDateTime(toMs(TODAY) - 40 * DAY),
    nextPaymentDate: addDays(TODAY, 6),
  }] : [];
  const schedules = [{
    id: String(90000 + a.idx), validFrom: a.createdAt.slice(0, 10), validTo: null,
    paymentDay: rng.int(1, 28), paymentFrequency: a.paymentPlan ? 'FORTNIGHTLY' : 'MONTHLY', paymentFrequencyMultiplier: 1,
    isVariablePaymentAmount: !a.paymentPlan, paymentAmount: a.paymentPlan ? plans[0].instalmentAmount : 0,
    isPaymentHoliday: false, reason: a.paymentPlan ? 'PAYMENT_PLAN' : 'GENERAL_BILL_PAYMENTS',
  }];
  // Complaints last, so the draws above (and every value they give) stay as they were.
  const complaintKinds = [
    ['BILLING', 'HIGH_BILL'], ['BILLING', 'ESTIMATED_READ'], ['CREDIT', 'DISCONNECTION_WARNING'],
    ['CUSTOMER_SERVICE', 'CALL_BACK_NOT_MADE'], ['METERING', 'METER_EXCHANGE_DELAY'], ['MARKETING', 'DOOR_TO_DOOR_SALES'],
  ];
  const complaintCount = a.fixed ? 2 : (a.overdueBalance > 0 || a.hardship ? rng.int(0, 2) : (rng.chance(0.08) ? 1 : 0));
  const complaints = [];
  for (let i = 0; i < complaintCount; i++) {
    const [type, subtype] = a.fixed ? complaintKinds[i] : rng.pick(complaintKinds);
    const raisedDaysAgo = rng.int(2, 400);
    const open = rng.chance(0.3);
    complaints.push({
      id: String(480000 + a.idx * 10 + i), type, subtype, creationDate: addDays(TODAY, -raisedDaysAgo),
      resolutionDate: open ? null : addDays(TODAY, -Math.max(0, raisedDaysAgo - rng.int(1, 30))),
      assigneeId: String(700 + rng.int(1, 40)), isOfficial: rng.chance(0.15),
    });
  }
  complaints.sort((x, y) => (x.creationDate < y.creationDate ? 1 : -1));
  // A fixed account's latest complaint stays open, so agents training (and the tour) see one.
  if (a.fixed && complaints.length) complaints[0].resolutionDate = null;
  return { notes, references, consents, campaigns, hardshipAgreements, plans, schedules, complaints };
}

module.exports = { generateTransactions, billsFromTransactions, paymentsFromTransactions, refundsFromTransactions, generateExtras };
