import type { PartnershipKind } from '../api/vocabulary';
import { PARTNERSHIP_STYLES } from '../theme/palette';

/** A short sample of a partnership kind's map line (colour and dash), for legends and lists. */
export function PartnershipLine({ kind, length = 28, className }: { kind: PartnershipKind; length?: number; className?: string }) {
  const style = PARTNERSHIP_STYLES[kind];
  return (
    <svg className={className} width={length} height="10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2={length - 1}
        y2="5"
        stroke={style.color}
        strokeWidth={style.width}
        strokeDasharray={style.dash.map((d) => d * style.width).join(' ')}
      />
    </svg>
  );
}
