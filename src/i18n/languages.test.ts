import { describe, expect, it } from 'vitest';
import { pickLanguage } from './languages';

describe('choosing the language', () => {
  const none = { url: null, stored: null, browser: [] as string[], embedded: false };
  it('takes the URL first, then the stored choice, then the browser, then English', () => {
    expect(pickLanguage({ ...none, url: 'kk', stored: 'ko', browser: ['ru'] })).toBe('kk');
    expect(pickLanguage({ ...none, stored: 'ko', browser: ['ru'] })).toBe('ko');
    expect(pickLanguage({ ...none, browser: ['de-DE', 'ru-RU', 'ko'] })).toBe('ru');
    expect(pickLanguage(none)).toBe('en');
  });
  it('ignores unknown values', () => {
    expect(pickLanguage({ ...none, url: 'fr', stored: 'xx', browser: ['kk-KZ'] })).toBe('kk');
  });
  it('inside a portal frame, a stored choice does not override the portal', () => {
    expect(pickLanguage({ ...none, stored: 'ko', browser: ['ru'], embedded: true })).toBe('ru');
  });
});
