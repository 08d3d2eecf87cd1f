#!/usr/bin/env node
// Draws the Clearsight icon (an open eye on a rounded blue tile) at every size
// the manifest names and writes assets/icon-<size>.png. The PNGs are committed,
// so neither CI nor a build needs this script; it exists so the icons can be
// regenerated without an image editor. Shapes are evaluated per pixel with 4x4
// supersampling, which is plenty for icons of at most a few hundred pixels.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

// 16/32/80 are the desktop ribbon sizes (scale 1 and 2), 64/128 the store
// icons; 25/32/48 at scales 1, 2 and 3 are what MobileIconList requires.
const SIZES = [16, 25, 32, 48, 50, 64, 75, 80, 96, 128, 144];

const TILE = [0x1f, 0x4e, 0x79];
const WHITE = [0xff, 0xff, 0xff];
const IRIS = [0x2b, 0x88, 0xd8];
const PUPIL = [0x0b, 0x1f, 0x33];

/** Colour of the point (x, y) in the unit square, or null where transparent. */
function shade(x, y) {
  const radius = 0.2;
  const inset = Math.max(Math.abs(x - 0.5) - (0.5 - radius), 0) ** 2 + Math.max(Math.abs(y - 0.5) - (0.5 - radius), 0) ** 2;
  if (inset > radius * radius) return null;
  // The eye is the lens where two large circles overlap.
  const lensRadius = 0.5;
  const offset = 0.33;
  const inLens = Math.hypot(x - 0.5, y - 0.5 + offset) < lensRadius && Math.hypot(x - 0.5, y - 0.5 - offset) < lensRadius;
  if (!inLens) return TILE;
  const fromCentre = Math.hypot(x - 0.5, y - 0.5);
  if (fromCentre < 0.075) return PUPIL;
  if (fromCentre < 0.15) return IRIS;
  return WHITE;
}

function render(size) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; covered++;
        }
      }
      const at = (py * size + px) * 4;
      if (covered === 0) continue;
      rgba[at] = Math.round(r / covered);
      rgba[at + 1] = Math.round(g / covered);
      rgba[at + 2] = Math.round(b / covered);
      rgba[at + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A non-interlaced 8-bit RGBA PNG; every scanline uses filter type 0. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let row = 0; row < size; row++) rgba.copy(raw, row * (stride + 1) + 1, row * stride, (row + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(__dirname, '..', 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
  }
}

if (require.main === module) main();
module.exports = { SIZES, encodePng };
