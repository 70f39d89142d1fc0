/** What the sidebar shows when nothing is selected: the dataset at a glance, with every cluster and partnership one click away. */
import { useTranslation } from 'react-i18next';
import type { Partnership, Site } from '../../api/schema';
import { COUNTRIES } from '../../api/vocabulary';
import { formatDateRange } from '../../ui/format';
import { LinkButton } from '../../ui/LinkButton';
import { PanelSection, SidePanel } from '../../ui/SidePanel';
import { PARTNERSHIP_STYLES } from '../../map/palette';

interface OverviewPanelProps {
  sites: Site[];
  partnerships: Partnership[];
  onOpenSite: (id: string) => void;
  onOpenPartnership: (id: string) => void;
}

export function OverviewPanel({ sites, partnerships, onOpenSite, onOpenPartnership }: OverviewPanelProps) {
  const { t, i18n } = useTranslation();
  const groups = sites.filter((s) => s.kind === 'cluster' || s.kind === 'zone');
  const memberCount = (id: string) => sites.filter((s) => s.parentId === id).length;
  const sorted = [...partnerships].sort((a, b) => (b.dateStart ?? '').localeCompare(a.dateStart ?? ''));
  return (
    <SidePanel recordKey="overview" title={t('overview.heading')}>
      <p className="intro">{t('overview.intro')}</p>
      <PanelSection title={t('overview.byCountry')}>
        <ul className="country-counts">
          {COUNTRIES.map((c) => (
            <li key={c}>
              <strong>{sites.filter((s) => s.country === c).length}</strong> {t(`country.${c}`)}
            </li>
          ))}
        </ul>
      </PanelSection>
      <PanelSection title={t('overview.clusters')}>
        <ul className="link-list">
          {groups.map((g) => (
            <li key={g.id}>
              <LinkButton onClick={() => onOpenSite(g.id)}>{g.name_en}</LinkButton>
              <span className="muted">
                {' '}
                · {g.regionName} · {t(`status.${g.status}`)}
                {memberCount(g.id) > 0 && ` · ${t('overview.members', { count: memberCount(g.id) })}`}
              </span>
            </li>
          ))}
        </ul>
      </PanelSection>
      <PanelSection title={t('overview.partnerships')}>
        <ul className="link-list">
          {sorted.map((p) => (
            <li key={p.id}>
              <span className="kind-swatch" style={{ background: PARTNERSHIP_STYLES[p.kind].color }} aria-hidden="true" />
              <LinkButton onClick={() => onOpenPartnership(p.id)}>{p.title_en}</LinkButton>
              <span className="muted">
                {' '}
                · {t(`partnershipKind.${p.kind}`)}
                {p.dateStart && ` · ${formatDateRange(p.dateStart, p.dateEnd, i18n.language)}`}
              </span>
            </li>
          ))}
        </ul>
      </PanelSection>
    </SidePanel>
  );
}
