'use strict';
// Date helpers. All sandbox dates are computed from the fixed TODAY, never the clock.
const DAY = 86400000;
const toMs = (d) => Date.parse(d.length === 10 ? d + 'T00:00:00Z' : d);
const isoDate = (ms) => new Date(ms).toISOString().slice(0, 10);
/** Local Australian time is shown as +10:00 (AEST) for simplicity. */
const isoDateTime = (ms) => new Date(ms + 10 * 3600000).toISOString().replace(/\.\d{3}Z$/, '+10:00');
const addDays = (date, n) => isoDate(toMs(date) + n * DAY);
const daysBetween = (a, b) => Math.round((toMs(b) - toMs(a)) / DAY);
/**
 * Parse a filter argument; null when absent, NaN when invalid. A bare date means
 * local (AEST) midnight at the start of that day; with `endOfDay` it means the
 * midnight that ends it.
 */
function parseWhen(v, endOfDay = false) {
  if (v == null || v === '') return null;
  const s = String(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const ms = Date.parse(s + 'T00:00:00+10:00');
    return Number.isNaN(ms) ? NaN : ms + (endOfDay ? DAY : 0);
  }
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? NaN : ms;
}
const isBareDate = (v) => /^\d{4}-\d{2}-\d{2}$/.test(String(v || ''));
module.exports = { DAY, toMs, isoDate, isoDateTime, addDays, daysBetween, parseWhen, isBareDate };
