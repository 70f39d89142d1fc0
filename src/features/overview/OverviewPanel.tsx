/**
 * What the sidebar shows when nothing is selected: the current selection at a
 * glance (charts passed in by the app) and every cluster and zone one click away.
 */
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiteLite } from '../../data/engine';
import { LinkButton } from '../../ui/LinkButton';
import { Local, useLocalText, useRegionName } from '../../ui/localText';
import { PanelSection, SidePanel } from '../../ui/SidePanel';

interface OverviewPanelProps {
  /** Every cluster and zone with its number of member sites (listed whatever the filters). */
  groups: { site: SiteLite; members: number }[];
  /** How many clusters and zones there are in all (more than listed when there are many). */
  total: number;
  /** Summary charts for the current filter. */
  summary?: ReactNode;
  onOpenSite: (id: string) => void;
}

export function OverviewPanel({ groups, total, summary, onOpenSite }: OverviewPanelProps) {
  const { t } = useTranslation();
  return (
    <SidePanel recordKey="overview" title={t('overview.heading')}>
      <p className="intro">{t('overview.intro')}</p>
      {summary}
      <GroupList groups={groups} total={total} onOpenSite={onOpenSite} />
    </SidePanel>
  );
}

/** Memoised: the page renders again on every answer from the data worker, and the groups rarely change. */
const GroupList = memo(function GroupList({ groups, total, onOpenSite }: Omit<OverviewPanelProps, 'summary'>) {
  const { t } = useTranslation();
  const { local } = useLocalText();
  const regionName = useRegionName();
  return (
    <PanelSection title={t('overview.clusters')}>
      <ul className="link-list">
        {groups.map(({ site: g, members }) => (
          <li key={g.id}>
            <LinkButton onClick={() => onOpenSite(g.id)}>
              <Local value={local(g, 'name')} />
            </LinkButton>
            <span className="muted">
              {' '}
              · {regionName(g.region, g.regionName)} · {t(`status.${g.status}`)}
              {members > 0 && ` · ${t('overview.members', { count: members })}`}
            </span>
          </li>
        ))}
      </ul>
      {total > groups.length && <p className="muted">{t('overview.more', { count: total - groups.length })}</p>}
    </PanelSection>
  );
});
