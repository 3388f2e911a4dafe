/**
 * Draws the toolbar/store icons (public/icons/icon-N.png): a camera lens crossed by a slash, on a
 * purple rounded square. Run once after changing the design (`npx tsx scripts/make-icons.ts`, from
 * the repository root); the PNGs are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer): number => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Shape in unit coordinates (0..1): the colour of a point. */
function shade(u: number, v: number): Rgba {
  const r = 0.2; // corner radius of the background square
  const dx = Math.max(Math.abs(u - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(v - 0.5) - (0.5 - r), 0);
  if (Math.hypot(dx, dy) > r) return [0, 0, 0, 0];
  const d = Math.hypot(u - 0.5, v - 0.5);
  const slash = Math.abs(u - 0.5 + (v - 0.5)) / Math.SQRT2 < 0.055 && d < 0.4;
  if (slash) return [255, 214, 102, 255];
  if (d < 0.12) return [36, 20, 110, 255];
  if (d < 0.3) return [255, 255, 255, 255];
  return [91, 61, 245, 255];
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const samples = 4;
  const data = png(size, (x, y) => {
    const acc: Rgba = [0, 0, 0, 0];
    for (let i = 0; i < samples; i++)
      for (let j = 0; j < samples; j++) {
        const [red, green, blue, alpha] = shade((x + (i + 0.5) / samples) / size, (y + (j + 0.5) / samples) / size);
        acc[0] += red * alpha;
        acc[1] += green * alpha;
        acc[2] += blue * alpha;
        acc[3] += alpha;
      }
    const a = acc[3] / (samples * samples);
    return acc[3] ? [Math.round(acc[0] / acc[3]), Math.round(acc[1] / acc[3]), Math.round(acc[2] / acc[3]), Math.round(a)] : [0, 0, 0, 0];
  });
  writeFileSync(`public/icons/icon-${String(size)}.png`, data);
}
