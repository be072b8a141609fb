'use strict';
// Query resolvers: inkConversation, inkMessage, inkMessageTextContent, inkLiveChatConversations.
const { conn, fail, notFound, invalid } = require('./common');
const { fromRelayId } = require('../data/ink');

const LIVE_CHAT_STATUSES = new Set(['OPEN', 'CLOSED', 'SNOOZED']);

function inkResolvers(store, nodes) {
  nodes.inkConversation = (c) => {
    const a = store.accounts[c.accountIdx];
    const fullName = `${a.user.givenName} ${a.user.familyName}`;
    return {
      __typename: 'InkConversation', id: c.relayId, status: c.status, accountNumber: c.accountNumber,
      lastMessageAt: c.lastMessageAt, buckets: c.buckets.map((b) => ({ __typename: 'InkBucket', ...b })),
      tags: c.tags.map((t) => ({ __typename: 'InkTag', ...t })),
      accountUsers: () => nodes.usersOf(a),
      contactChannelIdentities: {
        __typename: 'InkContactChannelIdentities',
        default: { channel: 'EMAIL', handle: a.user.email, displayName: fullName },
        all: [
          { channel: 'EMAIL', handle: a.user.email, displayName: fullName },
          { channel: 'SMS', handle: a.user.mobile, displayName: fullName },
        ],
      },
      // Each event carries its whole message (the reference's InkNewMessage.message).
      events: conn(() => c.events, (e) => ({ ...e, message: { ...e.message } })),
    };
  };

  // Relay ids are base64("Type:pk"); a bare number is taken as the pk.
  const messageFromRelay = (value) => {
    const parsed = fromRelayId(value);
    if (!parsed) return null;
    const m = store.inkMessage(parsed.id);
    return m && (!parsed.type || parsed.type === m.__typename) ? m : null;
  };

  return {
    inkConversation(args) {
      if (args.conversationRelayId) {
        const parsed = fromRelayId(args.conversationRelayId);
        if (!parsed || (parsed.type && parsed.type !== 'InkConversation')) throw invalid('KT-CT-7638', 'Invalid conversation ID.', [{ message: 'Invalid conversation ID.', inputPath: ['conversationRelayId'] }]);
        const c = store.conversationById(parsed.id);
        if (!c) throw notFound('KT-CT-7612', 'The Ink conversation was not found.');
        return nodes.inkConversation(c);
      }
      if (!args.accountNumber) throw invalid('KT-CT-7617', 'Must supply account number or relay id to get a conversation.', []);
      const a = store.accountByNumber(args.accountNumber);
      if (!a) throw fail('KT-CT-4177');
      const c = store.conversation(a);
      if (!c.events.length) throw notFound('KT-CT-7610', 'No Ink conversation for account.');
      return nodes.inkConversation(c);
    },

    inkMessage(args) {
      const m = messageFromRelay(args.messageRelayId);
      if (!m) throw notFound('KT-CT-7611', 'The message was not found.');
      return { ...m };
    },

    inkMessageTextContent(args) {
      const m = messageFromRelay(args.messageId);
      if (!m) throw notFound('KT-CT-7611', 'The message was not found.');
      return m.textContent;
    },

    inkLiveChatConversations(args) {
      const status = args.status ? String(args.status).toUpperCase() : null;
      // An unknown status matches nothing (no error is documented for this query).
      const list = status && !LIVE_CHAT_STATUSES.has(status) ? [] : store.liveChats().filter((h) => !status || h.status === status);
      return conn(() => list, (h) => {
        const c = store.conversationById(h.id);
        return { ...nodes.inkConversation(c), status: h.status, lastMessageAt: h.lastMessageAt };
      })(args);
    },
  };
}

module.exports = { inkResolvers };
