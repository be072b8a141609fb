'use strict';
// Query resolvers: voiceCampaigns, voiceCampaign (campaignItems), callTags, callTag, call,
// agentCallCenterStatus, inboundCallAverageWaitTime.
const { conn, notFound, invalid } = require('./common');

function callResolvers(store, nodes) {
  const tagById = new Map(store.callTags.map((t) => [t.id, t]));
  const tagNode = (t) => ({ __typename: 'CallTagType', ...t });

  nodes.campaignItem = (it) => ({ __typename: 'VoiceCampaignItemType', ...it });

  nodes.voiceCampaign = (c) => ({
    __typename: 'VoiceCampaignType', id: c.id, name: c.name, description: c.description, status: c.status,
    campaignType: c.campaignType, customOutboundPhoneNumber: c.customOutboundPhoneNumber,
    preventDuplicateRecords: c.preventDuplicateRecords,
    tags: conn(() => c.tagIds.map((id) => tagById.get(id)).filter(Boolean), tagNode),
    campaignItems: conn(() => store.campaignItems(c), nodes.campaignItem),
  });

  nodes.call = (call) => ({
    ...call,
    account: () => nodes.account(store.accounts[call.accountIdx]),
    tags: call.tagIds.map((id) => tagNode(tagById.get(id))),
    metadata: call.metadata.map((m) => ({ __typename: 'CallMetadataItemType', ...m })),
  });

  return {
    voiceCampaigns(args) {
      const name = args.name ? String(args.name).toLowerCase() : null;
      const list = store.campaigns.filter((c) => (!args.status || c.status === args.status)
        && (!args.campaignType || c.campaignType === args.campaignType) && (!name || c.name.toLowerCase().includes(name)));
      return conn(() => list, nodes.voiceCampaign)(args);
    },

    voiceCampaign(args) {
      const c = store.campaignById(args.campaignId);
      if (!c) throw notFound('KT-CT-11501', 'Voice campaign not found.');
      return nodes.voiceCampaign(c);
    },

    callTags(args) {
      const name = args.name ? String(args.name).toLowerCase() : null;
      const list = store.callTags.filter((t) => (args.isActive == null || t.isActive === args.isActive) && (!name || t.name.toLowerCase().includes(name)));
      return conn(() => list, tagNode)(args);
    },

    callTag(args) {
      const t = tagById.get(String(args.id));
      if (!t) throw notFound('KT-CT-11809', 'Call tag not found.');
      return tagNode(t);
    },

    call(args) {
      const c = store.call(args.id);
      if (c && c.invalid) throw invalid('KT-CT-11817', 'Invalid call ID.', [{ message: 'Use an integer or UUID call id.', inputPath: ['id'] }]);
      if (!c) throw notFound('KT-CT-11802', 'Call not found.');
      return nodes.call(c);
    },

    agentCallCenterStatus(args) {
      const agent = store.agentByUsername(args.supportUserName);
      if (!agent) throw notFound('KT-CT-7813', 'Support user not found with that username.');
      return { __typename: 'AgentCallCenterStatusType', ...store.agentStatus(agent) };
    },

    inboundCallAverageWaitTime() {
      return { __typename: 'InboundCallAverageWaitTimeType', ...store.averageWaitTime() };
    },
  };
}

module.exports = { callResolvers };
