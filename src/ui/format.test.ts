import { describe, expect, it } from 'vitest';
import { formatDateRange, formatFigureValue, formatPartialDate } from './format';
import { safeHttpUrl } from './safeUrl';

describe('formatPartialDate', () => {
  it('keeps the precision the data has', () => {
    expect(formatPartialDate('2003', 'en')).toBe('2003');
    expect(formatPartialDate('2022-06', 'en')).toBe('June 2022');
    expect(formatPartialDate('2024-11-05', 'en')).toBe('November 5, 2024');
    expect(formatPartialDate(undefined, 'en')).toBeUndefined();
  });
  it('joins a range and collapses a single day', () => {
    expect(formatDateRange('2022-06-27', '2022-06-30', 'en')).toBe('June 27, 2022 – June 30, 2022');
    expect(formatDateRange('2017', undefined, 'en')).toBe('2017');
  });
});

describe('formatFigureValue', () => {
  it('writes money compactly and counts in full', () => {
    expect(formatFigureValue({ value: 7.2e9, unit: 'KRW' }, 'en')).toBe('7.2 billion');
    expect(formatFigureValue({ value: 560000, unit: 'L' }, 'en')).toBe('560,000');
  });
});

describe('safeHttpUrl', () => {
  it('allows only absolute http and https URLs', () => {
    expect(safeHttpUrl('https://en.pcmo.or.kr/a?b=1')).toBe('https://en.pcmo.or.kr/a?b=1');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl(' JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeHttpUrl('/relative/path')).toBeUndefined();
    expect(safeHttpUrl(undefined)).toBeUndefined();
  });
});
