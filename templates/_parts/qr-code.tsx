import { Path, Rect, Svg } from '@react-pdf/renderer';
import type { QrMatrix } from '../../src/render/images.ts';
import { colors } from './theme.ts';

/** The quiet zone a QR reader needs around the symbol, in modules (ISO/IEC 18004). */
export const QUIET_MODULES = 4;

/**
 * A QR code drawn as vector squares, dark on white, with its 4-module quiet zone painted
 * white: `size` is the symbol's width in points, the element is wider by the quiet zone.
 * Each row's runs of dark modules are one rectangle, so a code is a few hundred path
 * segments, not an image.
 */
export function QrCode({ matrix, size }: { matrix: QrMatrix; size: number }) {
  const n = matrix.size;
  const total = n + 2 * QUIET_MODULES;
  const module = size / n;
  let d = '';
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; ) {
      if (!matrix.dark[y * n + x]) {
        x++;
        continue;
      }
      let end = x;
      while (end < n && matrix.dark[y * n + end]) end++;
      d += `M${x + QUIET_MODULES} ${y + QUIET_MODULES}h${end - x}v1h${x - end}z`;
      x = end;
    }
  }
  return (
    <Svg viewBox={`0 0 ${total} ${total}`} style={{ width: total * module, height: total * module, flexShrink: 0 }}>
      <Rect x={0} y={0} width={total} height={total} fill={colors.white} />
      {/* Pure black modules: the most contrast a reader can get. */}
      <Path d={d} fill="#000000" />
    </Svg>
  );
}
