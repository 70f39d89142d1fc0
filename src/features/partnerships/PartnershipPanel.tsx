/** One partnership: its parties (as links), kind, dates, status, summary and sources. */
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../api/schema';
import type { SiteLite } from '../../data/engine';
import { Figures } from '../../ui/Figures';
import { formatDateRange } from '../../ui/format';
import { LinkButton } from '../../ui/LinkButton';
import { Local, useLocalText, useRegionName } from '../../ui/localText';
import { PanelSection, SidePanel } from '../../ui/SidePanel';
import { SourceList } from '../../ui/SourceList';
import { PARTNERSHIP_STYLES } from '../../theme/palette';

interface PartnershipPanelProps {
  partnership: Partnership;
  /** The loaded parties (a party the data lacks is shown by its id). */
  parties: SiteLite[];
  onOpenSite: (id: string) => void;
  onClose: () => void;
}

export function PartnershipPanel({ partnership: p, parties, onOpenSite, onClose }: PartnershipPanelProps) {
  const sitesById = new Map(parties.map((s) => [s.id, s]));
  const { t, i18n } = useTranslation();
  const dates = formatDateRange(p.dateStart, p.dateEnd, i18n.language);
  const { local } = useLocalText();
  const regionName = useRegionName();
  return (
    <SidePanel
      recordKey={p.id}
      eyebrow={
        <>
          <span className="kind-swatch" style={{ background: PARTNERSHIP_STYLES[p.kind].color }} aria-hidden="true" />
          {t(`partnershipKind.${p.kind}`)}
        </>
      }
      title={<Local value={local(p, 'title')} />}
      onClose={onClose}
    >
      <div className="status-row">
        <span className={`status-badge status-${p.status}`}>{t(`status.${p.status}`)}</span>
      </div>
      <dl className="facts">
        <dt>{t('panel.dates')}</dt>
        <dd>{dates ?? t('panel.undated')}</dd>
      </dl>

      <PanelSection title={t('panel.parties')}>
        <ul className="link-list parties">
          {p.parties.map((id) => {
            const site = sitesById.get(id);
            return (
              <li key={id}>
                {site ? (
                  <LinkButton onClick={() => onOpenSite(id)}>
                    <Local value={local(site, 'name')} />
                  </LinkButton>
                ) : (
                  id
                )}
                {site && (
                  <span className="muted">
                    {' '}
                    · {site.city_en ? <span lang="en">{site.city_en}</span> : regionName(site.region, site.regionName)}, {t(`country.${site.country}`)}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </PanelSection>

      <PanelSection title={t('panel.summary')}>
        <p>
          <Local value={local(p, 'summary')} />
        </p>
      </PanelSection>

      {p.figures.length > 0 && (
        <PanelSection title={t('panel.figures')}>
          <Figures figures={p.figures} />
        </PanelSection>
      )}

      {p.note && (
        <PanelSection title={t('panel.note')}>
          <p>{p.note}</p>
        </PanelSection>
      )}

      <PanelSection title={t('panel.sources')}>
        <SourceList sources={p.sources} />
      </PanelSection>
    </SidePanel>
  );
}
