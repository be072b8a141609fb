#!/usr/bin/env node
// Regenerates fuzz/corpus/: small real answers from the sandbox (one per operation the models
// ingest, plus the sandbox's fault bodies). Run from anywhere: node fuzz/tools/make-corpus.js
// Output is committed; rerun when an operation or the sandbox's shapes change.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const outDir = path.join(root, 'fuzz', 'corpus');
const op = (name) => fs.readFileSync(path.join(root, 'resources', 'graphql', `${name}.graphql`), 'utf8');

const queries = [
  ['AccountsSearch', { searchTerms: { billingName: 'Tregellas' }, maxResults: 3 }],
  ['AccountsSearch', { searchTerms: { location: '2204' }, maxResults: 5 }, 'postcode'],
  ['AccountsByPhoneNumber', { phoneNumber: '+61491570110' }],
  ['AccountUserByEmail', { input: { accountUserEmail: 'siobhan.mulcahy@outlook.com' } }],
  ['AccountUserByEmail', { input: { accountUserEmail: 'nobody@example.com' } }, 'nobody'],
  ['AccountOverview', { accountNumber: 'A-2B7E41C9', accountNumbers: ['A-2B7E41C9'] }],
  ['AccountOverview', { accountNumber: 'A-5C19D3E8', accountNumbers: ['A-5C19D3E8'] }, 'business'],
  ['AccountOverview', { accountNumber: 'A-NOPE0000', accountNumbers: ['A-NOPE0000'] }, 'missing'],
  ['AccountTransactions', { accountNumber: 'A-2B7E41C9', first: 3 }],
  ['AccountBills', { accountNumber: 'A-2B7E41C9', first: 2 }],
  ['AccountPayments', { accountNumber: 'A-2B7E41C9', first: 2 }],
  ['AccountPaymentPlans', { accountNumber: 'A-2B7E41C9', first: 2 }],
  ['AccountComplaints', { accountNumber: 'A-2B7E41C9', first: 2 }],
  ['AccountPaymentSchedules', { accountNumber: 'A-2B7E41C9', first: 2 }],
  ['AccountNotes', { accountNumber: 'A-2B7E41C9' }],
  ['AccountLedgers', { accountNumber: 'A-2B7E41C9' }],
  ['AccountBillingDetails', { accountNumber: 'A-2B7E41C9' }],
  ['AccountConsents', { accountNumber: 'A-2B7E41C9' }],
  ['AccountReferences', { accountNumber: 'A-2B7E41C9' }],
  ['AccountCampaigns', { accountNumber: 'A-2B7E41C9' }],
  ['AccountProperties', { accountNumber: 'A-2B7E41C9' }],
  ['AccountSupplyPoints', { accountNumber: 'A-2B7E41C9', first: 2 }],
  ['ElectricityMeterReadings', { meterId: '800004', first: 3 }],
  ['ElectricityMeterReadings', { meterId: '800000', includeQuarantined: true, first: 3 }, 'accumulation'],
  ['EstimateMeterReadings', { marketIdentifier: '4102918273', periodStart: '2025-10-01T00:00:00+10:00', periodEnd: '2025-10-03T00:00:00+10:00', first: 2 }],
  ['SupplyPoint', { externalIdentifier: '4102918273', marketName: 'AU_ELECTRICITY' }],
  ['NmiLookup', { nmi: '4102918273', nmiId: '4102918273' }],
  ['VoiceCampaigns', { first: 3 }],
  ['VoiceCampaign', { campaignId: 'VC-1001' }],
  ['CampaignItems', { campaignId: 'VC-1001', first: 3 }],
  ['CallTags', { first: 3 }],
  ['CallTag', { id: '1' }],
  ['Call', { id: '880001' }],
  ['AgentCallCenterStatus', { supportUserName: 'jordan.ashby' }],
  ['InboundCallAverageWaitTime', {}],
  ['Viewer', {}],
  ['InkConversation', { accountNumber: 'A-8E4B92D1' }],
  // Enough events for every kind the sandbox has (email with HTML, remote images and a script,
  // SMS, live chat): each event carries its whole message, which the message view sanitises.
  ['InkConversationEvents', { accountNumber: 'A-8E4B92D1', first: 16 }],
  ['InkLiveChatConversations', { status: 'OPEN', first: 2 }],
  ['SignInMethods', {}],
  ['KrakenVersion', {}],
];
const faults = [
  ['AccountTransactions', { accountNumber: 'A-2B7E41C9', first: 2 }, 'disabled-field'],
  ['AccountOverview', { accountNumber: 'A-2B7E41C9', accountNumbers: ['A-2B7E41C9'] }, 'disabled-field'],
  ['Viewer', {}, 'expired-token'],
  ['Viewer', {}, 'rate-limit'],
  ['Viewer', {}, 'http-502'],
  ['Viewer', {}, 'malformed-json'],
];

async function main() {
  const server = spawn(process.execPath, ['server.js', '--port', '0', '--allow-faults'],
                       { cwd: path.join(root, 'sandbox'), stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    server.stdout.once('data', (chunk) => {
      const m = /listening on (\S+)/.exec(String(chunk));
      m ? resolve(m[1]) : reject(new Error(String(chunk)));
    });
    server.once('exit', (code) => reject(new Error(`sandbox exited ${code}`)));
  });
  const post = async (name, variables, headers = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: op(name), variables, operationName: name }),
    });
    return { status: response.status, text: await response.text() };
  };
  try {
    const signIn = JSON.parse((await post('ObtainKrakenToken',
                                          { input: { APIKey: 'sk_sandbox_agent_key' } })).text);
    const token = signIn.data.obtainKrakenToken.token;
    fs.mkdirSync(outDir, { recursive: true });
    const write = (file, text) => {
      // Tokens never go into the committed corpus.
      fs.writeFileSync(path.join(outDir, file), text.split(token).join('TOKEN'));
    };
    for (const [name, variables, suffix] of queries) {
      const { text } = await post(name, variables, { authorization: token });
      write(`${name}${suffix ? '-' + suffix : ''}.json`, text);
    }
    for (const [name, variables, fault] of faults) {
      const { text } = await post(name, variables, { authorization: token, 'x-sandbox-fault': fault });
      write(`fault-${fault}-${name}.json`, text);
    }
    write('unauthenticated-Viewer.json', (await post('Viewer', {})).text);
  } finally {
    server.kill('SIGTERM');
  }
}
main().catch((error) => { console.error(error); process.exit(1); });
