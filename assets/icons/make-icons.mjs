// Draws the extension icon (a calm teal speech bubble with a white check) at 16, 32, 48 and 128 px
// into public/icon/, where WXT picks them up. No image library: shapes are sampled 8x8 per pixel for
// smooth edges and written as PNG with node's zlib, so anyone can regenerate them offline.
// Run: `node assets/icons/make-icons.mjs`
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../../public/icon/', import.meta.url));
const SIZES = [16, 32, 48, 128];
const TEAL = [13, 110, 110];
const WHITE = [255, 255, 255];
const SAMPLES = 8;

// Shapes in a unit square (y grows downwards).
const BODY = { x0: 0.06, y0: 0.08, x1: 0.94, y1: 0.74, r: 0.2 };
const TAIL = [[0.22, 0.68], [0.48, 0.68], [0.16, 0.94]];
const CHECK = [[0.29, 0.42], [0.44, 0.56], [0.71, 0.27]];
const STROKE = 0.09;

function inRoundedRect(x, y, { x0, y0, x1, y1, r }) {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
}

function inTriangle(x, y, [a, b, c]) {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

function onCheck(x, y) {
  return distanceToSegment(x, y, CHECK[0], CHECK[1]) <= STROKE / 2 || distanceToSegment(x, y, CHECK[1], CHECK[2]) <= STROKE / 2;
}

/** RGBA pixels of the icon at `size` px. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let bubble = 0;
      let check = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!inRoundedRect(x, y, BODY) && !inTriangle(x, y, TAIL)) continue;
          bubble += 1;
          if (onCheck(x, y)) check += 1;
        }
      }
      const at = (py * size + px) * 4;
      const white = bubble ? check / bubble : 0;
      for (let c = 0; c < 3; c += 1) pixels[at + c] = Math.round(TEAL[c] * (1 - white) + WHITE[c] * white);
      pixels[at + 3] = Math.round((255 * bubble) / (SAMPLES * SAMPLES));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) from RGBA pixels. */
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  writeFileSync(`${OUT}${size}.png`, png(size, render(size)));
  console.log(`public/icon/${size}.png`);
}
