/** Everything the atlas knows about one site, with links to related records. */
import { useTranslation } from 'react-i18next';
import { otherNames } from '../../api/names';
import type { Partnership, Site } from '../../api/schema';
import type { SiteLite } from '../../data/engine';
import { Figures } from '../../ui/Figures';
import { formatDateRange, formatPartialDate } from '../../ui/format';
import { LinkButton } from '../../ui/LinkButton';
import { Local, useLocalText, useRegionName } from '../../ui/localText';
import { SectorTag } from '../../ui/SectorTag';
import { PanelSection, SidePanel } from '../../ui/SidePanel';
import { SourceList } from '../../ui/SourceList';
import './facility.css';

interface FacilityPanelProps {
  site: Site;
  /** The cluster or zone it belongs to. */
  parent?: SiteLite;
  /** Sites that belong to it. */
  members: SiteLite[];
  /** Its partnerships. */
  partnerships: Partnership[];
  onOpenSite: (id: string) => void;
  onOpenPartnership: (id: string) => void;
  onShowOnMap: (id: string) => void;
  onClose: () => void;
}

export function FacilityPanel({
  site,
  parent,
  members,
  partnerships,
  onOpenSite,
  onOpenPartnership,
  onShowOnMap,
  onClose,
}: FacilityPanelProps) {
  const { t, i18n } = useTranslation();
  const links = partnerships;
  const { local } = useLocalText();
  const regionName = useRegionName();
  const name = local(site, 'name');
  // Every other name the site has, English included when the title is in another language.
  const otherForms = [{ lang: 'en' as const, text: site.name_en }, ...otherNames(site)].filter((n) => n.text !== name.text);

  return (
    <SidePanel
      recordKey={site.id}
      eyebrow={`${t(`kind.${site.kind}`)} · ${t(`country.${site.country}`)}`}
      title={<Local value={name} />}
      subtitle={
        otherForms.length > 0 && (
          <span className="native-names">
            {otherForms.map(({ lang, text }) => (
              <span key={lang} lang={lang} title={t(`language.${lang}`)}>
                {text}
              </span>
            ))}
          </span>
        )
      }
      onClose={onClose}
    >
      <div className="status-row">
        <span className={`status-badge status-${site.status}`}>{t(`status.${site.status}`)}</span>
        {site.statusNote && <span className="status-note">{site.statusNote}</span>}
      </div>

      <dl className="facts">
        <dt>{t('panel.sectors')}</dt>
        <dd className="tag-list">
          {site.sectors.map((s) => (
            <SectorTag key={s} sector={s} />
          ))}
        </dd>
        <dt>{t('panel.region')}</dt>
        <dd>
          {site.city_en && <span lang="en">{site.city_en}, </span>}
          {regionName(site.region, site.regionName)} <span className="muted">({site.region})</span>
        </dd>
        <dt>{t('panel.location')}</dt>
        <dd>
          {t('panel.precision', { precision: t(`precision.${site.locationPrecision}`) })}{' '}
          <LinkButton onClick={() => onShowOnMap(site.id)}>{t('panel.showOnMap')}</LinkButton>
        </dd>
        {site.founded && (
          <>
            <dt>{t('panel.founded')}</dt>
            <dd>{formatPartialDate(site.founded, i18n.language)}</dd>
          </>
        )}
        {parent && (
          <>
            <dt>{t('panel.parent')}</dt>
            <dd>
              <LinkButton onClick={() => onOpenSite(parent.id)}>
                <Local value={local(parent, 'name')} />
              </LinkButton>
            </dd>
          </>
        )}
      </dl>

      <PanelSection title={t('panel.summary')}>
        <p>
          <Local value={local(site, 'summary')} />
        </p>
      </PanelSection>

      {site.figures.length > 0 && (
        <PanelSection title={t('panel.figures')}>
          <Figures figures={site.figures} />
        </PanelSection>
      )}

      {site.milestones.length > 0 && (
        <PanelSection title={t('panel.milestones')}>
          <ul className="milestones">
            {site.milestones.map((m, i) => (
              <li key={`${m.date}-${i}`}>
                <time dateTime={m.date}>{formatPartialDate(m.date, i18n.language)}</time> <Local value={local(m, 'label')} />
              </li>
            ))}
          </ul>
        </PanelSection>
      )}

      {members.length > 0 && (
        <PanelSection title={t('panel.members')}>
          <ul className="link-list">
            {members.map((m) => (
              <li key={m.id}>
                <LinkButton onClick={() => onOpenSite(m.id)}>
                  <Local value={local(m, 'name')} />
                </LinkButton>
                <span className="muted"> · {t(`kind.${m.kind}`)}</span>
              </li>
            ))}
          </ul>
        </PanelSection>
      )}

      <PanelSection title={t('panel.partnerships')}>
        {links.length === 0 ? (
          <p className="muted">{t('panel.noPartnerships')}</p>
        ) : (
          <ul className="link-list">
            {links.map((p) => (
              <li key={p.id}>
                <LinkButton onClick={() => onOpenPartnership(p.id)}>
                  <Local value={local(p, 'title')} />
                </LinkButton>
                <span className="muted">
                  {' '}
                  · {t(`partnershipKind.${p.kind}`)}
                  {p.dateStart && ` · ${formatDateRange(p.dateStart, p.dateEnd, i18n.language)}`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </PanelSection>

      {(site.note || site.aliases.length > 0) && (
        <PanelSection title={t('panel.note')}>
          {site.note && <p>{site.note}</p>}
          {site.aliases.length > 0 && (
            <p className="muted">
              {t('panel.aliases')}: {site.aliases.join(' · ')}
            </p>
          )}
        </PanelSection>
      )}

      <PanelSection title={t('panel.sources')}>
        <SourceList sources={site.sources} />
      </PanelSection>
    </SidePanel>
  );
}
