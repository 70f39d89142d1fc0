import type { Area } from '../types';

/** Korean: the export menu. */
export const exportMenu: Area<'exportMenu'> = {
  button: '내보내기',
  buttonLabel: '필터링된 데이터 내보내기',
  menuLabel: '필터링된 데이터 다운로드',
  hint: '현재 필터에 표시된 데이터를 다운로드합니다.',
  sites_other: '시설 ({{count, number}})',
  partnerships_other: '협력 ({{count, number}})',
  item: '{{records}} — {{format}}',
  csv: 'CSV',
  geojson: 'GeoJSON',
  downloaded: '{{filename}} 파일을 다운로드했습니다',
  failed: '{{filename}} 파일을 만들 수 없습니다: {{reason}}',
};
