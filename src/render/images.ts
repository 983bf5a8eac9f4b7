import QRCode from 'qrcode';
import sharp from 'sharp';

/** Print resolution for images, in pixels per inch of their placed size (print norms). */
export const PRINT_PPI = 300;

/**
 * A QR code for `url`, drawn as SVG by the qrcode library and rasterized by sharp at the
 * resolution its placed size needs: crisp at print resolution, nothing more. sharp
 * writes no metadata unless asked, so the PNG carries no date or software name.
 */
export async function qrPng(url: string, sizeMm: number, ppi: number): Promise<Buffer> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 0 });
  const pixels = Math.ceil((sizeMm / 25.4) * ppi);
  return sharp(Buffer.from(svg), { density: 600 })
    .resize(pixels, pixels, { kernel: 'nearest', fit: 'fill' })
    .flatten({ background: '#ffffff' })
    .toColourspace('b-w')
    .png({ compressionLevel: 9 })
    .toBuffer();
}
