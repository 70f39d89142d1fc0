import { useTranslation } from 'react-i18next';
import type { Source } from '../api/schema';
import { formatPartialDate } from './format';
import { safeHttpUrl } from './safeUrl';
import './ui.css';

/** The articles a record rests on: title (linked only if http/https), publisher, date, quoted passage. */
export function SourceList({ sources }: { sources: Source[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="sources">
      {sources.map((source, i) => {
        const href = safeHttpUrl(source.url);
        return (
          <li key={`${source.article}-${i}`}>
            <div className="source-title">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {source.title}
                </a>
              ) : (
                source.title
              )}
            </div>
            <div className="source-meta">
              {source.publisher} · {formatPartialDate(source.date, i18n.language) ?? t('panel.undated')} ·{' '}
              {t('panel.sourceArticle', { article: source.article })}
            </div>
            <blockquote>{source.quote}</blockquote>
          </li>
        );
      })}
    </ol>
  );
}
