import { useTranslation } from 'react-i18next';
import type { Figure } from '../api/schema';
import { formatFigureValue } from './format';
import './ui.css';

/** Key figures with their units, qualifiers ("more than", "target") and reference year. */
export function Figures({ figures }: { figures: Figure[] }) {
  const { t, i18n } = useTranslation();
  return (
    <table className="figures">
      <tbody>
        {figures.map((f, i) => {
          const unit = t(`unit.${f.unit}`);
          const qualifier = f.qualifier && f.qualifier !== 'target' ? `${t(`figure.qualifier_${f.qualifier}`)} ` : '';
          const when = f.year ? ` ${t('figure.byYear', { year: String(f.year) })}` : '';
          return (
            <tr key={`${f.metric}-${i}`}>
              <th scope="row">
                {t(`figure.${f.metric}`)}
                {f.qualifier === 'target' && <span className="tag">{t('figure.qualifier_target')}</span>}
              </th>
              <td>
                {qualifier}
                <strong>{formatFigureValue(f, i18n.language)}</strong>
                {unit && ` ${unit}`}
                {when}
                {f.note && <div className="figure-note">{f.note}</div>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
