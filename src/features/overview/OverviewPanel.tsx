/**
 * What the sidebar shows when nothing is selected: the current selection at a
 * glance (charts passed in by the app) and every cluster and zone one click away.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Site } from '../../api/schema';
import { LinkButton } from '../../ui/LinkButton';
import { Local, useLocalText, useRegionName } from '../../ui/localText';
import { PanelSection, SidePanel } from '../../ui/SidePanel';

interface OverviewPanelProps {
  /** All loaded sites (clusters are listed whatever the filters). */
  sites: Site[];
  /** Summary charts for the current filter. */
  summary?: ReactNode;
  onOpenSite: (id: string) => void;
}

export function OverviewPanel({ sites, summary, onOpenSite }: OverviewPanelProps) {
  const { t } = useTranslation();
  const { local } = useLocalText();
  const regionName = useRegionName();
  const groups = sites.filter((s) => s.kind === 'cluster' || s.kind === 'zone');
  const members = new Map<string, number>();
  for (const s of sites) if (s.parentId) members.set(s.parentId, (members.get(s.parentId) ?? 0) + 1);
  const memberCount = (id: string) => members.get(id) ?? 0;
  return (
    <SidePanel recordKey="overview" title={t('overview.heading')}>
      <p className="intro">{t('overview.intro')}</p>
      {summary}
      <PanelSection title={t('overview.clusters')}>
        <ul className="link-list">
          {groups.map((g) => (
            <li key={g.id}>
              <LinkButton onClick={() => onOpenSite(g.id)}>
                <Local value={local(g, 'name')} />
              </LinkButton>
              <span className="muted">
                {' '}
                · {regionName(g.region, g.regionName)} · {t(`status.${g.status}`)}
                {memberCount(g.id) > 0 && ` · ${t('overview.members', { count: memberCount(g.id) })}`}
              </span>
            </li>
          ))}
        </ul>
      </PanelSection>
    </SidePanel>
  );
}
