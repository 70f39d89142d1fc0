import type { Area } from '../types';

/** Kazakh: loading the data: progress, counts, skipped records, load errors. */
export const data: Area<'data'> = {
  loading: 'Деректер жүктелуде…',
  progressBytes: '{{loaded}} алынды',
  progressBytesOf: '{{loaded}} / {{total}}',
  progressPages_one: '{{pages}}-бет · {{count, number}} жазба',
  progressPages_other: '{{pages}}-бет · {{count, number}} жазба',
  retrying: 'Сервер дұрыс жауап бермеді; қайта әрекет жасалуда…',
  counts: '{{sites, number}} нысан · {{partnerships, number}} әріптестік',
  /** While the partnerships are still loading (the sites are in). */
  sitesOnly: '{{sites, number}} нысан',
  sitesError: 'Нысандарды {{source}} көзінен жүктеу мүмкін болмады.',
  partnershipsError: 'Әріптестіктерді {{source}} көзінен жүктеу мүмкін болмады.',
  errorDetail: 'Себебі: {{message}}',
  skipped_one: '{{count, number}} жазба өткізіліп жіберілді',
  skipped_other: '{{count, number}} жазба өткізіліп жіберілді',
  skippedDetails: 'Өткізіліп жіберілген жазбаларды көрсету',
  skippedRow: '{{collection}} № {{index}} {{id}}: {{reason}}',
};
