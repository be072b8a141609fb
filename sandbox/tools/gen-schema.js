#!/usr/bin/env node
'use strict';
// Generates sandbox/schema.graphql. Run: node tools/gen-schema.js (needs ../shared/kraken-schemas,
// or KAC_REFERENCE_SCHEMA=FILE).
//
// 1. Query: every seed entry (../shared/seed/kraken-queries.txt, Red Energy's own reference) gives a field
//    with the seed's arguments and types; its return type is the seed's `Type:` line, else the
//    reference's, else RETURN_TYPES below. Arguments the reference adds (accounts(phoneNumber:)) join.
// 2. Every type beneath Query and the MUTATIONS below is the reference's shape (Origin Energy
//    AU): fields, arguments, input fields, enum values, interfaces and unions; no descriptions.
// 3. A type the reference lacks (seed-only) is guessed from the seed's example response: scalars
//    from the example values, objects from bare type names, Relay connections by convention.
const fs = require('fs');
const path = require('path');
const { parse, buildSchema, validateSchema, Kind } = require('graphql');
const { loadSeed, parseLoose, variableDeclarations, fieldArguments } = require('./seed-parser');

const OUT = path.join(__dirname, '..', 'schema.graphql');
const MUTATIONS = ['obtainKrakenToken', 'createAccountNote'];

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

/** Marks a field the seed's own example operation selects (it exists on Red Energy's Kraken). */
function markSelectedBySeed(typeName, fieldName) {
  types.get(typeName).fields.get(fieldName).selectedBySeed = true;
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
    markSelectedBySeed(typeName, fname);
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

// ---------------------------------------------------------------------------------------------
// The reference: every type beneath the Query fields takes its shape from a live Kraken's
// introspected schema (Origin Energy AU, the nearest public relative of Red Energy's platform).
// Only shapes are taken (names, fields, arguments, input fields, enum values, interfaces, unions);
// descriptions and deprecation reasons are dropped. The reference is read only when the schema is
// regenerated; sandbox/schema.graphql is committed and needs nothing outside the project.
const REFERENCE = process.env.KAC_REFERENCE_SCHEMA ||
  path.join(__dirname, '..', '..', '..', 'shared', 'kraken-schemas', 'origin-au-2026-07-27.graphql');

function loadReference(file) {
  const doc = parse(fs.readFileSync(file, 'utf8'), { noLocation: true });
  const byName = new Map();
  for (const d of doc.definitions) if (d.name && !/Extension$/.test(d.kind)) byName.set(d.name.value, d);
  return byName;
}

/** The definition without descriptions, deprecation reasons or other directives. */
function shapeOf(definition) {
  const { visit } = require('graphql');
  return visit(definition, {
    enter(node) {
      if (node.description) return { ...node, description: undefined };
      return undefined;
    },
    Directive(node) {
      if (node.name.value !== 'deprecated') return null;
      return { ...node, arguments: [] };
    },
  });
}

function namedTypeNames(definition) {
  const names = new Set();
  const { visit } = require('graphql');
  visit(definition, { NamedType(node) { names.add(node.name.value); } });
  names.delete(definition.name.value);
  return names;
}

/**
 * Query keeps the seed's fields and arguments (Red Energy's own reference wins); a return type the
 * seed does not state, and arguments the seed does not show, come from the reference.
 */
function mergeQuery(reference) {
  const refQuery = reference.get('Query');
  const refFields = new Map((refQuery.fields || []).map((f) => [f.name.value, f]));
  const { print } = require('graphql');
  const seedReturnTypes = new Map(loadSeed().map((e) => [e.name, e.returnType]));
  for (const [name, field] of types.get('Query').fields) {
    const ref = refFields.get(name);
    if (!ref) continue;
    if (!seedReturnTypes.get(name)) field.type = print(ref.type);
    for (const a of ref.arguments || []) {
      if (!field.args.has(a.name.value)) field.args.set(a.name.value, print(a.type) + (a.defaultValue ? ` = ${print(a.defaultValue)}` : ''));
    }
  }
  // The mutations the console sends (sign-in, and the agent actions the sandbox implements with
  // state), exactly as the reference has them.
  def('Mutation', 'type');
  for (const name of MUTATIONS) {
    const mutation = (reference.get('Mutation').fields || []).find((f) => f.name.value === name);
    types.get('Mutation').fields.set(name, {
      type: print(mutation.type), args: new Map(mutation.arguments.map((a) => [a.name.value, print(a.type)])), locked: true,
    });
  }
}

/** Types reachable from Query and Mutation: the reference's shape where it has the type, else the guessed one. */
function reachableTypes(reference) {
  const reached = new Map(); // name -> 'reference' | 'seed'
  const stack = ['Query', 'Mutation'];
  while (stack.length) {
    const name = stack.pop();
    if (reached.has(name) || BUILTIN.has(name)) continue;
    if (name !== 'Query' && name !== 'Mutation' && reference.has(name)) {
      reached.set(name, 'reference');
      const d = reference.get(name);
      stack.push(...namedTypeNames(d));
      for (const f of seedOnlyFields(name, d)) stack.push(named(f.type));
      if (d.kind === Kind.INTERFACE_TYPE_DEFINITION) {
        for (const other of reference.values()) {
          if ((other.interfaces || []).some((i) => i.name.value === name)) stack.push(other.name.value);
        }
      }
      continue;
    }
    const t = types.get(name);
    if (!t) { if (!SCALARS.has(name)) throw new Error(`type ${name} is neither in the reference nor generated`); continue; }
    reached.set(name, 'seed');
    for (const f of t.fields.values()) {
      stack.push(named(f.type.split('=')[0].trim()));
      for (const at of f.args.values()) stack.push(named(at.split('=')[0].trim()));
    }
    for (const n of [...t.members, ...t.interfaces]) stack.push(n);
  }
  return reached;
}

/**
 * Fields the seed's example operations select on a type the reference has without them: the seed
 * wins (it is Red Energy's own reference), so they join the reference's shape.
 */
function seedOnlyFields(name, definition) {
  const t = types.get(name);
  if (!t || !definition.fields) return [];
  const have = new Set(definition.fields.map((f) => f.name.value));
  return [...t.fields].filter(([fname, f]) => f.selectedBySeed && !have.has(fname)).map(([fname, f]) => ({ name: fname, ...f }));
}

function printReferenceShape(name, definition) {
  const { print } = require('graphql');
  const extra = seedOnlyFields(name, definition);
  if (!extra.length) return print(shapeOf(definition));
  const added = parse(`type X { ${extra.map((f) => `${f.name}: ${f.type}`).join(' ')} }`).definitions[0].fields;
  return print({ ...shapeOf(definition), fields: [...shapeOf(definition).fields, ...added] });
}

function printGuessed(name) {
  const t = types.get(name);
  if (t.kind === 'scalar') return `scalar ${name}\n`;
  if (t.kind === 'enum') return `enum ${name} {\n${[...t.values].map((v) => `  ${v}`).join('\n')}\n}\n`;
  if (t.kind === 'union') return `union ${name} = ${[...t.members].join(' | ')}\n`;
  const impl = t.interfaces.size ? ` implements ${[...t.interfaces].join(' & ')}` : '';
  const lines = [...t.fields].map(([fname, f]) => {
    const args = f.args && f.args.size ? `(${[...f.args].map(([a, at]) => `${a}: ${at}`).join(', ')})` : '';
    return `  ${fname}${args}: ${f.type}`;
  });
  return `${t.kind === 'input' ? 'input' : t.kind} ${name}${impl} {\n${lines.join('\n')}\n}\n`;
}

function printSchema(reference, reached) {
  const out = ['# GENERATED by tools/gen-schema.js: Query fields from ../shared/seed/kraken-queries.txt (the seed), every',
    '# type beneath them shaped as the Origin Energy AU Kraken has it (names and types only); seed-only types',
    '# guessed from the seed\'s examples. Do not edit by hand: run `node tools/gen-schema.js`.', ''];
  const order = ['Query', 'Mutation'];
  const rest = [...reached.keys()].filter((n) => !order.includes(n)).sort();
  for (const name of [...order, ...rest]) {
    if (reached.get(name) === 'reference') out.push(printReferenceShape(name, reference.get(name)) + '\n');
    else if (SCALARS.has(name)) out.push(`scalar ${name}\n`);
    else out.push(printGuessed(name));
  }
  return out.join('\n');
}

function generate(referenceFile = REFERENCE) {
  types.clear();
  addSeed(loadSeed());
  complete();
  const reference = loadReference(referenceFile);
  mergeQuery(reference);
  const reached = reachableTypes(reference);
  const sdl = printSchema(reference, reached);
  const errors = validateSchema(buildSchema(sdl));
  if (errors.length) throw new Error(errors.map((e) => e.message).join('\n'));
  return { sdl, reached };
}

if (require.main === module) {
  const { sdl, reached } = generate();
  fs.writeFileSync(OUT, sdl);
  const counts = { reference: 0, seed: 0 };
  for (const from of reached.values()) counts[from] += 1;
  console.log(`wrote ${path.relative(process.cwd(), OUT)}: ${types.get('Query').fields.size} query fields,`,
    `${counts.reference} types shaped as the reference, ${counts.seed} seed-only`);
}

module.exports = { generate, RETURN_TYPES, REFERENCE };
