'use strict';
// GraphQL-shaped objects for properties, meter points (NMI / MIRN), meters, registers,
// readings, agreements and supply points, under the Origin AU reference's names:
// MeterPointType (identifier + nmiChecksum, supplyStatus, lnsp) and GasMeterPointType
// (distributor) for the MeterPointInterface, ElectricityMeterType / GasMeterType for the Meter
// interface, ElectricityRegisterType, ElectricityIntervalMeterReadingType and
// ElectricityAccumulationMeterReadingType for the reading union, SupplyPointType with Device
// and DeviceRegister.
const { conn } = require('./common');
const { STATE_ENUM } = require('../data/au-tables');
const { nmiChecksum } = require('../data/identifiers');

// Account status -> Kraken's KrakenStatus (OFF_SUPPLY ON_SUPPLY GAINING LOSING LOST).
const KRAKEN_STATUS = { ACTIVE: 'ON_SUPPLY', PENDING: 'GAINING', DORMANT: 'ON_SUPPLY', WITHDRAWN: 'LOST', VOID: 'OFF_SUPPLY' };

/** A distributor as LNSPType / ProviderType. */
function provider(name) {
  if (!name) return null;
  const shortName = name.split(' ')[0].toUpperCase().replace(/[^A-Z]/g, '');
  return {
    id: shortName, shortName, longName: name, displayName: name,
    emergencyPhoneNumber: '13 19 09', outagePhoneNumber: '13 16 70',
  };
}

function addPropertyNodes(nodes, store) {
  nodes.register = (r) => ({
    __typename: 'ElectricityRegisterType', id: r.id, identifier: r.identifier, activeFrom: null,
    timeOfDay: r.timeOfDay, controlledLoad: r.controlledLoad, unitOfMeasure: r.unitOfMeasure || 'KWH',
    status: 'C', isActive: true, isReactive: false, isExportRegister: () => r.isExport,
    networkTariffCode: r.isExport ? 'EXPORT' : r.controlledLoad !== 'No' ? 'CL1' : 'RES', multiplier: '1',
    suffix: r.identifier, dialFormatDigits: 5, dialFormatDecimals: 1,
  });

  nodes.meter = (m) => {
    if (m.fuel === 'GAS') {
      const readings = conn(() => store.readings(m), (r) => ({ __typename: 'GasMeterReadingType', id: r.id, value: r.registers[0].value, readAt: r.readAt }));
      return {
        __typename: 'GasMeterType', id: m.id, serialNumber: m.serialNumber, fuelType: 'GAS', consumptionUnits: 'm3',
        status: 'TURNED_ON', meterType: 'GAS', installationType: 'ORDINARY', meterMeasurementUnit: 'METRIC',
        meterReadFrequency: m.readingFrequency, activeFrom: m.installationDate + 'T00:00:00+10:00', activeTo: null,
        numberOfDials: 5, supplyPointIdentifier: m.mirn, readings,
      };
    }
    const readings = conn(() => store.readings(m), nodes.reading);
    return {
      __typename: 'ElectricityMeterType', id: m.id, serialNumber: m.serialNumber, fuelType: 'ELECTRICITY', consumptionUnits: 'kWh',
      status: 'C', installationType: m.meterType, isSmart: m.isSmart, isRemotelyRead: m.readTypeMethod === 'R',
      isManuallyRead: m.readTypeMethod === 'M', isUnmetered: false,
      readTypeMethod: m.readTypeMethod, readTypeMode: m.readTypeMode, readTypeFrequency: m.readTypeFrequency,
      activeFrom: m.installationDate + 'T00:00:00+10:00', activeTo: null, model: m.manufacturer,
      registers: m.registers.map(nodes.register), readings,
    };
  };

  /** A stored reading as a member of the ElectricityMeterReadingType union. */
  nodes.reading = (r) => {
    const registers = r.registers.map((g, i) => ({
      __typename: 'RegisterReading', id: i + 1, identifier: g.identifier, name: g.description, value: g.value,
      digits: 5, isQuarantined: r.isQuarantined, qualityFlag: r.qualityFlag, qualityMethod: r.qualityMethod,
    }));
    if (r.readingType === 'INTERVAL') {
      return {
        __typename: 'ElectricityIntervalMeterReadingType',
        startAt: isoShift(r.readAt, -r.intervalMs), endAt: r.readAt, registers,
      };
    }
    return {
      __typename: 'ElectricityAccumulationMeterReadingType', id: r.id, readAt: r.readAt,
      value: r.registers[0].value, units: r.registers[0].unit, direction: 'I',
      source: r.source, isQuarantined: r.isQuarantined, qualityFlag: r.qualityFlag, qualityMethod: r.qualityMethod,
      registers,
    };
  };

  nodes.agreement = (a, gas) => ({
    __typename: gas ? 'GasAgreementType' : 'ElectricityAgreementType', id: Number(gas ? a.gasMeterPointId : a.elecMeterPointId) + 250000,
    validFrom: a.createdAt, validTo: a.status === 'WITHDRAWN' ? store.today + 'T00:00:00+10:00' : null,
    agreedFrom: a.createdAt, agreedAt: a.createdAt, isRevoked: false, supplyType: gas ? 'GAS' : 'ELECTRICITY',
    // Kraken's AusAgreementInterface.isActive is a String.
    isActive: a.status === 'WITHDRAWN' || a.status === 'VOID' ? 'false' : 'true',
    product: a.accountType === 'BUSINESS'
      ? { __typename: 'Product', id: gas ? '12' : '11', code: gas ? 'RE-BS-GAS' : 'RE-BS-ELEC', displayName: gas ? 'Business Saver Gas' : 'Business Saver', fullName: 'Red Energy Business Saver' }
      : { __typename: 'Product', id: gas ? '2' : '1', code: gas ? 'RE-LES-GAS' : 'RE-LES-ELEC', displayName: gas ? 'Living Energy Saver Gas' : 'Living Energy Saver', fullName: 'Red Energy Living Energy Saver' },
  });

  nodes.meterPoint = (a, fuel) => {
    const gas = fuel === 'GAS';
    const m = store.metersFor(a).find((x) => x.fuel === (gas ? 'GAS' : 'ELECTRICITY'));
    const ad = a.address;
    const onSupply = a.status === 'ACTIVE' || a.status === 'DORMANT';
    const common = {
      id: Number(gas ? a.gasMeterPointId : a.elecMeterPointId), identifier: gas ? a.mirn : a.nmi,
      supplyType: gas ? 'GAS' : 'ELECTRICITY', supplyStatus: KRAKEN_STATUS[a.status], status: KRAKEN_STATUS[a.status],
      supplyStartDate: a.createdAt, supplyEndDate: a.status === 'WITHDRAWN' ? store.today + 'T00:00:00+10:00' : null,
      isOnSupply: onSupply, supplyDetails: { agreedCapacity: null, connectionUnits: null },
      enrolment: { supplyStartDate: a.createdAt.slice(0, 10), switchStartDate: a.createdAt.slice(0, 10), status: a.status === 'PENDING' ? 'PENDING' : 'COMPLETED' },
      agreements: () => [nodes.agreement(a, gas)],
      meters: () => [nodes.meter(m)],
      address: {
        flatNumber: ad.unit, flatType: ad.unit ? 'UNIT' : null, houseNumber: Number(ad.streetNumber), streetName: ad.streetName.toUpperCase(),
        streetType: ad.streetType.toUpperCase(), locality: ad.suburb.toUpperCase(), state: ad.state, postcode: ad.postcode,
      },
    };
    if (gas) {
      return { __typename: 'GasMeterPointType', ...common, distributor: provider(a.gasNetwork), energizationStatus: onSupply ? 'Commissioned' : 'Decommissioned' };
    }
    return {
      __typename: 'MeterPointType', ...common, nmiChecksum: String(nmiChecksum(a.nmi)), lnsp: provider(a.distributor),
      energizationStatus: a.status === 'WITHDRAWN' ? 'D' : 'A', jurisdiction: ad.state,
      nmiClassification: a.accountType === 'BUSINESS' ? 'LARGE' : 'SMALL',
      customerClassification: a.accountType === 'BUSINESS' ? 'BUSINESS' : 'RESIDENTIAL',
      // AEMO's sensitive-load flag: set where someone at the premises relies on life support.
      sensitiveLoad: Boolean(a.lifeSupport), hazards: [], smartStartDate: m.isSmart ? m.installationDate : null,
      siteAddress: { streetAddress: ad.line1, locality: ad.suburb, administrativeArea: ad.state, postalCode: ad.postcode, country: 'AU' },
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
        __typename: 'PropertyRichAddressType', country: 'AU', postalCode: ad.postcode, administrativeArea: ad.state,
        locality: ad.suburb, streetAddress: ad.line1,
      },
      coordinates: { latitude: ad.latitude, longitude: ad.longitude },
      occupancyPeriods: [{ effectiveFrom: a.createdAt, effectiveTo: a.status === 'WITHDRAWN' ? store.today + 'T00:00:00+10:00' : null, isOccupier: true, accountNumber: a.number }],
      embeddedNetwork: null, parent: null,
      electricityMeterPoints: () => [nodes.meterPoint(a, 'ELECTRICITY')],
      meterPoints: points,
      benchmarks: [],
    };
  };

  nodes.supplyPoint = (a, fuel) => {
    const gas = fuel === 'GAS';
    const m = store.metersFor(a).find((x) => x.fuel === (gas ? 'GAS' : 'ELECTRICITY'));
    // A device per meter, its registers named by their NMI suffix (E1, B1, ...).
    const device = {
      __typename: 'Device', deviceIdentifier: m.serialNumber,
      registers: conn(() => m.registers.map((r) => ({ __typename: 'DeviceRegister', registerIdentifier: r.identifier, nmiSuffix: r.identifier }))),
    };
    return {
      __typename: 'SupplyPointType', id: gas ? a.gasMeterPointId : a.elecMeterPointId,
      marketName: gas ? 'AU_GAS' : 'AU_ELECTRICITY', externalIdentifier: gas ? a.mirn : a.nmi,
      property: () => nodes.property(a),
      devices: conn(() => [device]),
    };
  };

  nodes.check = (a, fuel) => (a ? {
    isOnSupply: a.status === 'ACTIVE' || a.status === 'DORMANT', krakenStatus: KRAKEN_STATUS[a.status],
    supplyStartDate: a.createdAt.slice(0, 10), isOccupier: a.status !== 'WITHDRAWN', accountNumber: a.number,
    account: () => nodes.account(a), fuel,
  } : { isOnSupply: false, krakenStatus: 'OFF_SUPPLY', supplyStartDate: null, isOccupier: false, accountNumber: null, account: null });
}

/** '2023-11-16T00:30:00+10:00' moved by `ms` (same +10:00 form). */
function isoShift(iso, ms) {
  return new Date(Date.parse(iso) + ms + 10 * 3600000).toISOString().replace(/\.\d{3}Z$/, '+10:00');
}

module.exports = { addPropertyNodes, KRAKEN_STATUS };
