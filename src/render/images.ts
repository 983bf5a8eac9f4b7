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

/** A QR code's modules: `size` × `size`, row by row, true where a module is dark. */
export interface QrMatrix {
  size: number;
  dark: boolean[];
}

/**
 * The modules of a QR code for `url`, from the qrcode library, for a template to draw as
 * vector squares: sharp at any print resolution, and no image for a print shop to
 * resample. Error correction M, as phones read it reliably at card size.
 */
export function qrMatrix(url: string): QrMatrix {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: Array.from(modules.data, (v) => v === 1) };
}
