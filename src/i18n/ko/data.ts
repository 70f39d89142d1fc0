import type { Area } from '../types';

/** Korean: loading the data: progress, counts, skipped records, load errors. */
export const data: Area<'data'> = {
  loading: '데이터를 불러오는 중…',
  progressBytes: '{{loaded}} 수신',
  progressBytesOf: '{{loaded}} / {{total}}',
  progressPages_other: '{{pages}}페이지 · 레코드 {{count, number}}건',
  retrying: '서버가 올바르게 응답하지 않아 다시 시도하는 중입니다…',
  counts: '시설 {{sites, number}}개 · 협력 {{partnerships, number}}건',
  /** While the partnerships are still loading (the sites are in). */
  sitesOnly: '시설 {{sites, number}}개',
  sitesError: '{{source}}에서 시설 데이터를 불러오지 못했습니다.',
  partnershipsError: '{{source}}에서 협력 데이터를 불러오지 못했습니다.',
  errorDetail: '원인: {{message}}',
  skipped_other: '레코드 {{count, number}}건을 건너뛰었습니다',
  skippedDetails: '건너뛴 레코드 보기',
  skippedRow: '{{collection}} #{{index}} {{id}}: {{reason}}',
};
