/**
 * The years a record is dated to. One rule for the year filter, the timeline
 * and the partnership explorer, so all three always agree.
 */
import type { Partnership, Site } from '../api/schema';

/** The year of a partial date ("2024", "2024-11", "2024-11-05"). */
export const yearOf = (date: string | undefined): number | undefined => (date ? Number(date.slice(0, 4)) : undefined);

/**
 * Every year from a partnership's start to its end. One with only a start or
 * only an end ("funded through 2027") is dated to that one year; an undated one
 * has no years.
 */
export function partnershipYears(p: Pick<Partnership, 'dateStart' | 'dateEnd'>): number[] {
  const start = yearOf(p.dateStart) ?? yearOf(p.dateEnd);
  const end = yearOf(p.dateEnd) ?? start;
  if (start === undefined || end === undefined) return [];
  const years: number[] = [];
  for (let y = Math.min(start, end); y <= Math.max(start, end); y++) years.push(y);
  return years;
}

/** The years a site's own data names: its founding, milestones and dated figures. */
export function siteOwnYears(site: Pick<Site, 'founded' | 'milestones' | 'figures'>): number[] {
  const years: number[] = [];
  const founded = yearOf(site.founded);
  if (founded !== undefined) years.push(founded);
  for (const m of site.milestones) years.push(yearOf(m.date)!);
  for (const f of site.figures) if (f.year !== undefined) years.push(f.year);
  return years;
}

/** Earliest and latest of many years, without spreading them into a call (that overflows the stack past ~100k). */
export function yearSpanOf(yearLists: Iterable<readonly number[]>): [number, number] | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const years of yearLists) {
    for (const y of years) {
      if (y < min) min = y;
      if (y > max) max = y;
    }
  }
  return min <= max ? [min, max] : undefined;
}
