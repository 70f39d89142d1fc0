/**
 * i18next set-up. Every user-visible string comes from here; adding Korean,
 * Russian or Kazakh means adding a resource file, not touching components.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

export function initI18n(language = 'en') {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { en: { translation: en } },
      lng: language,
      fallbackLng: 'en',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
      initAsync: false,
      showSupportNotice: false,
    });
  }
  return i18n;
}

export { i18n };
