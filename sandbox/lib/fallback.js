'use strict';
// Deterministic, realistic-looking values for fields no resolver supplies. The value depends only
// on a key (parent id + field name, or the response path) so the same query always gets the same
// answer. Heuristics on the field name make strings look like Australian retail-energy data.
const { getNamedType, isNonNullType, isListType, isEnumType, isAbstractType, isObjectType } = require('graphql');
const { connectionFromArray, decodeCursor } = require('./connection');

const GIVEN = ['Olivia', 'Jack', 'Charlotte', 'William', 'Mia', 'Noah', 'Isla', 'Lachlan', 'Chloe', 'Cooper', 'Ruby', 'Harrison'];
const FAMILY = ['Nguyen', 'Smith', 'Williams', 'Brown', 'Wilson', 'Taylor', 'Kelly', "O'Brien", 'Papadopoulos', 'Singh', 'Murphy', 'Chen'];
const STREETS = ['George Street', 'Bourke Street', 'Chapel Street', 'Lygon Street', 'Military Road', 'Beach Road', 'High Street', 'Station Street'];
const SUBURBS = [['Brunswick', 'VIC', '3056'], ['Newtown', 'NSW', '2042'], ['Paddington', 'QLD', '4064'], ['Glenelg', 'SA', '5045'],
  ['Fitzroy', 'VIC', '3065'], ['Manly', 'NSW', '2095'], ['Braddon', 'ACT', '2612'], ['Sandy Bay', 'TAS', '7005']];
const WORDS = ['Standard', 'Residential', 'Monthly', 'Peak', 'Off-peak', 'Shoulder', 'Solar', 'Basic', 'Premium', 'Seasonal'];
const SENTENCES = ['Customer asked about their latest bill.', 'Meter read received from the distributor.',
  'Payment received via BPAY, thank you.', 'Plan details confirmed with the customer.', 'Follow-up scheduled for next week.'];
const BASE_MS = Date.UTC(2025, 5, 1);
const DAY = 86400000;

/** FNV-1a 32-bit hash of a string. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

function pathKey(path) {
  const parts = [];
  for (let p = path; p; p = p.prev) parts.unshift(p.key);
  return parts.join('.');
}

const pick = (list, h) => list[h % list.length];
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);

function stringFor(name, h) {
  const n = name.toLowerCase();
  const given = pick(GIVEN, h);
  const family = pick(FAMILY, h >>> 7);
  const [suburb, state, postcode] = pick(SUBURBS, h >>> 3);
  if (n.includes('email') || n.endsWith('handle')) return `${given}.${family}`.toLowerCase().replace(/'/g, '') + '@example.com.au';
  if (/phone|mobile|landline|callernumber|callednumber/.test(n)) return '+614' + String(10000000 + (h % 89999999));
  if (/postcode|postalcode/.test(n)) return postcode;
  if (/(given|first|preferred)name/.test(n)) return given;
  if (/(family|last)name/.test(n)) return family;
  if (/name$/.test(n) && !/(user|file|host|display)name$/.test(n) || n === 'fullname' || n === 'displayname') {
    return /business|company|organi[sz]ation/.test(n) ? `${family} Holdings Pty Ltd` : `${given} ${family}`;
  }
  if (n === 'username' || n.endsWith('username')) return `${given}.${family}`.toLowerCase().replace(/'/g, '');
  if (n === 'filename') return `document-${h % 10000}.pdf`;
  if (n.includes('url')) return `https://sandbox.kraken.test/files/${h.toString(16)}`;
  if (n === 'nmi' || n.endsWith('nmi')) return '41' + String(h).padStart(8, '0').slice(0, 8);
  if (n === 'mirn' || n.endsWith('mirn')) return '52' + String(h).padStart(8, '0').slice(0, 8);
  if (n.includes('serial')) return 'SN' + String(h % 100000000).padStart(8, '0');
  if (/accountnumber|^number$|leadaccountnumber/.test(n)) return 'A-' + h.toString(16).toUpperCase().padStart(8, '0');
  if (/(^|[a-z])id$|^id/.test(n)) return String(100000 + (h % 900000));
  if (/(date|at|from|to)$/.test(n) && /date|at$|valid/.test(n)) return new Date(BASE_MS - (h % 700) * DAY).toISOString();
  if (/addressline1|streetaddress|line1|^address$|billingaddress$/.test(n)) return `${1 + (h % 180)} ${pick(STREETS, h >>> 5)}`;
  if (/locality|suburb|city|addressline2/.test(n)) return suburb;
  if (/administrativearea|^state$|addressline3/.test(n)) return state;
  if (/country/.test(n)) return 'AU';
  if (/currency/.test(n)) return 'AUD';
  if (/subject|title/.test(n)) return pick(['Your latest Red Energy bill', 'Payment received', 'Meter read update', 'Moving house', 'Plan change confirmation'], h);
  if (/description|body|message|note|content|summary|reason|text/.test(n)) return pick(SENTENCES, h);
  if (/code|slug|key|namespace/.test(n)) return pick(WORDS, h).toLowerCase() + '-' + (h % 100);
  if (/status/.test(n)) return pick(['ACTIVE', 'PENDING', 'COMPLETED'], h);
  return `${pick(WORDS, h)} ${name.replace(/([A-Z])/g, ' $1').toLowerCase()}`.trim();
}

function scalarFor(typeName, fieldName, h) {
  const n = fieldName.toLowerCase();
  switch (typeName) {
    case 'Int': case 'BigInt':
      if (/amount|balance|total|charge|cost|price|debt|payment|credit|value/.test(n)) return 1000 + (h % 49000);
      if (/count|number|attempts/.test(n)) return h % 6;
      if (/days/.test(n)) return 1 + (h % 30);
      if (/seconds/.test(n)) return 30 + (h % 900);
      return 1 + (h % 100);
    case 'Float': return /lat/.test(n) ? -33.8 - (h % 100) / 100 : /long|lng/.test(n) ? 151 + (h % 100) / 100 : Math.round((h % 10000)) / 100;
    case 'Decimal': case 'FloatSafeDecimal': case 'NormalizedDecimal': return ((h % 100000) / 100).toFixed(2);
    case 'Boolean': return (h & 4) === 0;
    case 'ID': return String(100000 + (h % 900000));
    case 'Date': return /birth/.test(n) ? isoDate(Date.UTC(1950, 0, 1) + (h % 18000) * DAY) : isoDate(BASE_MS - (h % 700) * DAY);
    case 'DateTime': return new Date(BASE_MS - (h % 700) * DAY - (h % 86400) * 1000).toISOString();
    case 'Time': return `${String(8 + (h % 10)).padStart(2, '0')}:${String(h % 60).padStart(2, '0')}:00`;
    case 'Duration': return `PT${1 + (h % 59)}M`;
    case 'UUID': { const x = (hash(String(h)) >>> 0).toString(16).padStart(8, '0'); return `${x}-${x.slice(0, 4)}-4${x.slice(1, 4)}-8${x.slice(4, 7)}-${x}${x.slice(0, 4)}`; }
    case 'JSONString': return '{}';
    case 'GenericScalar': return {};
    case 'Email': return stringFor('email', h);
    default: return stringFor(fieldName, h);
  }
}

function isConnection(type) {
  return isObjectType(type) && /Connection$/.test(type.name) && type.getFields().edges && type.getFields().pageInfo;
}

/** Paging args with undecodable cursors dropped (Kraken/graphene ignore a cursor it cannot decode). */
function pagingArgs(args) {
  const out = { ...args };
  for (const k of ['after', 'before']) {
    if (out[k] == null) continue;
    try { decodeCursor(out[k]); } catch (err) { delete out[k]; }
  }
  return out;
}

/** A value for `type` (a GraphQL output type) of field `fieldName`; `key` seeds the choice. */
function valueFor(type, fieldName, key, args = {}) {
  const h = hash(key);
  if (isNonNullType(type)) return valueFor(type.ofType, fieldName, key, args);
  if (isListType(type)) {
    const count = 1 + (h % 2);
    return Array.from({ length: count }, (_, i) => valueFor(type.ofType, fieldName, `${key}[${i}]`));
  }
  const named = getNamedType(type);
  if (isEnumType(named)) return pick(named.getValues(), h).value;
  if (isConnection(named)) {
    const nodes = Array.from({ length: 1 + (h % 2) }, () => ({}));
    return connectionFromArray(nodes, pagingArgs(args));
  }
  if (isObjectType(named) || isAbstractType(named)) return {};
  return scalarFor(named.name, fieldName, h);
}

/** Fallback for a field the parent object does not have. */
function fallback(parent, args, info) {
  const name = info.fieldName;
  if (name === 'error' || name === 'errors') return null; // error unions stay empty when nothing failed
  const owner = parent && (parent.id != null || parent.number != null) ? `${info.parentType.name}:${parent.id != null ? parent.id : parent.number}` : pathKey(info.path.prev);
  return valueFor(info.returnType, name, `${owner}.${name}`, args || {});
}

module.exports = { fallback, valueFor, hash };
