'use strict';
// Market identifiers: NMI (electricity) and MIRN (gas) with their check digits,
// Kraken-style account numbers, phone numbers and meter serials.

/**
 * AEMO NMI checksum ("National Metering Identifier Procedure"): walk the 10 NMI
 * characters from the right, take each character's ASCII code, double every second
 * one starting with the rightmost, sum the decimal digits of all results;
 * check digit = (10 - sum % 10) % 10.
 * @param {string} nmi 10 characters
 * @returns {number}
 */
function nmiChecksum(nmi) {
  const s = String(nmi).toUpperCase();
  let sum = 0;
  let double = true;
  for (let i = s.length - 1; i >= 0; i--) {
    let v = s.charCodeAt(i);
    if (double) v *= 2;
    double = !double;
    while (v > 0) { sum += v % 10; v = Math.floor(v / 10); }
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * MIRN check digit (gas retail market procedures): the Luhn-style algorithm on the
 * digit values -- from the right, double every second digit starting with the
 * rightmost, sum the digits of all results; check = (10 - sum % 10) % 10.
 * @param {string} mirn 10 digits
 */
function mirnChecksum(mirn) {
  const s = String(mirn);
  let sum = 0;
  let double = true;
  for (let i = s.length - 1; i >= 0; i--) {
    let v = s.charCodeAt(i) - 48;
    if (double) v *= 2;
    double = !double;
    sum += v > 9 ? v - 9 : v;
  }
  return (10 - (sum % 10)) % 10;
}

/** Valid NMI: 10 chars (A-Z0-9, no I/O), optionally followed by its check digit. */
function isValidNmi(value) {
  const s = String(value || '').toUpperCase().replace(/\s+/g, '');
  if (!/^[A-HJ-NP-Z0-9]{10}\d?$/.test(s)) return false;
  if (s.length === 11) return nmiChecksum(s.slice(0, 10)) === Number(s[10]);
  return true;
}

function isValidMirn(value) {
  const s = String(value || '').replace(/\s+/g, '');
  if (!/^\d{10,11}$/.test(s)) return false;
  if (s.length === 11) return mirnChecksum(s.slice(0, 10)) === Number(s[10]);
  return true;
}

/** Strip a trailing check digit (and spaces) from an NMI/MIRN as typed by an agent. */
function normaliseMpxn(value) {
  const s = String(value || '').toUpperCase().replace(/\s+/g, '');
  return s.length === 11 ? s.slice(0, 10) : s;
}

const HEX = '0123456789ABCDEF';
/** Kraken account number: 'A-' + 8 uppercase hex digits from a 32-bit value. */
function accountNumber(v32) {
  let s = '';
  for (let i = 7; i >= 0; i--) s += HEX[(v32 >>> (i * 4)) & 15];
  return 'A-' + s;
}

function digitsOf(n, width) { return String(n).padStart(width, '0'); }

/** Normalise an Australian phone number to E.164 (+61...). */
function normalisePhone(value) {
  let s = String(value || '').replace(/[^\d+]/g, '');
  // Another country's number in E.164 (a customer's overseas number), kept as it is.
  if (/^\+(?!61)[1-9]\d{6,14}$/.test(s)) return s;
  if (s.startsWith('+61')) s = s.slice(3);
  else if (s.startsWith('0061')) s = s.slice(4);
  else if (s.startsWith('61') && s.length === 11) s = s.slice(2);
  if (s.startsWith('0')) s = s.slice(1);
  return /^\d{9}$/.test(s) ? '+61' + s : null;
}

/** '+61412345678' -> '0412 345 678'; '+61298765432' -> '(02) 9876 5432' */
function displayPhone(e164) {
  if (!String(e164).startsWith('+61')) return String(e164);
  const s = '0' + String(e164).slice(3);
  if (s.startsWith('04')) return `${s.slice(0, 4)} ${s.slice(4, 7)} ${s.slice(7)}`;
  return `(${s.slice(0, 2)}) ${s.slice(2, 6)} ${s.slice(6)}`;
}

module.exports = {
  nmiChecksum, mirnChecksum, isValidNmi, isValidMirn, normaliseMpxn,
  accountNumber, digitsOf, normalisePhone, displayPhone,
};
