import { useTranslation } from 'react-i18next';
import type { Sector } from '../api/vocabulary';
import { SECTOR_COLORS } from '../theme/palette';
import './ui.css';

export function SectorTag({ sector }: { sector: Sector }) {
  const { t } = useTranslation();
  return (
    <span className="sector-tag">
      <span className="swatch" style={{ background: SECTOR_COLORS[sector] }} aria-hidden="true" />
      {t(`sector.${sector}`)}
    </span>
  );
}
