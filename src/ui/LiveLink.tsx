/**
 * A link out of an embedded atlas to the full one (a new tab). Its address is
 * the current state, which moves with every filter and camera change, so it is
 * read again just before the link is followed, copied or focused.
 */
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface LiveLinkProps {
  href: () => string;
  className?: string;
  children: ReactNode;
}

export function LiveLink({ href, className, children }: LiveLinkProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLAnchorElement>(null);
  const refresh = () => {
    if (ref.current) ref.current.href = href();
  };
  return (
    <a
      ref={ref}
      className={className}
      href={href()}
      target="_blank"
      rel="noopener"
      onPointerDown={refresh}
      onMouseEnter={refresh}
      onFocus={refresh}
      onKeyDown={refresh}
      onContextMenu={refresh}
    >
      {children}
      <svg className="live-link-icon" viewBox="0 0 12 12" width="11" height="11" aria-hidden="true">
        <path d="M4.5 2.5h5v5M9.5 2.5 3 9" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      <span className="visually-hidden"> {t('embed.newTab')}</span>
    </a>
  );
}
