/**
 * "Export": a menu button offering what the current filters show as four
 * downloads — sites and partnerships, each as GeoJSON and as CSV. A menu in
 * the ARIA sense: arrow keys move between items, Escape or a click outside
 * closes it and focus returns to the button.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFilename, MIME_TYPES, type ExportCollection, type ExportFormat } from '../../data/exportFiles';
import { downloadText } from './download';
import './exportMenu.css';

export interface ExportMenuProps {
  /** How many sites and partnerships the current filters show. */
  counts: Record<ExportCollection, number>;
  /** The file's text for what the filters show (written by the data worker). */
  exportText: (collection: ExportCollection, format: ExportFormat) => Promise<string>;
}

interface Item {
  collection: ExportCollection;
  format: ExportFormat;
}

/** The menu's items that can take focus, in order. */
const enabledItems = (menu: HTMLElement | null) => [
  ...(menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]:not(:disabled)') ?? []),
];

const ITEMS: readonly Item[] = [
  { collection: 'sites', format: 'geojson' },
  { collection: 'sites', format: 'csv' },
  { collection: 'partnerships', format: 'geojson' },
  { collection: 'partnerships', format: 'csv' },
];

export function ExportMenu({ counts, exportText }: ExportMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  /** Which item takes focus when the menu opens: ArrowUp on the button starts from the last. */
  const startAt = useRef<'first' | 'last'>('first');
  const buttonId = useId();
  const menuId = useId();

  const countOf = (collection: ExportCollection) => counts[collection];

  useEffect(() => {
    if (!open) return;
    const items = enabledItems(menuRef.current);
    // With every item disabled (nothing to export), the menu itself holds focus so keys still work.
    const first = startAt.current === 'last' ? items.at(-1) : items[0];
    (first ?? menuRef.current)?.focus();
    // A press anywhere outside closes the menu (focus stays where the press put it).
    const onPointerDown = (event: PointerEvent | MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('mousedown', onPointerDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('mousedown', onPointerDown);
    };
  }, [open]);

  const openMenu = (from: 'first' | 'last') => {
    startAt.current = from;
    setOpen(true);
  };
  const closeMenu = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const download = async ({ collection, format }: Item) => {
    closeMenu(true);
    const filename = exportFilename(collection, format);
    try {
      downloadText(await exportText(collection, format), filename, MIME_TYPES[format]);
      setMessage(t('exportMenu.downloaded', { filename }));
    } catch (error) {
      setMessage(t('exportMenu.failed', { filename, reason: error instanceof Error ? error.message : String(error) }));
    }
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape' && open) {
      event.preventDefault(); // keeps the side panel's Escape handler from closing the panel too
      closeMenu(true);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = enabledItems(menuRef.current);
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    let next: HTMLButtonElement | undefined;
    switch (event.key) {
      case 'ArrowDown':
        next = items[(index + 1) % items.length];
        break;
      case 'ArrowUp':
        next = index < 0 ? items.at(-1) : items[(index - 1 + items.length) % items.length];
        break;
      case 'Home':
        next = items[0];
        break;
      case 'End':
        next = items.at(-1);
        break;
      case 'Escape':
        event.preventDefault(); // keeps the side panel's Escape handler from closing the panel too
        closeMenu(true);
        return;
      case 'Tab':
        closeMenu(false);
        return;
      default:
        return;
    }
    event.preventDefault();
    next?.focus();
  };

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="toolbar-button export-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={t('exportMenu.buttonLabel')}
        onClick={() => (open ? closeMenu(false) : openMenu('first'))}
        onKeyDown={onButtonKeyDown}
      >
        <svg className="export-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M8 1.5v8.2M4.6 6.6 8 10l3.4-3.4M2.5 11.5v2.5h11v-2.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
        {t('exportMenu.button')}
        <span className="export-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <div className="export-popover" onKeyDown={onMenuKeyDown}>
          <p className="export-hint">{t('exportMenu.hint')}</p>
          <div ref={menuRef} id={menuId} role="menu" aria-label={t('exportMenu.menuLabel')} tabIndex={-1}>
            {ITEMS.map((item) => {
              const count = countOf(item.collection);
              return (
                <button
                  key={`${item.collection}-${item.format}`}
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  className="export-item"
                  disabled={count === 0}
                  onClick={() => download(item)}
                >
                  {t('exportMenu.item', {
                    records: t(`exportMenu.${item.collection}`, { count }),
                    format: t(`exportMenu.${item.format}`),
                  })}
                </button>
              );
            })}
          </div>
        </div>
      )}
      <span className="export-status" role="status" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
