/**
 * Skip links, the first stops of the page for keyboard users: to the map (its
 * canvas, where the arrow keys move it), to the results, and on the desktop to
 * the details panel. Each moves focus itself, since a hash link would only
 * scroll and would rewrite the address's #zoom/lat/lon.
 */
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The map region's id (MapPane); its canvas takes the focus when there is one. */
export const MAP_REGION_ID = 'atlas-map';

function focusTarget(id: string) {
  const region = document.getElementById(id);
  const target = id === MAP_REGION_ID ? (region?.querySelector<HTMLElement>('canvas[tabindex]') ?? region) : region;
  target?.focus();
  target?.scrollIntoView?.({ block: 'nearest' });
}

export function SkipLinks({ results, panel }: { results: string; panel?: string }) {
  const { t } = useTranslation();
  const link = (id: string, label: string) => (
    <a
      className="skip-link"
      href={`#${id}`}
      onClick={(event: MouseEvent) => {
        event.preventDefault();
        focusTarget(id);
      }}
    >
      {label}
    </a>
  );
  return (
    <nav className="skip-links" aria-label={t('a11y.skipLinks')}>
      {link(MAP_REGION_ID, t('a11y.skipToMap'))}
      {link(results, t('a11y.skipToResults'))}
      {panel && link(panel, t('app.skipToPanel'))}
    </nav>
  );
}
