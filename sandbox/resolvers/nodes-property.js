'use strict';
// GraphQL-shaped objects for properties, meter points (NMI / MIRN), meters,
// registers, readings and supply points.
const { conn } = require('./common');
const { STATE_ENUM } = require('../data/au-tables');
const { nmiChecksum, mirnChecksum } = require('../data/identifiers');

const KRAKEN_STATUS = { ACTIVE: 'ON_SUPPLY', PENDING: 'PENDING_ON_SUPPLY', DORMANT: 'ON_SUPPLY', WITHDRAWN: 'OFF_SUPPLY', VOID: 'OFF_SUPPLY' };

function addPropertyNodes(nodes, store) {
  nodes.register = (r) => ({ __typename: 'RegisterType', id: r.id, identifier: r.identifier, registerId: r.identifier, description: r.description, unit: r.unit, unitOfMeasurement: r.unit, isExport: r.isExport, isSettlement: true });

  nodes.meter = (m) => ({
    __typename: 'Meter', id: m.id, serialNumber: m.serialNumber, meterSerialNumber: m.serialNumber, fuelType: m.fuel,
    meterType: m.meterType, readingFrequency: m.readingFrequency, installationDate: m.installationDate, isSmart: m.isSmart,
    manufacturer: m.manufacturer, status: 'ACTIVE', registers: m.registers.map(nodes.register),
    readings: conn(() => store.readings(m), nodes.reading),
  });

  nodes.reading = (r) => ({
    __typename: 'ElectricityMeterReadingType', id: r.id, meterId: r.meterId, readAt: r.readAt, readingDate: r.readAt.slice(0, 10),
    readingType: r.readingType, source: r.source, readingSource: r.source, quality: r.quality, readingQuality: r.quality,
    isQuarantined: r.isQuarantined, isEstimated: r.isEstimated,
    registers: r.registers.map((g) => ({ __typename: 'ElectricityMeterReadingRegisterType', ...g })),
    value: r.registers[0].value, consumption: r.registers[0].consumption, unit: r.registers[0].unit,
  });

  /** A network business as Kraken's LNSPType / ProviderType. */
  nodes.provider = (name) => ({
    id: String(name).toUpperCase().replace(/[^A-Z0-9]+/g, '_'), shortName: name, longName: name, displayName: name,
    emergencyPhoneNumber: '13 13 88', outagePhoneNumber: '13 13 88',
  });

  nodes.meterPoint = (a, fuel) => {
    const gas = fuel === 'GAS';
    const m = store.metersFor(a).find((x) => x.fuel === (gas ? 'GAS' : 'ELECTRICITY'));
    const identifier = gas ? a.mirn : a.nmi;
    return {
      __typename: gas ? 'GasMeterPointType' : 'MeterPointType', id: gas ? a.gasMeterPointId : a.elecMeterPointId,
      identifier, nmi: gas ? undefined : a.nmi, mirn: gas ? a.mirn : undefined,
      checksum: String(gas ? mirnChecksum(a.mirn) : nmiChecksum(a.nmi)), checkDigit: String(gas ? mirnChecksum(a.mirn) : nmiChecksum(a.nmi)),
      status: KRAKEN_STATUS[a.status], supplyType: gas ? 'GAS' : 'ELECTRICITY', fuelType: gas ? 'GAS' : 'ELECTRICITY',
      distributor: gas ? a.gasNetwork : a.distributor, networkName: gas ? a.gasNetwork : a.distributor,
      isLifeSupport: Boolean(a.lifeSupport) && !gas, meterType: m.meterType, readingFrequency: m.readingFrequency,
      // Reference names the account overview reads: the NMI's check digit, its network (LNSP)
      // or gas distributor, and the life-support (sensitive load) flag.
      nmiChecksum: gas ? undefined : String(nmiChecksum(a.nmi)), sensitiveLoad: !gas && Boolean(a.lifeSupport),
      lnsp: gas ? undefined : nodes.provider(a.distributor),
      ...(gas ? { distributor: nodes.provider(a.gasNetwork) } : {}),
      meters: () => [nodes.meter(m)],
      supplyDetails: { supplyStartDate: a.createdAt.slice(0, 10), isOnSupply: a.status === 'ACTIVE' || a.status === 'DORMANT', distributor: gas ? a.gasNetwork : a.distributor },
      property: () => nodes.property(a),
    };
  };

  nodes.property = (a) => {
    const ad = a.address;
    const points = () => [nodes.meterPoint(a, 'ELECTRICITY')].concat(a.mirn ? [nodes.meterPoint(a, 'GAS')] : []);
    return {
      __typename: 'PropertyType', id: a.propertyId, postcode: ad.postcode, label: ad.unit ? `Unit ${ad.unit}` : null,
      addressLine1: ad.line1, addressLine2: ad.suburb, addressLine3: ad.state, addressLine4: '', addressLine5: '',
      address: ad.full, splitAddress: [ad.line1, ad.suburb, ad.state, ad.postcode], state: STATE_ENUM[ad.state],
      richAddress: {
        __typename: 'PropertyRichAddressType', countryCode: 'AU', postalCode: ad.postcode, administrativeArea: ad.state,
        locality: ad.suburb, streetAddress: ad.line1, unitNumber: ad.unit, streetNumber: ad.streetNumber,
        streetName: ad.streetName, streetType: ad.streetType, suburb: ad.suburb, state: ad.state, postcode: ad.postcode,
      },
      coordinates: { latitude: ad.latitude, longitude: ad.longitude },
      occupancyPeriods: [{ effectiveFrom: a.createdAt, effectiveTo: a.status === 'WITHDRAWN' ? store.today + 'T00:00:00+10:00' : null, isOccupier: true, accountNumber: a.number }],
      embeddedNetwork: null, parent: null,
      electricityMeterPoints: () => [nodes.meterPoint(a, 'ELECTRICITY')],
      gasMeterPoints: () => (a.mirn ? [nodes.meterPoint(a, 'GAS')] : []),
      meterPoints: points,
      benchmarks: [],
      accountNumber: a.number,
    };
  };

  nodes.supplyPoint = (a, fuel) => {
    const gas = fuel === 'GAS';
    const m = store.metersFor(a).find((x) => x.fuel === (gas ? 'GAS' : 'ELECTRICITY'));
    return {
      __typename: 'SupplyPointType', id: gas ? a.gasMeterPointId : a.elecMeterPointId,
      marketName: gas ? 'AU_GAS' : 'AU_ELECTRICITY', externalIdentifier: gas ? a.mirn : a.nmi,
      property: () => nodes.property(a),
      readings: conn(() => store.readings(m), nodes.reading),
      devices: conn(() => [{ id: m.id, serialNumber: m.serialNumber, deviceType: m.meterType, status: 'ACTIVE' }]),
    };
  };

  nodes.check = (a, fuel) => (a ? {
    isOnSupply: a.status === 'ACTIVE' || a.status === 'DORMANT', krakenStatus: KRAKEN_STATUS[a.status],
    supplyStartDate: a.createdAt.slice(0, 10), isOccupier: a.status !== 'WITHDRAWN', accountNumber: a.number,
    account: () => nodes.account(a), fuel,
  } : { isOnSupply: false, krakenStatus: 'OFF_SUPPLY', supplyStartDate: null, isOccupier: false, accountNumber: null, account: null });
}

module.exports = { addPropertyNodes, KRAKEN_STATUS };
