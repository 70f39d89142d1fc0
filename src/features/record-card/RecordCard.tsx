/**
 * The selected site or partnership as a compact card, for an atlas embedded in
 * a portal: what it is, where, its status and a short summary, with a link to
 * its full panel in the full atlas (a new tab). A card on wide frames, a bottom
 * sheet on small ones (recordCard.css). Same frame as the side panels: focus
 * moves to it when opened by keyboard, Escape closes it.
 */
import { useTranslation } from 'react-i18next';
import type { PartnershipDetails, SiteDetails } from '../../data/engine';
import { PARTNERSHIP_STYLES } from '../../theme/palette';
import { formatDateRange } from '../../ui/format';
import { LinkButton } from '../../ui/LinkButton';
import { LiveLink } from '../../ui/LiveLink';
import { Local, useLocalText, useRegionName } from '../../ui/localText';
import { SectorTag } from '../../ui/SectorTag';
import { SidePanel } from '../../ui/SidePanel';
import './recordCard.css';

interface RecordCardProps {
  site?: SiteDetails;
  partnership?: PartnershipDetails;
  /** The full atlas opened on this record (read when the link is followed). */
  fullDetailsHref: () => string;
  onOpenSite: (id: string) => void;
  onClose: () => void;
}

export function RecordCard({ site, partnership, fullDetailsHref, onOpenSite, onClose }: RecordCardProps) {
  const { t, i18n } = useTranslation();
  const { local } = useLocalText();
  const regionName = useRegionName();
  const link = (
    <p className="record-card-link">
      <LiveLink href={fullDetailsHref}>{t('embed.openInFullMap')}</LiveLink>
    </p>
  );

  if (site) {
    const s = site.site;
    return (
      <SidePanel
        className="record-card"
        recordKey={s.id}
        eyebrow={`${t(`kind.${s.kind}`)} · ${t(`country.${s.country}`)}`}
        title={<Local value={local(s, 'name')} />}
        onClose={onClose}
        closeLabel={t('embed.closeCard')}
      >
        <div className="status-row">
          <span className={`status-badge status-${s.status}`}>{t(`status.${s.status}`)}</span>
          <span className="muted">
            {s.city_en && <span lang="en">{s.city_en}, </span>}
            {regionName(s.region, s.regionName)}
          </span>
        </div>
        <div className="tag-list">
          {s.sectors.map((sector) => (
            <SectorTag key={sector} sector={sector} />
          ))}
        </div>
        <p className="record-card-summary">
          <Local value={local(s, 'summary')} />
        </p>
        {link}
      </SidePanel>
    );
  }

  if (partnership) {
    const p = partnership.partnership;
    const dates = formatDateRange(p.dateStart, p.dateEnd, i18n.language);
    const parties = new Map(partnership.parties.map((party) => [party.id, party]));
    return (
      <SidePanel
        className="record-card"
        recordKey={p.id}
        eyebrow={
          <>
            <span className="kind-swatch" style={{ background: PARTNERSHIP_STYLES[p.kind].color }} aria-hidden="true" />
            {t(`partnershipKind.${p.kind}`)}
            {dates && ` · ${dates}`}
          </>
        }
        title={<Local value={local(p, 'title')} />}
        onClose={onClose}
        closeLabel={t('embed.closeCard')}
      >
        <div className="status-row">
          <span className={`status-badge status-${p.status}`}>{t(`status.${p.status}`)}</span>
        </div>
        <h3 className="record-card-heading">{t('embed.parties')}</h3>
        <ul className="record-card-parties">
          {p.parties.map((id) => {
            const party = parties.get(id);
            return (
              <li key={id}>
                {party ? (
                  <LinkButton onClick={() => onOpenSite(id)}>
                    <Local value={local(party, 'name')} />
                  </LinkButton>
                ) : (
                  id
                )}
                {party && <span className="muted"> · {t(`country.${party.country}`)}</span>}
              </li>
            );
          })}
        </ul>
        <p className="record-card-summary">
          <Local value={local(p, 'summary')} />
        </p>
        {link}
      </SidePanel>
    );
  }
  return null;
}
