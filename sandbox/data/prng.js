'use strict';
// Seeded PRNG with independent child streams. Every entity draws from its own
// stream keyed by (seed, kind, id), so entity N's data depends only on (seed, N):
// big histories can be generated lazily, in any order, and always come out the same.

/** 32-bit string hash (cyrb53 folded to 32 bits). */
function hashString(str, salt = 0) {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** mulberry32: tiny, fast, good enough for test data. Returns floats in [0, 1). */
function mulberry32(a) {
  let state = a >>> 0;
  return function next() {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(seed32) { this.next = mulberry32(seed32); }
  float() { return this.next(); }
  /** integer in [min, max] inclusive */
  int(min, max) { return min + Math.floor(this.next() * (max - min + 1)); }
  chance(p) { return this.next() < p; }
  pick(arr) { return arr[Math.floor(this.next() * arr.length)]; }
  /** weighted pick: entries [[value, weight], ...] */
  weighted(entries) {
    let total = 0;
    for (const e of entries) total += e[1];
    let r = this.next() * total;
    for (const e of entries) { r -= e[1]; if (r < 0) return e[0]; }
    return entries[entries.length - 1][0];
  }
  digits(n) { let s = ''; for (let i = 0; i < n; i++) s += String(Math.floor(this.next() * 10)); return s; }
  hex(n) { let s = ''; for (let i = 0; i < n; i++) s += '0123456789ABCDEF'[Math.floor(this.next() * 16)]; return s; }
  /** approx normal via sum of uniforms */
  normal(mean = 0, sd = 1) { let s = 0; for (let i = 0; i < 6; i++) s += this.next(); return mean + (s - 3) * sd / Math.sqrt(0.5); }
}

/** A child stream: depends only on (seed, kind, id). */
function stream(seed, kind, id = 0) {
  return new Rng(hashString(`${kind}:${id}`, seed >>> 0));
}

/** Deterministic bijection on [0, 2^32): used to make unique, random-looking numbers. */
function permute32(x, key) {
  let v = (x ^ key) >>> 0;
  for (let r = 0; r < 3; r++) {
    v = Math.imul(v ^ (v >>> 16), 0x7feb352d) >>> 0;
    v = Math.imul(v ^ (v >>> 15), 0x846ca68b) >>> 0;
    v = (v ^ (v >>> 16)) >>> 0;
    v = (v + key) >>> 0;
  }
  return v >>> 0;
}

/** Bijection on [0, m) via cycle-walking over an affine map (m up to ~1e9). */
const affineCache = new Map();
function permuteMod(x, m, key) {
  // a coprime to m; affine maps are bijections mod m.
  const ck = m + ':' + key;
  let a = affineCache.get(ck);
  if (a === undefined) { a = coprimeNear(Math.floor(m * 0.6180339887) + (key % 1000), m); affineCache.set(ck, a); }
  const b = key % m;
  const prod = a * x;
  if (Number.isSafeInteger(prod)) return (prod + b) % m;
  return Number((BigInt(a) * BigInt(x) + BigInt(b)) % BigInt(m));
}

function gcd(a, b) { while (b) { [a, b] = [b, a % b]; } return a; }
function coprimeNear(a, m) { let c = Math.max(1, a); while (gcd(c, m) !== 1) c++; return c; }

module.exports = { hashString, mulberry32, Rng, stream, permute32, permuteMod };
