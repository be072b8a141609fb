'use strict';
// Parser for Red Energy's reference of the Query root fields (the seed). It is read where the
// project finds it, ../shared/seed/kraken-queries.txt beside the checkout (or KAC_SEED=FILE), and
// never copied into the project.
// parseSeed(text) -> [{name, returnType, description, errors, operation, variablesText, responseText}]
// sendableOperation(op)  -> op with every fragment spread `...XFragment` replaced by `__typename`
// seedVariables(entry, schema?) -> JS object built from the seed's (not quite JSON) Variables text
const fs = require('fs');
const path = require('path');

const SEED_PATH = process.env.KAC_SEED || path.join(__dirname, '..', '..', '..', 'shared', 'seed', 'kraken-queries.txt');

function parseSeed(text) {
  // Scan: header, `Query`, operation {...}, optional `Variables` {...}, optional `Response` {...}.
  // A closing brace is often glued to the next marker ("}Variables", "}accountCreditReasons").
  const entries = [];
  let pos = 0;
  let header = '';
  for (;;) {
    const q = /(^|\n|\})Query\n/g;
    q.lastIndex = pos;
    const m = q.exec(text);
    if (!m) break;
    header += text.slice(pos, m.index + m[1].length);
    let i = m.index + m[0].length;
    const opEnd = matchBraces(text, text.indexOf('{', i));
    const operation = text.slice(i, opEnd);
    i = opEnd;
    let variablesText = null;
    let responseText = null;
    if (text.startsWith('Variables', i)) {
      const s = text.indexOf('{', i);
      i = matchBraces(text, s);
      variablesText = text.slice(s, i);
    }
    if (text.startsWith('Response', i)) {
      const s = text.indexOf('{', i);
      i = matchBraces(text, s);
      responseText = text.slice(s, i);
    }
    entries.push(entryFrom(header, operation, variablesText, responseText));
    header = '';
    pos = i;
  }
  return entries;
}

/** Index just after the brace that closes the one at `start` (skips JSON strings). */
function matchBraces(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') { i++; while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1; continue; }
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  throw new Error('unbalanced braces at ' + start);
}

function entryFrom(header, operation, variablesText, responseText) {
  const lines = header.split('\n');
  const urlIdx = lines.findIndex((l) => l.startsWith('URL:http'));
  let name = null;
  let returnType = null;
  let body = lines;
  if (urlIdx >= 0) {
    const hasType = urlIdx > 0 && lines[urlIdx - 1].startsWith('Type:');
    if (hasType) returnType = lines[urlIdx - 1].slice(5).trim();
    name = lines[urlIdx - (hasType ? 2 : 1)].trim();
    body = lines.slice(urlIdx + 1);
  }
  const topField = /\{\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(operation)[1];
  const errors = [];
  const description = [];
  let section = 'desc';
  for (const line of body) {
    if (line.startsWith('The possible errors')) { section = 'errors'; continue; }
    if (line === 'Arguments') { section = 'args'; continue; }
    const e = /^- (KT-[A-Z]+-\d+): (.*)$/.exec(line);
    if (section === 'errors' && e) errors.push({ code: e[1], message: e[2] });
    else if (section === 'desc' && line.trim()) description.push(line);
  }
  return {
    name: (name || topField).replace(/^\}+/, ""),
    headerless: urlIdx < 0, // the reference lost this entry's name/URL lines; name taken from the operation
    returnType,
    description: urlIdx >= 0 ? description.join('\n') : '',
    errors,
    operation: operation.trim(),
    variablesText,
    responseText,
  };
}

function loadSeed() {
  if (!fs.existsSync(SEED_PATH)) throw new Error(`the seed is not at ${SEED_PATH} (set KAC_SEED=FILE)`);
  return parseSeed(fs.readFileSync(SEED_PATH, 'utf8'));
}

/** Replace each named fragment spread with __typename so the operation is self-contained. */
function sendableOperation(operation) {
  return operation.replace(/\.\.\.[A-Za-z_][A-Za-z0-9_]*/g, (m) => (/^\.\.\.\s*on$/.test(m) ? m : '__typename'));
}

/** Turn the seed's pseudo-JSON (bare type names as values) into JSON by quoting them as "@@Type". */
function quoteBareTypes(text) {
  return text
    .replace(/(:\s*)"[^"\n]*"(\s*\|\s*[^,\n}]+)+/g, '$1"@@GenericScalar"') // "abc123" | 1 | ... (GenericScalar)
    .replace(/([:\[,]\s*)(-?\d+\.\d+)(?=\s*[,\]\n}])/g, '$1"@@#Float"') // 1.0 (Float, kept apart from Int)
    .replace(/([:\[,]\s*)(\[?)([A-Z][A-Za-z0-9_]*)(\]?)(?=\s*[,\]\n}])/g, (m, pre, lb, name, rb) => `${pre}${lb}"@@${name}"${rb}`);
}

function parseLoose(text) {
  if (!text) return null;
  return JSON.parse(quoteBareTypes(text));
}

/**
 * Variables for a seed entry. A bare type name value is replaced by a minimal valid value for the
 * variable's declared type: null when nullable, else a minimal value (input objects get their
 * required fields filled recursively). `schema` (graphql-js) is needed for input object types.
 */
function seedVariables(entry, schema) {
  const raw = parseLoose(entry.variablesText) || {};
  const decls = variableDeclarations(entry.operation);
  const out = {};
  for (const [key, value] of Object.entries(raw)) {
    const typeText = decls[key];
    if (containsBare(value)) out[key] = minimalForTypeText(typeText, schema);
    else out[key] = value;
  }
  return out;
}

function containsBare(v) {
  if (typeof v === 'string') return v.startsWith('@@');
  if (Array.isArray(v)) return v.some(containsBare);
  return false;
}

function minimalForTypeText(typeText, schema) {
  if (!typeText || !typeText.endsWith('!')) return null;
  if (!schema) return {};
  const { typeFromAST, parseType } = require('graphql');
  return minimalValue(typeFromAST(schema, parseType(typeText)));
}

function minimalValue(type) {
  const { isNonNullType, isListType, isInputObjectType, isEnumType, getNamedType } = require('graphql');
  if (!isNonNullType(type)) return null;
  const t = type.ofType;
  if (isListType(t)) return [];
  if (isInputObjectType(t)) {
    const obj = {};
    for (const f of Object.values(t.getFields())) if (isNonNullType(f.type) && f.defaultValue === undefined) obj[f.name] = minimalValue(f.type);
    return obj;
  }
  if (isEnumType(t)) return t.getValues()[0].value;
  const scalars = { Int: 1, Float: 1.0, Boolean: true, ID: '1', Date: '2020-01-01', DateTime: '2020-01-01T00:00:00.000Z' };
  return getNamedType(t).name in scalars ? scalars[getNamedType(t).name] : 'abc123';
}

/** {variableName: 'TypeText'} from the operation header. */
function variableDeclarations(operation) {
  const header = operation.slice(0, operation.indexOf('{'));
  const out = {};
  const re = /\$([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([A-Za-z0-9_\[\]!]+)/g;
  let m;
  while ((m = re.exec(header))) out[m[1]] = m[2];
  return out;
}

/** [{name, variable}] for the arguments passed to the top-level field in the operation. */
function fieldArguments(operation, fieldName) {
  const body = operation.slice(operation.indexOf('{') + 1);
  const m = new RegExp('^\\s*' + fieldName + '\\s*\\(([^)]*)\\)').exec(body);
  if (!m) return [];
  const out = [];
  const re = /([A-Za-z_][A-Za-z0-9_]*)\s*:\s*\$([A-Za-z_][A-Za-z0-9_]*)/g;
  let a;
  while ((a = re.exec(m[1]))) out.push({ name: a[1], variable: a[2] });
  return out;
}

module.exports = { parseSeed, loadSeed, sendableOperation, seedVariables, parseLoose, variableDeclarations, fieldArguments, minimalValue, SEED_PATH };
