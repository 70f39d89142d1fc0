/**
 * Data text in the reader's language: a record's name, title, summary or
 * milestone label in the interface language where the data has it, else along
 * the fallback chain (src/api/names.ts), marked with a small language tag so
 * the reader knows — never a blank.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { localText, type LocalText, type ReaderLanguage, type TranslatedField } from '../api/names';
import { isLanguage } from '../i18n/languages';

export function useReaderLanguage(): ReaderLanguage {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** `local(record, 'name')` → the text to show and what language it is in. */
export function useLocalText() {
  const reader = useReaderLanguage();
  const local = useCallback((record: object, field: TranslatedField) => localText(record, field, reader), [reader]);
  return { reader, local };
}

/** The text, in its language, with a tag such as "EN" when it is not in the reader's language. */
export function Local({ value }: { value: LocalText }) {
  const { t } = useTranslation();
  return (
    <>
      <span lang={value.lang}>{value.text}</span>
      {value.fallback && (
        <>
          <span className="lang-tag" aria-hidden="true">
            {value.lang.toUpperCase()}
          </span>
          <span className="visually-hidden"> ({t('panel.inLanguage', { language: t(`language.${value.lang}`) })})</span>
        </>
      )}
    </>
  );
}

/** The same as plain text (for attributes, tooltips, map labels): the tag in brackets. */
export function localPlain(value: LocalText): string {
  return value.fallback ? `${value.text} (${value.lang.toUpperCase()})` : value.text;
}

/** The name of a first-level region in the reader's language; the data's English name when there is no translation. */
export function useRegionName() {
  const { t } = useTranslation();
  return useCallback(
    (code: string, fallback: string) => t(`region.${code}` as 'region.KR-11', { defaultValue: fallback }),
    [t],
  );
}
