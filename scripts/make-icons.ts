// Draws the DealLens icon (a lens over rising bars) at every store size and writes
// public/icon/{16,32,48,96,128}.png, which WXT puts in the manifest. Run: `npx tsx scripts/make-icons.ts`.
// A tiny PNG encoder on node:zlib keeps the project free of image dependencies.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];
const NAVY: RGBA = [20, 33, 61, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const GOLD: RGBA = [252, 163, 17, 255];
const CLEAR: RGBA = [0, 0, 0, 0];

/** The icon as a function of a point in the unit square: what colour is there. */
function shade(x: number, y: number): RGBA {
  const r = 0.2; // corner radius of the background square
  const cx = Math.min(Math.max(x, r), 1 - r),
    cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return CLEAR;
  const lx = 0.44,
    ly = 0.42,
    d = Math.hypot(x - lx, y - ly);
  if (d > 0.23 && d < 0.31) return WHITE; // lens rim
  const along = (x - lx + (y - ly)) / Math.SQRT2,
    across = Math.abs(x - lx - (y - ly)) / Math.SQRT2;
  if (along > 0.3 && along < 0.56 && across < 0.06) return WHITE; // handle
  if (d <= 0.23) {
    const bars = [
      [0.31, 0.5],
      [0.41, 0.4],
      [0.51, 0.29],
    ]; // [left edge, top] of three rising bars
    if (bars.some(([left, top]) => x >= left && x < left + 0.07 && y >= top && y < 0.57)) return GOLD;
  }
  return NAVY;
}

/** 4×4 supersampling, so small sizes stay smooth. */
function render(size: number): Buffer {
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const c = shade((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          for (let i = 0; i < 3; i++) acc[i] += c[i] * c[3];
          acc[3] += c[3];
        }
      }
      const o = (y * size + x) * 4;
      for (let i = 0; i < 3; i++) px[o + i] = acc[3] ? Math.round(acc[i] / acc[3]) : 0;
      px[o + 3] = Math.round(acc[3] / 16);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4),
    crc = Buffer.alloc(4),
    body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  len.writeUInt32BE(data.length);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (size * 4 + 1)); // each row: filter byte 0, then pixels
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = join(import.meta.dirname, '../public/icon');
mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(join(dir, `${size}.png`), encodePng(size, render(size)));
console.log(`Wrote ${dir}/{16,32,48,96,128}.png`);
