'use strict';
// Meters, registers and two years of readings, generated lazily per meter from
// (seed, meter id). Half-hourly interval reads for the fixed smart meter (35,040
// intervals: Kraken's ElectricityIntervalMeterReadingType), daily accumulation (index)
// reads for other smart meters, quarterly ones for basic meters and bi-monthly ones for gas
// (ElectricityAccumulationMeterReadingType). Some reads are estimated, some quarantined.
// Field values use the Origin AU reference's vocabularies: installation types (BASIC,
// COMMS4), read type method / mode / frequency (R/M, W/V, D/A_3), register unit of measure
// (KWH), NEM12 quality flags (A actual, E estimated), reading sources (READING_FROM_NEM12).
const { stream } = require('./prng');
const { DAY, toMs, isoDate, isoDateTime, addDays } = require('./dates');
const { TODAY } = require('./accounts');

const READ_FROM = addDays(TODAY, -730);

function electricityMeter(a) {
  const id = String(800000 + a.idx * 2);
  const smart = a.meterKind === 'INTERVAL';
  // timeOfDay and controlledLoad as AEMO's standing data has them ('No' when not controlled).
  const register = (suffix, description, isExport, timeOfDay, controlledLoad) => ({
    id: `${id}-${suffix}`, identifier: suffix, description, unit: 'kWh', unitOfMeasure: 'KWH', isExport, timeOfDay, controlledLoad,
  });
  const registers = [register(smart ? 'E1' : '11', 'General usage', false, 'ALLDAY', 'No')];
  if (a.solar) registers.push(register('B1', 'Solar export', true, 'ALLDAY', 'No'));
  if (!smart && a.idx % 3 === 0) registers.push(register('41', 'Controlled load (off-peak hot water)', false, 'CONTROLLED', 'Yes - off-peak hot water'));
  return {
    id, fuel: 'ELECTRICITY', accountIdx: a.idx, serialNumber: a.elecSerial, nmi: a.nmi, meterPointId: a.elecMeterPointId,
    meterType: smart ? 'COMMS4' : 'BASIC', readingFrequency: a.halfHourly ? 'HALF_HOURLY' : smart ? 'DAILY' : 'QUARTERLY',
    // MeterReadTypeMethod R remote / M manual, MeterReadTypeMode W wireless / V visual,
    // MeterReadTypeFrequency D daily or weekly / A_3 quarterly.
    readTypeMethod: smart ? 'R' : 'M', readTypeMode: smart ? 'W' : 'V', readTypeFrequency: smart ? 'D' : 'A_3',
    installationDate: smart ? addDays(TODAY, -900 - (a.idx % 400)) : '2009-03-02', isSmart: smart, registers,
    manufacturer: a.elecSerial.startsWith('LG') ? 'Landis+Gyr' : a.elecSerial.startsWith('ED') ? 'EDMI' : a.elecSerial.startsWith('SE') ? 'Secure Meters' : a.elecSerial.startsWith('AC') ? 'Itron' : 'EMH',
  };
}

function gasMeter(a) {
  if (!a.mirn) return null;
  const id = String(800001 + a.idx * 2);
  return {
    id, fuel: 'GAS', accountIdx: a.idx, serialNumber: a.gasSerial, mirn: a.mirn, meterPointId: a.gasMeterPointId,
    meterType: 'BASIC', readingFrequency: 'BI_MONTHLY', installationDate: '2008-07-14', isSmart: false,
    // Kraken's GasMeterType has no registers; the reads' single register is the meter's index.
    registers: [{ id: `${id}-G1`, identifier: 'G1', description: 'Gas consumption', unit: 'm3', isExport: false }],
    manufacturer: 'Elster',
  };
}

/** Half-hourly household load shape (kWh per 30 min) and solar export. */
function halfHourKwh(rng, slot, dayOfYear) {
  const h = slot / 2;
  const winter = Math.cos(((dayOfYear - 190) / 365) * 2 * Math.PI) * 0.5 + 0.5; // 1 in July
  let base = 0.12 + 0.05 * winter;
  if (h >= 6.5 && h < 9) base += 0.35;
  if (h >= 17 && h < 22) base += 0.55 + 0.3 * winter;
  const sun = h > 7 && h < 17.5 ? Math.sin(((h - 7) / 10.5) * Math.PI) * (1.1 - 0.5 * winter) : 0;
  const use = Math.max(0.02, base * (0.7 + rng.float() * 0.6) - (h > 9 && h < 16 ? 0.05 : 0));
  const exp = Math.max(0, sun * (0.6 + rng.float() * 0.5) - use);
  return [Math.round(use * 1000) / 1000, Math.round(exp * 1000) / 1000];
}

/**
 * Readings for a meter, oldest first. Each reading groups all register values taken at
 * the same time: {id, readAt, readAtMs, readingType (INTERVAL: readAt ends a 30-minute
 * interval; ACCUMULATION: an index read), source (Kraken's reading source enum),
 * qualityFlag (NEM12: A actual, E estimated), isQuarantined, isEstimated, registers:[...]}.
 */
function generateReadings(seed, meter, account) {
  const rng = stream(seed, 'readings', meter.id);
  const out = [];
  const start = toMs(READ_FROM);
  const end = toMs(TODAY);
  const cum = meter.registers.map(() => rng.int(10000, 60000));
  const push = (ms, deltas, kind) => {
    const quarantined = rng.chance(kind === 'HH' ? 0.004 : 0.03);
    const estimated = !quarantined && rng.chance(kind === 'HH' ? 0.01 : meter.isSmart ? 0.02 : 0.12);
    const regs = meter.registers.map((r, i) => {
      cum[i] += deltas[i];
      return {
        registerId: r.id, identifier: r.identifier, description: r.description, unit: r.unit, isExport: r.isExport,
        value: kind === 'HH' ? deltas[i].toFixed(3) : cum[i].toFixed(1),
        consumption: deltas[i].toFixed(3),
      };
    });
    const n = out.length;
    out.push({
      id: `${meter.id}-${n + 1}`, meterId: meter.id, readAt: isoDateTime(ms), readAtMs: ms,
      readingType: kind === 'HH' ? 'INTERVAL' : 'ACCUMULATION', intervalMs: kind === 'HH' ? 1800000 : 0,
      // Smart meters arrive in NEM12 files, basic meters' reads in NEM13, some from customers.
      source: estimated ? 'KRAKEN_ESTIMATE' : kind === 'HH' || meter.isSmart ? 'READING_FROM_NEM12' : rng.chance(0.1) ? 'SELF_READING_CREATE' : 'READING_FROM_NEM13',
      qualityFlag: estimated ? 'E' : 'A', qualityMethod: estimated ? '52' : null,
      isQuarantined: quarantined, isEstimated: estimated, registers: regs,
    });
  };
  if (account && account.halfHourly && meter.fuel === 'ELECTRICITY') {
    // Interval-ending timestamps in AEST (UTC+10), local midnight to local midnight.
    const AEST = 10 * 3600000;
    for (let ms = start - AEST + 1800000; ms <= end - AEST; ms += 1800000) {
      const local = ms + AEST - 1800000;
      const slot = Math.floor((local % DAY) / 1800000);
      const doy = Math.floor((local - Date.UTC(new Date(local).getUTCFullYear(), 0, 1)) / DAY);
      const [use, exp] = halfHourKwh(rng, slot, doy);
      push(ms, meter.registers.map((r) => (r.isExport ? exp : use)), 'HH');
    }
  } else {
    const step = meter.readingFrequency === 'DAILY' ? 1 : meter.fuel === 'GAS' ? 61 : 91;
    const first = start + ((account ? account.idx : 0) % step) * DAY;
    for (let ms = first; ms <= end; ms += step * DAY) {
      const per = meter.fuel === 'GAS' ? 28 : 14; // average daily usage (m3 / kWh)
      const deltas = meter.registers.map((r) => Math.round(step * (r.isExport ? 6 : r.identifier === '41' ? 4 : per) * (0.6 + rng.float() * 0.8) * 10) / 10);
      push(ms - 2 * 3600000, deltas, 'ACC'); // 08:00 AEST
    }
  }
  return out;
}

/**
 * Kraken's estimate for a period (estimateMeterReadings): one estimated day's use per market
 * day whose interval [start, start + 1 day) lies inside [periodStart, periodEnd], for one
 * register (the one asked for, else the meter's first: its import register). Shaped as
 * MeterReadingEstimationReadingType: {intervalStart, intervalEnd, value, isNewlyEstimated,
 * estimatedByAlgorithm}. An unknown register gives none.
 */
function estimateReadings(seed, meter, periodStartMs, periodEndMs, registerId) {
  const rng = stream(seed, 'estimate', meter.id + ':' + isoDate(periodStartMs));
  const register = registerId ? meter.registers.find((r) => r.id === registerId || r.identifier === registerId) : meter.registers[0];
  if (!register) return [];
  const out = [];
  for (let ms = periodStartMs; ms + DAY <= periodEndMs && out.length < 3700; ms += DAY) {
    const v = Math.round((register.isExport ? 5 : meter.fuel === 'GAS' ? 28 : 14) * (0.7 + rng.float() * 0.6) * 10) / 10;
    out.push({
      intervalStart: isoDateTime(ms), intervalEnd: isoDateTime(ms + DAY), value: v.toFixed(1),
      isNewlyEstimated: rng.chance(0.2), estimatedByAlgorithm: 'SAME_PERIOD_LAST_YEAR', registerId: register.id,
    });
  }
  return out;
}

module.exports = { electricityMeter, gasMeter, generateReadings, estimateReadings, READ_FROM };
