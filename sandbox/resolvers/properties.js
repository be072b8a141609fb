'use strict';
// Query resolvers: property, meterPoint, nmiCheck, mirnCheck, nmiDiscovery, supplyPoints,
// supplyPoint, electricityMeterReadings, estimateMeterReadings, embeddedNetwork.
const { conn, notFound, invalid } = require('./common');
const { normaliseMpxn, nmiChecksum } = require('../data/identifiers');
const { STATE_ENUM } = require('../data/au-tables');
const { parseWhen, isBareDate } = require('../data/dates');
const { stream } = require('../data/prng');

const ELEC_MARKETS = new Set(['AU_ELECTRICITY', 'NEM', 'ELECTRICITY', 'AEMO_NEM', 'WEM']);
const GAS_MARKETS = new Set(['AU_GAS', 'GAS', 'DWGM', 'STTM', 'RETAIL_GAS']);

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

    // NMIDiscoveryAddressInput as AEMO's NMI discovery takes it: the house or the lot number
    // (never both, one of them required), the street name (its type apart, as a StreetType),
    // the suburb, the state (StateChoices), the postcode, the flat or unit number.
    nmiDiscovery(args) {
      const input = args.input || {};
      const text = (v) => String(v == null ? '' : v).trim();
      const house = text(input.houseNumber) + text(input.houseNumberSuffix).toUpperCase();
      const lot = text(input.lotNumber);
      const fail = (type, message, raw) => ({ nmi: null, rawAemoResponse: raw ? JSON.stringify(raw) : null, error: { __typename: type, message } });
      if (house && lot) return fail('BothHouseAndLotNumberErrorType', 'Provide either a house number or a lot number, not both.');
      if (!house && !lot) return fail('MissingHouseAndLotNumberErrorType', 'Provide a house number or a lot number.');
      const postcode = text(input.postcode);
      const street = text(input.streetName).toLowerCase();
      const streetType = text(input.streetType).toUpperCase();
      const suburb = text(input.suburbLocality).toLowerCase();
      const unit = text(input.flatUnitNumber).toUpperCase();
      const hit = (store.indexes.postcode.get(postcode) || []).map((i) => store.accounts[i]).find((a) => {
        const ad = a.address;
        const name = ad.streetName.toLowerCase();
        return (street === name || street === `${name} ${ad.streetType.toLowerCase()}`)
          && (!streetType || streetType === ad.streetType.toUpperCase())
          && (!suburb || suburb === ad.suburb.toLowerCase())
          && STATE_ENUM[ad.state] === input.stateTerritory
          && !lot && ad.streetNumber.toUpperCase() === house
          && (!unit || unit === String(ad.unit || '').toUpperCase());
      });
      if (!hit) {
        return fail('FailureStatusCodeInAEMOResponseErrorType', 'AEMO found no NMI at the address provided.',
          { searchResult: 'NO_MATCH', postcode, jurisdictionCode: input.jurisdictionCode || null });
      }
      return {
        nmi: hit.nmi,
        rawAemoResponse: JSON.stringify({
          searchResult: 'MATCH', NMI: hit.nmi, checksum: String(nmiChecksum(hit.nmi)), jurisdictionCode: input.jurisdictionCode,
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
      return conn(() => store.estimateReadings(meter, start, end, args.registerId).map((r) => ({ __typename: 'MeterReadingEstimationReadingType', ...r })))(args);
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
