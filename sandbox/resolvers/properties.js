'use strict';
// Query resolvers: property, meterPoint, nmiCheck, mirnCheck, nmiDiscovery, supplyPoints,
// supplyPoint, electricityMeterReadings, estimateMeterReadings, embeddedNetwork.
const { conn, notFound, invalid } = require('./common');
const { normaliseMpxn, nmiChecksum } = require('../data/identifiers');
const { parseWhen, isBareDate } = require('../data/dates');
const { stream } = require('../data/prng');

const ELEC_MARKETS = new Set(['AU_ELECTRICITY', 'NEM', 'ELECTRICITY', 'AEMO_NEM', 'WEM']);
const GAS_MARKETS = new Set(['AU_GAS', 'GAS', 'DWGM', 'STTM', 'RETAIL_GAS']);

/** Stub input `{value: "4/26 Sylvan Road Toowong QLD 4066"}` -> address parts. */
function parseAddressValue(input) {
  if (input.value == null) return input;
  const m = /^\s*(?:(\d+[A-Z]?)\s*\/\s*)?(\d+[A-Z]?)\s+([A-Za-z' ]+?)\s+(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Court|Ct|Place|Pl|Crescent|Cres|Close|Parade|Pde|Lane|Way|Terrace|Tce|Circuit|Grove)\b.*?(\d{4})\s*$/i.exec(String(input.value));
  if (!m) return { ...input, postcode: (String(input.value).match(/\d{4}\s*$/) || [''])[0].trim() };
  return { ...input, unitNumber: m[1], streetNumber: m[2], streetName: m[3].trim(), postcode: m[4] };
}

function propertyResolvers(store, nodes) {
  const embedded = new Map();
  function embeddedNetwork(id) {
    const m = /^EN-(\d+)$/.exec(String(id));
    if (!m || Number(m[1]) < 1 || Number(m[1]) > 8) return null;
    if (!embedded.has(id)) {
      const rng = stream(store.seed, 'embedded', m[1]);
      const names = ['Harbourside Apartments', 'The Residences Southbank', 'Parkview Village', 'Riverside Lofts', 'Botanica Towers', 'Seaview Retirement Village', 'Central Park Terraces', 'Wattle Grove Estate'];
      const idxs = [];
      for (let i = 0; i < 14 && store.accounts.length > 8; i++) idxs.push(rng.int(7, store.accounts.length - 1));
      embedded.set(id, { id, name: names[Number(m[1]) - 1], idxs });
    }
    return embedded.get(id);
  }

  function readingFilter(args) {
    // Unparseable bounds are ignored: the seed documents no validation error here.
    const clean = (v) => (Number.isNaN(v) ? null : v);
    const from = clean(parseWhen(args.startAt));
    const to = clean(parseWhen(args.endAt, true));
    // A bare start date excludes the interval that ends at its opening midnight.
    const fromExclusive = isBareDate(args.startAt);
    return (r) => (args.includeQuarantined || !r.isQuarantined) && (from == null || r.readAtMs > from || (!fromExclusive && r.readAtMs === from)) && (to == null || r.readAtMs <= to);
  }

  const checkFor = (value, fuel) => {
    const a = store.accountByMpxn(value);
    return nodes.check(a && (fuel === 'GAS' ? a.mirn === normaliseMpxn(value) : a.nmi === normaliseMpxn(value)) ? a : null, fuel);
  };

  return {
    property(args) {
      let a = null;
      if (args.id != null) { const i = Number(args.id) - 500000; a = Number.isInteger(i) && i >= 0 ? store.accounts[i] || null : null; }
      else if (args.nmi != null) a = store.accountByMpxn(args.nmi);
      else if (args.mirn != null) a = store.accountByMpxn(args.mirn);
      return a ? nodes.property(a) : {}; // no documented not-found code: the fallback fills it
    },

    meterPoint(args) {
      const a = store.accountByMpxn(args.nmi);
      if (!a) return {};
      return nodes.meterPoint(a, a.nmi === normaliseMpxn(args.nmi) ? 'ELECTRICITY' : 'GAS');
    },

    nmiCheck: (args) => checkFor(args.nmi, 'ELECTRICITY'),
    mirnCheck: (args) => checkFor(args.mirn, 'GAS'),

    nmiDiscovery(args) {
      const input = parseAddressValue(args.input || {});
      const postcode = String(input.postcode || input.postCode || '').trim();
      const street = String(input.streetName || '').trim().toLowerCase();
      const number = String(input.streetNumber || input.houseNumber || input.buildingNumber || '').trim();
      const unit = String(input.unitNumber || input.flatNumber || input.flatOrUnitNumber || '').trim();
      if (input.houseNumber && input.lotNumber) {
        return { nmi: null, rawAemoResponse: null, error: { __typename: 'BothHouseAndLotNumberErrorType', message: 'Provide either a house number or a lot number, not both.' } };
      }
      const hit = (store.indexes.postcode.get(postcode) || []).map((i) => store.accounts[i]).find((a) =>
        (!street || a.address.streetName.toLowerCase() === street || `${a.address.streetName} ${a.address.streetType}`.toLowerCase() === street)
        && (!number || a.address.streetNumber === number) && (!unit || a.address.unit === unit));
      if (!hit || (!street && !number)) {
        return { nmi: null, rawAemoResponse: JSON.stringify({ searchResult: 'NO_MATCH', postcode }), error: { __typename: 'NoMatchingNMIErrorType', message: 'No NMI matched the address provided.' } };
      }
      return {
        nmi: hit.nmi,
        rawAemoResponse: JSON.stringify({
          searchResult: 'MATCH', NMI: hit.nmi, checksum: String(nmiChecksum(hit.nmi)), jurisdictionCode: hit.address.state,
          address: { flatNumber: hit.address.unit, houseNumber: hit.address.streetNumber, streetName: hit.address.streetName.toUpperCase(), streetType: hit.address.streetType.toUpperCase(), suburbOrPlaceOrLocality: hit.address.suburb.toUpperCase(), stateOrTerritory: hit.address.state, postcode: hit.address.postcode },
          distributor: hit.distributor,
        }),
        error: null,
      };
    },

    supplyPoints(args) {
      let list = [];
      if (args.accountNumber) { const a = store.accountByNumber(args.accountNumber); list = a ? [a] : []; }
      else if (args.portfolioNumber) list = store.accountsByPortfolio(args.portfolioNumber);
      const points = list.flatMap((a) => [nodes.supplyPoint(a, 'ELECTRICITY')].concat(a.mirn ? [nodes.supplyPoint(a, 'GAS')] : []));
      return conn(() => points)(args);
    },

    supplyPoint(args) {
      const market = String(args.marketName || '').toUpperCase();
      if (!ELEC_MARKETS.has(market) && !GAS_MARKETS.has(market)) throw invalid('KT-CT-4723', 'Invalid market name provided.', [{ message: 'Use AU_ELECTRICITY or AU_GAS.', inputPath: ['marketName'] }]);
      const a = store.accountByMpxn(args.externalIdentifier);
      const gas = GAS_MARKETS.has(market);
      if (!a || (gas ? a.mirn : a.nmi) !== normaliseMpxn(args.externalIdentifier)) throw notFound('KT-CT-4719', 'No supply point found for identifier provided.');
      return nodes.supplyPoint(a, gas ? 'GAS' : 'ELECTRICITY');
    },

    electricityMeterReadings(args) {
      const meter = store.meterById(args.meterId);
      const owner = meter ? store.accounts[meter.accountIdx] : null;
      if (!meter || meter.fuel !== 'ELECTRICITY' || (args.accountNumber && owner.number !== String(args.accountNumber).toUpperCase())) {
        return conn(() => [])(args);
      }
      const keep = readingFilter(args);
      return conn(() => store.readings(meter).filter(keep), nodes.reading)(args);
    },

    estimateMeterReadings(args) {
      const start = parseWhen(args.periodStart);
      const end = parseWhen(args.periodEnd);
      // An unusable period gives no estimates (no validation error is documented).
      if (start == null || end == null || Number.isNaN(start) || Number.isNaN(end) || end < start) return conn(() => [])(args);
      const a = store.accountByMpxn(args.marketIdentifier);
      if (!a) return conn(() => [])(args);
      const gas = a.mirn === normaliseMpxn(args.marketIdentifier);
      const meter = store.metersFor(a).find((m) => (gas ? m.fuel === 'GAS' : m.fuel === 'ELECTRICITY'));
      if (args.deviceId && args.deviceId !== meter.serialNumber && args.deviceId !== meter.id) return conn(() => [])(args);
      return conn(() => store.estimateReadings(meter, start, end, args.registerId).map((r) => ({ __typename: 'MeterReadingEstimationReading', ...r })))(args);
    },

    embeddedNetwork(args) {
      const en = embeddedNetwork(args.id);
      if (!en) return {};
      return {
        __typename: 'EmbeddedNetworkType', id: en.id, name: en.name,
        embeddedProperties: en.idxs.map((i) => {
          const a = store.accounts[i];
          return { __typename: 'EmbeddedPropertyType', id: a.propertyId, embeddedNetworkIdentifier: en.id, childNmi: a.nmi, property: nodes.property(a), createdAt: a.createdAt };
        }),
      };
    },
  };
}

module.exports = { propertyResolvers };
