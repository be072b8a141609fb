#!/usr/bin/env node
// Packs PNG files into a macOS .icns (PNG-based entries, understood since macOS 10.7), so the
// icons can be regenerated on Linux without Apple's iconutil.
// Usage: node pack-icns.js OUT.icns SIZE=FILE.png ...   e.g. 16=icon-16.png 512=icon-512.png
'use strict';
const fs = require('node:fs');

// The entry types for PNG data at each pixel size (the @2x variants reuse the same images).
const typesBySize = {
  16: ['icp4'], 32: ['icp5', 'ic11'], 64: ['icp6', 'ic12'], 128: ['ic07'],
  256: ['ic08', 'ic13'], 512: ['ic09', 'ic14'], 1024: ['ic10'],
};

const [output, ...pairs] = process.argv.slice(2);
if (!output || pairs.length === 0) {
  console.error('usage: pack-icns.js OUT.icns SIZE=FILE.png ...');
  process.exit(2);
}
const entries = [];
for (const pair of pairs) {
  const [size, file] = pair.split('=');
  const types = typesBySize[size];
  if (!types) throw new Error(`no icns entry type for size ${size}`);
  const png = fs.readFileSync(file);
  for (const type of types) {
    const header = Buffer.alloc(8);
    header.write(type, 0, 'latin1');
    header.writeUInt32BE(png.length + 8, 4);
    entries.push(header, png);
  }
}
const body = Buffer.concat(entries);
const header = Buffer.alloc(8);
header.write('icns', 0, 'latin1');
header.writeUInt32BE(body.length + 8, 4);
fs.writeFileSync(output, Buffer.concat([header, body]));
