import { G, Path, Svg } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';
import { icons, type IconName } from '../../src/icons.ts';
import { colors } from './theme.ts';

export interface IconProps {
  name: IconName;
  /** Width and height in points. */
  size: number;
  color?: string;
  /** A right-to-left layout: icons that carry a direction are drawn mirrored. */
  rtl?: boolean;
  /**
   * The icon's text alternative in the reader's language (`leaflet.ui.icons[name]`), for
   * the tagged and HTML editions; or `artifact` where the words beside it say the same.
   */
  alt?: string;
  artifact?: boolean;
  style?: Style;
}

/**
 * A pictogram from the project's set (src/icons.ts, Tabler Icons' outline drawings,
 * MIT): stroked vector paths drawn with react-pdf's Svg, never an image. `alt` and
 * `artifact` are passed on as props for the tagged edition, which reads them from the
 * laid-out tree.
 */
export function Icon({ name, size, color = colors.accent, rtl = false, alt, artifact, style }: IconProps) {
  const set = icons();
  const icon = set.icons[name];
  if (!icon) throw new Error(`Icon: no icon "${name}" in icons/tabler-outline.json (run scripts/extract-icons.ts)`);
  const mirrored = rtl && icon.mirror;
  // react-pdf keeps props it does not know on the node: the tagged edition reads them.
  const tagging = { ...(alt !== undefined ? { alt } : {}), ...(artifact ? { artifact: true } : {}) } as object;
  return (
    <Svg {...tagging} viewBox={set.viewBox} style={{ width: size, height: size, flexShrink: 0, ...style }}>
      <G transform={mirrored ? 'matrix(-1 0 0 1 24 0)' : undefined}>
        {icon.nodes.map(([, attrs], i) => (
          <Path key={i} d={attrs.d ?? ''} stroke={color} strokeWidth={set.strokeWidth} fill="none" strokeLinecap="round" strokeLinejoin="round" />
        ))}
      </G>
    </Svg>
  );
}
