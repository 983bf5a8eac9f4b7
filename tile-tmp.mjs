import sharp from 'sharp';
const [src, out, tileH = '900', count = '5', start='0'] = process.argv.slice(2);
const meta = await sharp(src).metadata();
const tiles = [];
for (let i = 0; i < Number(count); i++) {
  const top = Number(start) + i * Number(tileH);
  if (top >= meta.height) break;
  const h = Math.min(Number(tileH), meta.height - top);
  tiles.push({ input: await sharp(src).extract({ left: 0, top, width: meta.width, height: h }).toBuffer(), left: i * (meta.width + 10), top: 0 });
}
await sharp({ create: { width: tiles.length * (meta.width + 10), height: Number(tileH), channels: 3, background: '#888' } }).composite(tiles).png().toFile(out);
console.log(meta.width, meta.height);
