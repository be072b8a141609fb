#!/usr/bin/env node
'use strict';
// Generates sandbox/schema.graphql from the seed (reference/kraken-queries.txt) plus the
// hand-written tools/schema-overrides.graphql. Run: node tools/gen-schema.js
//
// 1. Every seed entry gives a Query field: argument names/types come from the operation's variable
//    declarations, the return type from `Type:` (or RETURN_TYPES below when the seed lacks it).
// 2. Fields of the returned type come from the example response: scalars inferred from the example
//    values, objects from bare type names ("address": RichAddressType), lists from [..] or a plural
//    field name (the reference drops the brackets of non-null lists), abstract types from `... on X`.
// 3. The overrides file adds/replaces fields, enum values, inputs, interfaces and unions (the shapes a
//    call-centre console needs, modelled on Kraken's published reference).
// 4. Every type still only known by name is filled in by convention (Relay connections/edges) or
//    with a minimal `id` field, so the SDL always builds.
const fs = require('fs');
const path = require('path');
const { parse, buildSchema, validateSchema, Kind } = require('graphql');
const { loadSeed, parseLoose, variableDeclarations, fieldArguments } = require('./seed-parser');

const OUT = path.join(__dirname, '..', 'schema.graphql');
const OVERRIDES = path.join(__dirname, 'schema-overrides.graphql');

const BUILTIN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
const CUSTOM_SCALARS = ['BigInt', 'Date', 'DateTime', 'Decimal', 'Duration', 'Email', 'FloatSafeDecimal',
  'GenericScalar', 'JSONString', 'NonEmptyString', 'NormalizedDecimal', 'Time', 'UUID', 'BusinessSectorString', 'RoleString'];
const SCALARS = new Set([...BUILTIN, ...CUSTOM_SCALARS]);

// Return types for seed entries without a `Type:` line (names from Kraken's published reference
// where it has them, otherwise named the way Kraken names such results).
const RETURN_TYPES = {
  accountDebtPosition: 'AccountDebtPositionType', accountReference: '[AccountReferenceType]',
  accountsSearch: '[AccountSearchItemType]', affiliateLinks: '[AffiliateLinkType!]!',
  agreementRollover: 'AgreementRolloverType', agreementsForRollover: '[CommonAgreementType]',
  apiBrownouts: 'APIBrownoutConnection', authorizedApplications: '[AuthorizedApplication]',
  bankDetailsValidation: 'BankDetailsValidationResult', centrepayDeductions: '[CentrepayDeductionType]',
  contractNoteReasons: '[ContractNoteReasonType]', defaultPaymentInstruction: 'PaymentInstructionType',
  depositAgreements: '[DepositAgreementOutput]', fraudMeterPointChecks: 'FraudMeterPointCheckType',
  fraudRiskLevel: 'FraudRiskLevelType', getOnSiteJobsRequestById: 'OnSiteJobsRequestType',
  inkMessageAttributes: 'InkMessageAttributesType', joinSupplierProcess: 'JoinSupplierProcessType',
  leads: 'LeadsConnection', leaveSupplierProcess: 'LeaveSupplierProcessType',
  legacyOrderDetails: 'LegacyOrderDetailsType', lifecycleProcesses: 'LifecycleProcessesType',
  loyaltyPointsBalance: 'LoyaltyPointsBalanceType', marketParticipant: 'MarketParticipantType',
  nmiType2Discovery: 'NMIType2DiscoveryOutput', node: 'Node', offerForQuoting: 'OfferType',
  offerGroupForQuoting: 'OfferGroupType', opportunities: 'OpportunitiesConnection',
  possibleErrors: 'PossibleErrors', propertiesSearch: '[PropertySearchResult!]!',
  quoteConfigurationByNumber: 'QuoteConfigurationType',
  quotingParamDefinitionsForProductOffering: 'QuotingParamDefinitionsType',
  routingAttributes: '[RoutingAttributeType!]!', serviceOrderFees: 'ServiceOrderFeeConnectionTypeConnection',
  termsAndConditionsForProduct: '[TermsAndConditionsType]', validateReferralCode: 'ReferralCodeType',
  verificationStatus: 'VerificationStatusType', vouchersBalanceDetail: 'VouchersBalanceDetailType',
};

// Enum names for `Type.field` where Kraken's name differs from `<Type minus "Type"><Field>`.
const ENUM_NAMES = {
  'AccountType.status': 'AccountStatus', 'AccountType.accountType': 'AccountTypeChoices',
  'AccountType.businessType': 'BusinessTypeOptions', 'AccountType.commsDeliveryPreference': 'CommsDeliveryPreference',
  'AccountType.documentAccessibility': 'DocumentAccessibilityChoices', 'AccountUserType.state': 'AustralianState',
  'PropertyType.state': 'AustralianState', 'VoiceCampaignType.status': 'CampaignStatus',
  'VoiceCampaignType.campaignType': 'TypeOfVoiceCampaign', 'InkConversation.status': 'InkConversationStatus',
  'Contract.status': 'ContractStatus',
};

// Abstract fields (`... on X`): union names.
const UNION_NAMES = {
  'AccountType.serviceOrders': 'ServiceOrderUnion', 'Contract.party': 'PartyUnion',
};

// Connection -> node type where the convention (strip ConnectionTypeConnection, add Type) is wrong.
const NODE_TYPES = {
  TransactionConnectionTypeConnection: 'TransactionType', BillConnectionTypeConnection: 'BillInterface',
  InkConversationEventsConnection: 'InkConversationEvent', InkConversationsConnection: 'InkConversation',
  PropertyConnection: 'PropertyInterface', MessageConnection: 'MessageInterface',
  PaymentInstructionConnectionTypeConnection: 'PaymentInstructionType', DevicesConnection: 'DeviceInterface',
  MeasurementConnection: 'MeasurementType', RatesConnectionFieldConnection: 'RateInterface',
  PrintMessageTypeConnection: 'PrintMessageType', LeadsConnection: 'LeadType', OpportunitiesConnection: 'OpportunityType',
  APIBrownoutConnection: 'APIBrownout', AccountConnectionTypeConnection: 'AccountType',
  ElectricityMeterReadingConnectionTypeConnection: 'ElectricityMeterReadingType',
  MeterReadingEstimationReadingConnection: 'MeterReadingEstimationReading',
  WorkflowTypeConnectionTypeConnection: 'WorkflowType',
  CallTagConnectionTypeConnection: 'CallTagType', VoiceCampaignConnectionTypeConnection: 'VoiceCampaignType',
  VoiceCampaignItemConnectionTypeConnection: 'VoiceCampaignItemType',
};

const CONNECTION_ARGS = [['before', 'String'], ['after', 'String'], ['first', 'Int'], ['last', 'Int']];
const SINGULAR_S = /(ss|us|is|ics|ress|Status|Address|Details|Alias|Series|News|Bonus|Canvas|Gas|Plus|Analysis)$/;

// ---------------------------------------------------------------------------------------------
const types = new Map(); // name -> {kind, fields: Map(name -> {type, args: Map}), values, members, interfaces}

function def(name, kind) {
  let t = types.get(name);
  if (!t) { t = { name, kind, fields: new Map(), values: new Set(), members: new Set(), interfaces: new Set() }; types.set(name, t); }
  else if (kind && (!t.kind || t.kind === 'type')) t.kind = kind;
  return t;
}
const named = (typeText) => typeText.replace(/[[\]!]/g, '');
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const isUpperEnum = (v) => typeof v === 'string' && /^[A-Z][A-Z0-9_]+$/.test(v) && v.length > 1;
const isPlural = (f) => /s$/.test(f) && !SINGULAR_S.test(f);

function scalarOf(v) {
  if (typeof v === 'boolean') return 'Boolean';
  if (v === '@@#Float') return 'Float';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Int' : 'Float';
  if (v && typeof v === 'object' && !Array.isArray(v)) return 'JSONString';
  if (typeof v !== 'string') return 'String';
  if (v === '@@GenericScalar') return 'GenericScalar';
  if (/^\d{4}-\d\d-\d\dT/.test(v)) return 'DateTime';
  if (/^\d{4}-\d\d-\d\d$/.test(v)) return 'Date';
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-/.test(v)) return 'UUID';
  if (/^-?\d+\.\d+$/.test(v)) return 'Decimal';
  if (/^\d\d:\d\d(:\d\d)?$/.test(v)) return 'Time';
  return 'String';
}

function setField(typeName, fieldName, typeText, args) {
  const t = def(typeName);
  const existing = t.fields.get(fieldName);
  if (existing && existing.locked) return;
  t.fields.set(fieldName, { type: typeText, args: args || (existing && existing.args) || new Map() });
}

function ensureObject(name) {
  if (SCALARS.has(name)) return;
  const kind = /Interface$/.test(name) || name === 'Node' ? 'interface' : 'type';
  def(name, kind);
}

/** Add the fields selected under `sel` (graphql AST selection set) to type `typeName`. */
function addSelections(typeName, sel, sample) {
  const inline = sel.selections.filter((s) => s.kind === Kind.INLINE_FRAGMENT);
  if (inline.length) {
    const t = def(typeName, /Interface$/.test(typeName) || typeName === 'Node' ? 'interface' : 'union');
    for (const f of inline) {
      const member = f.typeCondition.name.value;
      ensureObject(member);
      if (t.kind === 'union') t.members.add(member); else def(member).interfaces.add(typeName);
    }
  }
  for (const s of sel.selections) {
    if (s.kind !== Kind.FIELD) continue;
    const fname = s.name.value;
    const value = sample && typeof sample === 'object' && !Array.isArray(sample) ? sample[fname] : undefined;
    setField(typeName, fname, fieldType(typeName, fname, value, s));
  }
}

function fieldType(parent, fname, value, node) {
  const list = Array.isArray(value);
  const v = list ? value[0] : value;
  if (node.selectionSet) {
    const inline = node.selectionSet.selections.filter((s) => s.kind === Kind.INLINE_FRAGMENT);
    const spread = node.selectionSet.selections.find((s) => s.kind === Kind.FRAGMENT_SPREAD);
    let name = typeof v === 'string' && v.startsWith('@@') ? v.slice(2) : null;
    if (!name && spread) name = spread.name.value.replace(/Fragment$/, '');
    if (inline.length) {
      const members = inline.map((f) => f.typeCondition.name.value);
      if (!name || members.includes(name)) name = UNION_NAMES[`${parent}.${fname}`] || `${parent.replace(/Type$/, '')}${cap(fname)}Union`;
    }
    if (!name) name = `${parent.replace(/Type$/, '')}${cap(fname)}Type`;
    ensureObject(name);
    addSelections(name, node.selectionSet, v && typeof v === 'object' ? v : undefined);
    if (/Connection$/.test(name)) return name;
    if (fname === 'edges') return `[${name}]`;
    return list || isPlural(fname) ? `[${name}]` : name;
  }
  if (typeof v === 'string' && v.startsWith('@@') && v !== '@@GenericScalar' && v !== '@@#Float') {
    const name = v.slice(2);
    // selected as a leaf in Kraken's own operation, so it cannot be an object type: keep it opaque
    if (!SCALARS.has(name)) return list || isPlural(fname) ? '[GenericScalar]' : 'GenericScalar';
    return list ? `[${name}]` : name;
  }
  let scalar;
  if (isUpperEnum(v)) {
    scalar = ENUM_NAMES[`${parent}.${fname}`] || `${parent.replace(/Type$/, '')}${cap(fname)}`;
    def(scalar, 'enum').values.add(v);
  } else scalar = value === undefined ? 'String' : scalarOf(v);
  if (fname === 'id' && scalar === 'String') scalar = 'ID';
  return list ? `[${scalar}]` : scalar;
}

// ---------------------------------------------------------------------------------------------
function addSeed(seed) {
  const query = def('Query', 'type');
  const inputSamples = {};
  for (const e of seed) {
    const doc = parse(e.operation);
    const op = doc.definitions[0];
    const top = op.selectionSet.selections[0];
    const decls = variableDeclarations(e.operation);
    const vars = parseLoose(e.variablesText) || {};
    const args = new Map();
    for (const a of fieldArguments(e.operation, e.name)) {
      const typeText = decls[a.variable];
      args.set(a.name, typeText);
      const n = named(typeText);
      if (SCALARS.has(n)) continue;
      const sample = Array.isArray(vars[a.variable]) ? vars[a.variable][0] : vars[a.variable];
      if (isUpperEnum(sample)) def(n, 'enum').values.add(sample);
      else if (!types.has(n)) inputSamples[n] = def(n, 'input');
    }
    let returnType = e.returnType || RETURN_TYPES[e.name];
    const data = e.responseText ? parseLoose(e.responseText).data : {};
    let sample = data[e.name];
    if (!returnType && sample && sample.edges) returnType = sample.edges.slice(2).replace(/Edge$/, 'Connection');
    if (!returnType) throw new Error(`no return type for ${e.name}`);
    const rt = named(returnType);
    if (Array.isArray(sample)) sample = sample[0];
    if (!SCALARS.has(rt)) {
      ensureObject(rt);
      if (top.selectionSet) addSelections(rt, top.selectionSet, sample && typeof sample === 'object' ? sample : undefined);
    }
    query.fields.set(e.name, { type: returnType, args, locked: true });
  }
}

/** Merge the overrides SDL: fields replace generated ones, enum values/members/interfaces add up. */
function addOverrides(sdl) {
  const { print } = require('graphql');
  const doc = parse(sdl);
  const kinds = {
    ObjectTypeDefinition: 'type', ObjectTypeExtension: 'type', InterfaceTypeDefinition: 'interface',
    UnionTypeDefinition: 'union', EnumTypeDefinition: 'enum', InputObjectTypeDefinition: 'input', ScalarTypeDefinition: 'scalar',
  };
  for (const d of doc.definitions) {
    const kind = kinds[d.kind];
    const t = def(d.name.value);
    t.kind = kind;
    for (const i of d.interfaces || []) t.interfaces.add(i.name.value);
    for (const m of d.types || []) t.members.add(m.name.value);
    for (const v of d.values || []) t.values.add(v.name.value);
    for (const f of d.fields || []) {
      const args = new Map((f.arguments || []).map((a) => [a.name.value, print(a.type) + (a.defaultValue ? ` = ${print(a.defaultValue)}` : '')]));
      const typeText = print(f.type) + (f.defaultValue ? ` = ${print(f.defaultValue)}` : '');
      const existing = t.fields.get(f.name.value);
      if (existing && existing.locked) continue; // Query fields stay exactly as the seed says
      t.fields.set(f.name.value, { type: typeText, args, fromOverride: true });
    }
  }
}

/** Fill in every type known only by name, and apply conventions (connections, interfaces). */
function complete() {
  let changed = true;
  while (changed) {
    changed = false;
    for (const t of [...types.values()]) {
      if (t.kind === 'type' && /Connection$/.test(t.name) && !t.fields.has('pageInfo')) {
        const edge = t.name.replace(/Connection$/, 'Edge');
        t.fields.set('pageInfo', { type: 'PageInfo!', args: new Map() });
        t.fields.set('edges', { type: `[${edge}]!`, args: new Map() });
        t.fields.set('totalCount', { type: 'Int!', args: new Map() });
        t.fields.set('edgeCount', { type: 'Int!', args: new Map() });
        changed = true;
      }
      if (t.kind === 'type' && /Connection$/.test(t.name)) {
        const edge = t.fields.has('edges') ? named(t.fields.get('edges').type) : t.name.replace(/Connection$/, 'Edge');
        for (const f of ['pageInfo', 'totalCount', 'edgeCount']) {
          const want = f === 'pageInfo' ? 'PageInfo!' : 'Int!';
          if (!t.fields.has(f) || t.fields.get(f).type !== want) t.fields.set(f, { type: want, args: new Map() });
        }
        t.fields.set('edges', { type: `[${edge}]!`, args: new Map() });
        const e = def(edge, 'type');
        if (!e.fields.has('cursor')) {
          e.fields.set('cursor', { type: 'String!', args: new Map() });
          changed = true;
        }
        if (!e.fields.has('node')) {
          const node = NODE_TYPES[t.name] || t.name.replace(/ConnectionTypeConnection$/, 'Type').replace(/Connection$/, '');
          ensureObject(node);
          e.fields.set('node', { type: node, args: new Map() });
          changed = true;
        }
      }
      // fields returning a connection take the Relay arguments
      for (const [fname, f] of t.fields) {
        if (t.name === 'Query' || t.kind === 'input') continue;
        if (/Connection$/.test(named(f.type)) && !CONNECTION_ARGS.every(([a]) => f.args.has(a))) {
          for (const [a, at] of CONNECTION_ARGS) if (!f.args.has(a)) f.args.set(a, at);
          changed = true;
        }
        const n = named(f.type);
        if (!types.has(n) && !SCALARS.has(n)) { ensureObject(n); changed = true; }
        for (const at of f.args.values()) {
          const an = named(at.split('=')[0].trim());
          if (!types.has(an) && !SCALARS.has(an)) { def(an, 'input'); changed = true; }
        }
      }
      if (t.kind === 'union' && !t.members.size) { t.kind = 'interface'; changed = true; }
      if ((t.kind === 'type' || t.kind === 'interface' || t.kind === 'input') && !t.fields.size) {
        t.fields.set(t.kind === 'input' ? 'value' : 'id', { type: t.kind === 'input' ? 'String' : 'ID', args: new Map() });
        changed = true;
      }
      if (t.kind === 'enum' && !t.values.size) t.values.add('UNKNOWN');
    }
  }
  // objects implementing an interface get the interface's fields; interfaces get an implementation
  for (const t of types.values()) {
    for (const i of t.interfaces) {
      const it = types.get(i);
      for (const [fname, f] of it.fields) if (!t.fields.has(fname)) t.fields.set(fname, { ...f });
      for (const ii of it.interfaces) t.interfaces.add(ii);
    }
  }
  for (const it of types.values()) {
    if (it.kind !== 'interface') continue;
    const impls = [...types.values()].filter((t) => t.kind === 'type' && t.interfaces.has(it.name));
    if (!impls.length) {
      const impl = def(it.name.replace(/Interface$/, '') + (it.name.endsWith('Interface') ? 'Type' : 'Impl'), 'type');
      impl.interfaces.add(it.name);
      for (const [fname, f] of it.fields) if (!impl.fields.has(fname)) impl.fields.set(fname, { ...f });
    }
  }
}

function printSchema() {
  const out = ['# GENERATED by tools/gen-schema.js from reference/kraken-queries.txt and tools/schema-overrides.graphql.',
    '# Do not edit by hand: change the generator or the overrides and run `node tools/gen-schema.js`.', ''];
  for (const s of CUSTOM_SCALARS) out.push(`scalar ${s}`);
  out.push('');
  const order = ['Query', 'Mutation'];
  const rest = [...types.keys()].filter((n) => !order.includes(n) && !SCALARS.has(n)).sort();
  for (const name of [...order.filter((n) => types.has(n)), ...rest]) {
    const t = types.get(name);
    if (t.kind === 'scalar') continue;
    if (t.kind === 'enum') { out.push(`enum ${name} {\n${[...t.values].map((v) => `  ${v}`).join('\n')}\n}\n`); continue; }
    if (t.kind === 'union') { out.push(`union ${name} = ${[...t.members].join(' | ')}\n`); continue; }
    const impl = t.interfaces.size ? ` implements ${[...t.interfaces].join(' & ')}` : '';
    const lines = [...t.fields].map(([fname, f]) => {
      const args = f.args && f.args.size ? `(${[...f.args].map(([a, at]) => `${a}: ${at}`).join(', ')})` : '';
      return `  ${fname}${args}: ${f.type}`;
    });
    out.push(`${t.kind === 'input' ? 'input' : t.kind} ${name}${impl} {\n${lines.join('\n')}\n}\n`);
  }
  return out.join('\n');
}

function generate() {
  types.clear();
  addSeed(loadSeed());
  addOverrides(fs.readFileSync(OVERRIDES, 'utf8'));
  complete();
  const sdl = printSchema();
  const errors = validateSchema(buildSchema(sdl));
  if (errors.length) throw new Error(errors.map((e) => e.message).join('\n'));
  return sdl;
}

if (require.main === module) {
  const sdl = generate();
  fs.writeFileSync(OUT, sdl);
  const counts = {};
  for (const t of types.values()) counts[t.kind] = (counts[t.kind] || 0) + 1;
  console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${types.get('Query').fields.size} query fields,`, counts);
}

module.exports = { generate, RETURN_TYPES };
