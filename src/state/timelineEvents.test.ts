import { describe, expect, it } from 'vitest';
import type { Partnership, Site } from '../api/schema';
import { makePartnership, makeSite } from '../../test/factories';
import { binByYear, collectTimelineEvents, stepRange, timelineEvents, timelineModel, yearAxis, yearTicks } from './timelineEvents';
import { datasetPartnerships, datasetSites } from '../../test/dataset';

const site = (id: string, p: Partial<Site> = {}) => makeSite(id, { summary_en: '', sources: [], coordinates: [0, 0], ...p });
const partnership = (id: string, p: Partial<Partnership> = {}) => makePartnership(id, { summary_en: '', sources: [], ...p });

const sites = datasetSites;
const partnerships = datasetPartnerships;

describe('timelineEvents on the dataset', () => {
  const events = timelineEvents(sites, partnerships);
  const find = (year: number, kind: string, re: RegExp) =>
    events.find((e) => e.year === year && e.kind === kind && re.test(`${e.label} ${e.detail ?? ''}`));

  it('has the foundings, the 2022 visit, the 2030 targets and a 2025 milestone', () => {
    expect(find(1998, 'milestone', /Wonju/)).toBeDefined();
    expect(find(2003, 'founded', /Wonju/)).toBeDefined();
    expect(find(2003, 'founded', /Incheon Free Economic Zone/)).toBeDefined();
    expect(find(2022, 'partnership', /delegation working visit/)).toBeDefined();
    expect(find(2030, 'target', /Ministry of Trade/)?.metrics).toEqual(['production_target', 'export_target']);
    expect(find(2025, 'milestone', /Completion expected/)).toBeDefined();
  });

  it('makes the same timeline from the events in any order (the data worker does not sort them)', () => {
    const sorted = timelineModel(events);
    const collected = collectTimelineEvents(sites, partnerships);
    // Reversed and shuffled: every year's tooltip still lists its first events in display order.
    const shuffled = [...collected].reverse().sort((a, b) => (a.id.length % 3) - (b.id.length % 3));
    expect(timelineModel(shuffled)).toEqual(sorted);
    expect(timelineModel(shuffled.slice().reverse())).toEqual(sorted);
  });

  it('lists a busy year\'s first events in display order whatever order they come in', () => {
    const many = Array.from({ length: 40 }, (_, i) => site(`s${i}`, { name_en: `Site ${String.fromCharCode(65 + ((i * 7) % 26))}${i}`, founded: '2020' }));
    const ordered = timelineEvents(many, []);
    const [bin] = binByYear([...ordered].reverse(), 2020, 2020, 12);
    expect(bin.count).toBe(40);
    expect(bin.events).toEqual(ordered.slice(0, 12));
  });

  it('is sorted by year, with unique ids', () => {
    expect(events.map((e) => e.year)).toEqual([...events.map((e) => e.year)].sort((a, b) => a - b));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    // From the earliest event (Wonju's 1998 founding, or anything older added since) to 2030 at least.
    const [first, last] = yearAxis(events)!;
    expect(first).toBe(events[0].year);
    expect(first).toBeLessThanOrEqual(1998);
    expect(last).toBe(Math.max(2030, events[events.length - 1].year));
  });

  it('counts the founding of KHIDI once, not again as its 1999 milestone', () => {
    expect(events.filter((e) => e.year === 1999 && e.recordId === 'kr-khidi')).toHaveLength(1);
  });

  it('leaves KHIDI’s September 2021 milestone to the partnership that starts then', () => {
    expect(events.filter((e) => e.year === 2021 && e.recordId === 'kr-khidi')).toHaveLength(0);
    expect(find(2021, 'partnership', /SK-Pharmacy–KHIDI/)).toBeDefined();
  });
});

describe('timelineEvents de-duplication', () => {
  it('folds milestones of the founding year into the founding', () => {
    const events = timelineEvents(
      [
        site('s', {
          founded: '2003-05',
          milestones: [
            { date: '2003', label_en: 'founded' },
            { date: '2010', label_en: 'phase 2' },
          ],
        }),
      ],
      [],
    );
    expect(events.map((e) => [e.year, e.kind, e.detail])).toEqual([
      [2003, 'founded', 'founded'],
      [2010, 'milestone', 'phase 2'],
    ]);
  });

  it('makes the figures of one site and year one target event, described by that year’s milestone', () => {
    const events = timelineEvents(
      [
        site('s', {
          milestones: [{ date: '2030', label_en: 'Target year: exports' }],
          figures: [
            { metric: 'export_target', value: 50, unit: 'USD', qualifier: 'target', year: 2030 },
            { metric: 'production_target', value: 1, unit: 'KRW', year: 2030 },
            { metric: 'area', value: 3, unit: 'km2' },
          ],
        }),
      ],
      [],
    );
    expect(events).toEqual([
      {
        id: 'figures:s:2030',
        year: 2030,
        kind: 'target',
        label: 's',
        detail: 'Target year: exports',
        metrics: ['export_target', 'production_target'],
        recordId: 's',
      },
    ]);
  });

  it('calls a dated figure that is not a target a milestone', () => {
    const [event] = timelineEvents([site('s', { figures: [{ metric: 'workforce', value: 10, unit: 'people', year: 2020 }] })], []);
    expect(event).toMatchObject({ year: 2020, kind: 'milestone', metrics: ['workforce'] });
  });

  it('counts repeated milestones once, and drops a milestone restating a partnership date of that site', () => {
    const events = timelineEvents(
      [
        site('a', {
          milestones: [
            { date: '2021-09', label_en: 'cooperation begins' },
            { date: '2019', label_en: 'x' },
            { date: '2019', label_en: 'x' },
          ],
        }),
      ],
      [partnership('p', { parties: ['a', 'b'], dateStart: '2021-09' })],
    );
    expect(events.map((e) => e.id)).toEqual(['milestone:a:2019:0', 'partnership:p:2021']);
  });

  it('puts a partnership on every year it spans, and an undated one nowhere', () => {
    const events = timelineEvents([], [partnership('p', { dateStart: '2021', dateEnd: '2022' }), partnership('q')]);
    expect(events.map((e) => e.id)).toEqual(['partnership:p:2021', 'partnership:p:2022']);
  });

  it('returns nothing for undated data', () => {
    expect(timelineEvents([site('s')], [partnership('p')])).toEqual([]);
    expect(yearAxis([])).toBeNull();
  });
});

describe('timeline helpers', () => {
  it('bins events per year, empty years included', () => {
    const events = timelineEvents([site('s', { founded: '2001' })], [partnership('p', { dateStart: '2003' })]);
    const bins = binByYear(events, 2000, 2003);
    expect(bins.map((b) => b.events.length)).toEqual([0, 1, 0, 1]);
    expect(bins[1].byKind.founded).toBe(1);
    expect(bins[3].byKind.partnership).toBe(1);
  });

  it('extends the axis to 2030 and ticks every five years plus both ends', () => {
    expect(yearAxis(timelineEvents([site('s', { founded: '1998' })], []))).toEqual([1998, 2030]);
    expect(yearTicks(1998, 2030)).toEqual([1998, 2005, 2010, 2015, 2020, 2025, 2030]);
    expect(yearTicks(2000, 2032)).toEqual([2000, 2005, 2010, 2015, 2020, 2025, 2032]);
  });

  it('steps, extends and starts a range within the axis', () => {
    const axis: [number, number] = [1998, 2030];
    expect(stepRange({ from: null, to: null }, 1, false, axis, 2027)).toEqual([2027, 2027]);
    expect(stepRange({ from: null, to: null }, -1, false, axis, 2027)).toEqual([2027, 2027]);
    expect(stepRange({ from: 2022, to: 2025 }, 1, false, axis, 2027)).toEqual([2023, 2026]);
    expect(stepRange({ from: 2022, to: 2025 }, -1, false, axis, 2027)).toEqual([2021, 2024]);
    expect(stepRange({ from: 2022, to: 2025 }, 1, true, axis, 2027)).toEqual([2022, 2026]);
    expect(stepRange({ from: 2022, to: 2025 }, -1, true, axis, 2027)).toEqual([2021, 2025]);
    expect(stepRange({ from: 2025, to: 2030 }, 1, false, axis, 2027)).toBeNull();
    expect(stepRange({ from: 1998, to: 1998 }, -1, true, axis, 2027)).toBeNull();
    expect(stepRange({ from: null, to: 2010 }, 1, false, axis, 2027)).toEqual([1999, 2011]);
  });
});
