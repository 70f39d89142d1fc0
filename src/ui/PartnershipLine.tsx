import type { PartnershipKind } from '../api/vocabulary';
import { FLOW_OPACITY, FLOW_STYLES, PARTNERSHIP_STYLES, type FlowKind } from '../theme/palette';

interface SwatchProps {
  color: string;
  width: number;
  /** Dash and gap lengths in line widths, as MapLibre's line-dasharray. */
  dash: readonly number[];
  opacity?: number;
  length?: number;
  className?: string;
}

/** A short sample of a map line (colour, width and dash), for legends and lists. */
export function LineSwatch({ color, width, dash, opacity, length = 28, className }: SwatchProps) {
  return (
    <svg className={className} width={length} height="10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2={length - 1}
        y2="5"
        stroke={color}
        strokeWidth={width}
        strokeDasharray={dash.map((d) => d * width).join(' ')}
        opacity={opacity}
      />
    </svg>
  );
}

/** A partnership kind's map line. */
export function PartnershipLine({ kind, length, className }: { kind: PartnershipKind; length?: number; className?: string }) {
  const { color, width, dash } = PARTNERSHIP_STYLES[kind];
  return <LineSwatch color={color} width={width} dash={dash} length={length} className={className} />;
}

/** A flow's map line between regions (across a border, or within a country), as the map draws it. */
export function FlowLine({ kind, width = 5, length }: { kind: FlowKind; width?: number; length?: number }) {
  const { color, dash } = FLOW_STYLES[kind];
  return <LineSwatch color={color} width={width} dash={dash} opacity={FLOW_OPACITY} length={length} />;
}
