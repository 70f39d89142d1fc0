import { describe, expect, it } from 'vitest';
import { localText, nativeName } from './names';

const sk = { name_en: 'SK-Pharmacy', name_ru: 'СК-Фармация', name_kk: 'СҚ-Фармация', country: 'KZ' as const, summary_en: 'Distributor.', summary_ru: 'Дистрибьютор.' };

describe('text in the reader’s language', () => {
  it('uses the reader’s language when the record has it', () => {
    expect(localText(sk, 'name', 'kk')).toEqual({ text: 'СҚ-Фармация', lang: 'kk', fallback: false });
    expect(localText(sk, 'name', 'en')).toEqual({ text: 'SK-Pharmacy', lang: 'en', fallback: false });
  });

  it('falls back Kazakh → Russian → English, Korean → English, and says so', () => {
    expect(localText(sk, 'summary', 'kk')).toEqual({ text: 'Дистрибьютор.', lang: 'ru', fallback: true });
    expect(localText(sk, 'name', 'ko')).toEqual({ text: 'SK-Pharmacy', lang: 'en', fallback: true });
    expect(localText({ summary_en: 'x' }, 'summary', 'kk')).toEqual({ text: 'x', lang: 'en', fallback: true });
  });

  it('offers a native name other than the one already shown', () => {
    expect(nativeName(sk)).toEqual({ lang: 'kk', text: 'СҚ-Фармация' });
    expect(nativeName(sk, 'kk')).toEqual({ lang: 'ru', text: 'СК-Фармация' });
    expect(nativeName({ name_en: 'A', name_ko: '가', country: 'KR' }, 'ko')).toBeUndefined();
  });
});
