'use strict';
// Small bounded cache for lazily generated histories: regenerating is always
// possible (data is deterministic), so eviction only costs time.
class Lru {
  constructor(max = 200) { this.max = max; this.map = new Map(); }
  get(key, make) {
    if (this.map.has(key)) {
      const v = this.map.get(key);
      this.map.delete(key); this.map.set(key, v);
      return v;
    }
    const v = make();
    this.map.set(key, v);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value);
    return v;
  }
  get size() { return this.map.size; }
}
module.exports = { Lru };
