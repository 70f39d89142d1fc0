// Deterministic synthetic datasets in the atlas's real schema (src/api/schema.ts), for
// benchmarks and scale tests. Every record is a pure function of (seed, index), so any
// size, up to millions of sites, can be generated in memory or streamed to a file
// without holding the whole dataset.
//
// Shape: sites come in hubs of HUB_SIZE. The first site of a hub is a cluster (or zone)
// in one real first-level region of Korea or Kazakhstan; the others lie around it, in
// the same region, and most name it as their parentId. Text sizes follow the real data
// (about 1.5 KB of JSON per site): names in English plus Korean, Russian and Kazakh,
// summaries of a few hundred characters, sources with quotes, figures and milestones.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

export const HUB_SIZE = 50;
/** One partnership for every ten sites (the seed data has 16 for 41 sites; at 100,000 sites 40,000 arcs would be noise). */
export const PARTNERSHIPS_PER_SITE = 0.1;

// --- seeded randomness --------------------------------------------------------------

/** mulberry32: tiny, fast, good enough for test data. Returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator for one record: mixes the dataset seed, a stream tag and the index. */
function rngFor(seed, tag, index) {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(tag + 1, 0xc2b2ae35) ^ Math.imul(index + 1, 0x27d4eb2f);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return mulberry32(h ^ (h >>> 16));
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const between = (rand, min, max) => min + Math.floor(rand() * (max - min + 1));
const round = (value, digits) => Number(value.toFixed(digits));
/** Roughly normal around 0 with standard deviation ~1 (sum of uniforms). */
const gaussian = (rand) => (rand() + rand() + rand() + rand() - 2) * 1.73;

// --- vocabularies (mirrors src/api/vocabulary.ts; the unit test parses the output with the app's schema) ---

const SITE_KINDS = ['facility', 'hospital', 'company', 'university', 'institute', 'agency', 'distributor'];
const SECTORS = [
  'biomanufacturing',
  'cdmo',
  'vaccines',
  'mrna',
  'nonclinical_cro',
  'precision_medicine',
  'genomics',
  'medical_devices',
  'hospital_care',
  'pharmaceuticals',
  'distribution',
  'policy',
];
const SITE_STATUSES = ['operating', 'operating', 'operating', 'under_construction', 'planned', 'proposed'];
const PRECISIONS = ['building', 'campus', 'district', 'city'];
const PARTNERSHIP_KINDS = ['mou', 'cooperation', 'joint_project', 'funding', 'event', 'visit'];
const PARTNERSHIP_STATUSES = ['proposed', 'planned', 'active', 'completed'];
const FIGURES = [
  { metric: 'area', unit: 'km2', min: 1, max: 120 },
  { metric: 'bioreactor_capacity', unit: 'L', min: 2_000, max: 600_000 },
  { metric: 'production_capacity', unit: 'L/year', min: 10_000, max: 2_000_000 },
  { metric: 'funding', unit: 'KRW', min: 1e9, max: 5e12 },
  { metric: 'funding', unit: 'USD', min: 1e6, max: 2e9 },
  { metric: 'workforce', unit: 'people', min: 20, max: 50_000 },
  { metric: 'companies', unit: 'count', min: 3, max: 600 },
  { metric: 'projects', unit: 'count', min: 1, max: 40 },
  { metric: 'domestic_share_target', unit: 'percent', min: 10, max: 80 },
];

/** Real first-level regions (current ISO 3166-2 codes and names) with a centre and a spread in degrees. */
const REGIONS = [
  { country: 'KR', code: 'KR-11', name: 'Seoul', cities: [['Seoul', '서울', 'Сеул', 'Сеул']], at: [126.98, 37.56], spread: 0.08, weight: 8 },
  { country: 'KR', code: 'KR-28', name: 'Incheon', cities: [['Incheon', '인천', 'Инчхон', 'Инчхон'], ['Songdo', '송도', 'Сонгдо', 'Сондо']], at: [126.66, 37.39], spread: 0.07, weight: 7 },
  { country: 'KR', code: 'KR-41', name: 'Gyeonggi-do', cities: [['Suwon', '수원', 'Сувон', 'Сувон'], ['Paju', '파주', 'Паджу', 'Паджу'], ['Seongnam', '성남', 'Соннам', 'Соңнам']], at: [127.05, 37.4], spread: 0.25, weight: 8 },
  { country: 'KR', code: 'KR-51', name: 'Gangwon State', cities: [['Wonju', '원주', 'Вонджу', 'Уонджу'], ['Chuncheon', '춘천', 'Чхунчхон', 'Чхунчхон']], at: [127.92, 37.34], spread: 0.2, weight: 4 },
  { country: 'KR', code: 'KR-43', name: 'Chungcheongbuk-do', cities: [['Cheongju', '청주', 'Чхонджу', 'Чхонджу'], ['Osong', '오송', 'Осон', 'Осоң']], at: [127.33, 36.63], spread: 0.15, weight: 4 },
  { country: 'KR', code: 'KR-30', name: 'Daejeon', cities: [['Daejeon', '대전', 'Тэджон', 'Тэджон']], at: [127.38, 36.35], spread: 0.06, weight: 3 },
  { country: 'KR', code: 'KR-50', name: 'Sejong', cities: [['Sejong', '세종', 'Седжон', 'Сежоң']], at: [127.26, 36.5], spread: 0.05, weight: 1 },
  { country: 'KR', code: 'KR-27', name: 'Daegu', cities: [['Daegu', '대구', 'Тэгу', 'Тэгу']], at: [128.6, 35.87], spread: 0.07, weight: 3 },
  { country: 'KR', code: 'KR-26', name: 'Busan', cities: [['Busan', '부산', 'Пусан', 'Пусан']], at: [129.07, 35.18], spread: 0.07, weight: 3 },
  { country: 'KR', code: 'KR-46', name: 'Jeollanam-do', cities: [['Hwasun', '화순', 'Хвасун', 'Хуасун'], ['Suncheon', '순천', 'Сунчхон', 'Сунчхон']], at: [127.0, 35.05], spread: 0.2, weight: 3 },
  { country: 'KR', code: 'KR-49', name: 'Jeju', cities: [['Jeju', '제주', 'Чеджу', 'Чеджу']], at: [126.53, 33.45], spread: 0.1, weight: 1 },
  { country: 'KZ', code: 'KZ-71', name: 'Astana', cities: [['Astana', '아스타나', 'Астана', 'Астана']], at: [71.43, 51.16], spread: 0.06, weight: 5 },
  { country: 'KZ', code: 'KZ-75', name: 'Almaty', cities: [['Almaty', '알마티', 'Алматы', 'Алматы']], at: [76.93, 43.24], spread: 0.07, weight: 5 },
  { country: 'KZ', code: 'KZ-79', name: 'Shymkent', cities: [['Shymkent', '심켄트', 'Шымкент', 'Шымкент']], at: [69.6, 42.32], spread: 0.06, weight: 3 },
  { country: 'KZ', code: 'KZ-15', name: 'Aktobe Region', cities: [['Aktobe', '악토베', 'Актобе', 'Ақтөбе']], at: [57.17, 50.28], spread: 0.12, weight: 2 },
  { country: 'KZ', code: 'KZ-35', name: 'Karaganda Region', cities: [['Karaganda', '카라간다', 'Караганда', 'Қарағанды']], at: [73.1, 49.8], spread: 0.12, weight: 2 },
  { country: 'KZ', code: 'KZ-55', name: 'Pavlodar Region', cities: [['Pavlodar', '파블로다르', 'Павлодар', 'Павлодар']], at: [76.95, 52.29], spread: 0.1, weight: 1 },
  { country: 'KZ', code: 'KZ-61', name: 'Turkistan Region', cities: [['Turkistan', '투르키스탄', 'Туркестан', 'Түркістан']], at: [68.25, 43.3], spread: 0.15, weight: 1 },
  { country: 'KZ', code: 'KZ-63', name: 'East Kazakhstan Region', cities: [['Oskemen', '우스티카메노고르스크', 'Усть-Каменогорск', 'Өскемен']], at: [82.6, 49.95], spread: 0.12, weight: 1 },
];
const REGION_WEIGHTS = REGIONS.reduce((sum, r) => sum + r.weight, 0);

function pickRegion(rand) {
  let x = rand() * REGION_WEIGHTS;
  for (const region of REGIONS) {
    x -= region.weight;
    if (x < 0) return region;
  }
  return REGIONS[0];
}

// Name parts: [English, Korean, Russian, Kazakh].
const DESCRIPTORS = [
  ['Bio', '바이오', 'Био', 'Био'],
  ['Biologics', '바이오로직스', 'Биологикс', 'Биологикс'],
  ['Pharma', '제약', 'Фарма', 'Фарма'],
  ['Vaccine', '백신', 'Вакцинный', 'Вакцина'],
  ['Genome', '유전체', 'Геномный', 'Геномдық'],
  ['Medical Device', '의료기기', 'Медицинских изделий', 'Медициналық бұйымдар'],
  ['Precision Medicine', '정밀의료', 'Точной медицины', 'Дәлме-дәл медицина'],
  ['Cell Therapy', '세포치료', 'Клеточной терапии', 'Жасушалық терапия'],
  ['Life Science', '생명과학', 'Наук о жизни', 'Өмір туралы ғылымдар'],
];
const KIND_NAMES = {
  cluster: ['Cluster', '클러스터', 'кластер', 'кластері'],
  zone: ['Industrial Zone', '산업단지', 'индустриальная зона', 'индустриялық аймағы'],
  facility: ['Plant', '공장', 'завод', 'зауыты'],
  hospital: ['Hospital', '병원', 'больница', 'ауруханасы'],
  company: ['Co., Ltd.', '주식회사', 'ТОО', 'ЖШС'],
  university: ['University', '대학교', 'университет', 'университеті'],
  institute: ['Research Institute', '연구원', 'научно-исследовательский институт', 'ғылыми-зерттеу институты'],
  agency: ['Promotion Agency', '진흥원', 'агентство развития', 'даму агенттігі'],
  distributor: ['Distribution Center', '유통센터', 'дистрибьюторский центр', 'дистрибьюторлық орталығы'],
};
const PUBLISHERS = ['Korea Biomedical Review', 'The Korea Herald', 'Kazinform', 'The Astana Times', 'PCMO', 'BusinessKorea', 'Yonhap'];
const OPENERS = [
  'The site is part of a regional programme to grow biopharmaceutical manufacturing and research',
  'Founded with support from the national and local governments, it hosts production lines and laboratories',
  'The campus brings together contract manufacturers, start-ups and a university hospital',
  'It was announced as part of a bilateral cooperation plan between Korea and Kazakhstan',
  'Local officials describe it as the anchor of a new life-science corridor',
];
const MIDDLES = [
  'Its operators report steady growth in bioreactor capacity and in the number of resident companies',
  'Training programmes for technicians and quality staff run with partner universities',
  'The plan foresees shared facilities for nonclinical testing, fill-finish and cold-chain logistics',
  'Several memoranda of understanding name it as the venue for joint research and technology transfer',
  'Construction is phased, with the first buildings handed over before the later expansion',
];
const CLOSERS = [
  'Figures are as reported by the operator and have not been independently verified.',
  'The exact boundary of the site is not published; the point marks its main entrance.',
  'Targets for 2030 were restated in the latest regional development plan.',
  'Coverage in the press differs on the opening date; the earlier one is given here.',
];
const QUOTES = [
  'The new facility will add large-scale bioreactor capacity and is expected to create hundreds of jobs in the region, according to the provincial government.',
  'Officials said the agreement covers joint research, the training of specialists and the localisation of vaccine production over the next five years.',
  'The cluster already hosts more than sixty companies and research centres, and the city plans to double that number by the end of the decade.',
  'Under the memorandum, the parties will share clinical data, exchange staff and explore the joint construction of a pharmaceutical plant.',
  'The delegation visited production sites and laboratories and discussed investment in medical devices and distribution networks.',
];
const MILESTONES = ['Groundbreaking', 'First plant completed', 'GMP certification', 'Second phase opened', 'Expansion announced', 'Target capacity reached'];

function sentence(rand, region, cityEn) {
  return `${pick(rand, OPENERS)} in ${cityEn}, ${region.name}. ${pick(rand, MIDDLES)}. ${pick(rand, MIDDLES)}. ${pick(rand, CLOSERS)}`;
}

function sources(rand, count) {
  const list = [];
  for (let k = 0; k < count; k++) {
    const year = between(rand, 2018, 2025);
    const month = String(between(rand, 1, 12)).padStart(2, '0');
    const article = String(between(rand, 0, 4)).padStart(3, '0');
    list.push({
      article,
      title: `${pick(rand, ['Korea and Kazakhstan', 'Regional government', 'Bio cluster', 'Ministry'])} ${pick(rand, ['sign agreement on', 'announce plan for', 'report progress on', 'open'])} ${pick(rand, ['vaccine production', 'biopharmaceutical cooperation', 'a new R&D campus', 'medical device exports'])}`,
      publisher: pick(rand, PUBLISHERS),
      date: `${year}-${month}`,
      url: `https://news.example.org/${year}/${month}/article-${between(rand, 1000, 99999)}`,
      quote: `${pick(rand, QUOTES)} ${pick(rand, QUOTES)}`,
    });
  }
  return list;
}

function figures(rand, count) {
  const list = [];
  for (let k = 0; k < count; k++) {
    const f = pick(rand, FIGURES);
    const value = f.unit === 'percent' || f.unit === 'km2' ? round(f.min + rand() * (f.max - f.min), 1) : Math.round(f.min + rand() * (f.max - f.min));
    const figure = { metric: f.metric, value, unit: f.unit };
    if (rand() < 0.4) figure.qualifier = pick(rand, ['approx', 'over', 'target']);
    if (rand() < 0.6) figure.year = between(rand, 2015, 2030);
    if (rand() < 0.3) figure.note = 'As stated by the operator at the opening ceremony.';
    list.push(figure);
  }
  return list;
}

function siteId(region, index) {
  return `${region.country.toLowerCase()}-syn-${index}`;
}

/** The hub (cluster or zone) a site belongs to: its region and centre. */
function hubOf(seed, index) {
  const hub = Math.floor(index / HUB_SIZE);
  const rand = rngFor(seed, 1, hub);
  const region = pickRegion(rand);
  const center = [region.at[0] + gaussian(rand) * region.spread, region.at[1] + gaussian(rand) * region.spread];
  return { hub, first: hub * HUB_SIZE, region, center, city: pick(rand, region.cities), kind: rand() < 0.7 ? 'cluster' : 'zone' };
}

/** Site number `index` of a dataset of at least index + 1 sites: a GeoJSON Feature. */
export function siteFeature(index, seed = 1) {
  const rand = rngFor(seed, 2, index);
  const hub = hubOf(seed, index);
  const { region } = hub;
  const isHub = index === hub.first;
  const kind = isHub ? hub.kind : pick(rand, SITE_KINDS);
  const city = rand() < 0.8 ? hub.city : pick(rand, region.cities);
  const id = siteId(region, index);
  const descriptor = pick(rand, DESCRIPTORS);
  const kindName = KIND_NAMES[kind];
  const number = isHub ? '' : ` ${between(rand, 1, 99)}`;
  const spread = isHub ? 0 : 0.01 + rand() * 0.05;
  const lon = round(hub.center[0] + gaussian(rand) * spread, 5);
  const lat = round(hub.center[1] + gaussian(rand) * spread, 5);
  const sectorCount = between(rand, 1, 3);
  const sectors = [];
  while (sectors.length < sectorCount) {
    const s = pick(rand, SECTORS);
    if (!sectors.includes(s)) sectors.push(s);
  }
  const founded = between(rand, 1985, 2024);
  const milestones = [];
  for (let k = between(rand, 0, 3), year = founded; k > 0; k--) {
    year = Math.min(2030, year + between(rand, 1, 4));
    milestones.push({ date: rand() < 0.5 ? String(year) : `${year}-${String(between(rand, 1, 12)).padStart(2, '0')}`, label_en: pick(rand, MILESTONES) });
  }
  const properties = {
    id,
    name_en: `${city[0]} ${descriptor[0]} ${kindName[0]}${number}`,
    name_ko: `${city[1]} ${descriptor[1]} ${kindName[1]}${number}`,
  };
  // Kazakh sites carry Russian and Kazakh names; some Korean ones a Russian name too.
  if (region.country === 'KZ' || rand() < 0.3) properties.name_ru = `${descriptor[2]} ${kindName[2]} ${city[2]}${number}`;
  if (region.country === 'KZ') properties.name_kk = `${city[3]} ${descriptor[3]} ${kindName[3]}${number}`;
  Object.assign(properties, {
    aliases: rand() < 0.5 ? [`${city[0]} ${descriptor[0]}${number}`, `${descriptor[0].toUpperCase().replace(/\s+/g, '')}-${index}`] : [],
    kind,
    sectors,
    country: region.country,
    region: region.code,
    regionName: region.name,
    city_en: city[0],
    status: pick(rand, SITE_STATUSES),
    founded: rand() < 0.6 ? String(founded) : `${founded}-${String(between(rand, 1, 12)).padStart(2, '0')}`,
    milestones,
    figures: figures(rand, between(rand, 0, 3)),
    summary_en: sentence(rand, region, city[0]),
    locationPrecision: isHub ? 'city' : pick(rand, PRECISIONS),
  });
  if (!isHub && rand() < 0.8) properties.parentId = siteId(region, hub.first);
  if (rand() < 0.25) properties.note = 'The article names an earlier version of the operator; the current name is used here.';
  properties.sources = sources(rand, between(rand, 1, 2));
  return { type: 'Feature', id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties };
}

/** The first `n` sites, in order. */
export function* iterateSites(n, seed = 1) {
  for (let i = 0; i < n; i++) yield siteFeature(i, seed);
}

/** `n` sites as an array of GeoJSON Features (about 3 KB of heap each: for a million, iterate instead). */
export function generateSites(n, seed = 1) {
  return Array.from(iterateSites(n, seed));
}

/** How many partnerships go with `siteCount` sites by default. */
export function partnershipCountFor(siteCount) {
  return siteCount < 2 ? 0 : Math.max(1, Math.round(siteCount * PARTNERSHIPS_PER_SITE));
}

/**
 * Partnership number `index` between the first `siteCount` sites. Parties are real
 * site ids; about half the partnerships link a site to one far away (often across the
 * border), the rest stay near the lead party.
 */
export function partnershipFeature(index, siteCount, seed = 1) {
  if (siteCount < 2) throw new RangeError('a partnership needs at least two sites');
  const rand = rngFor(seed, 3, index);
  const lead = Math.floor(rand() * siteCount);
  const partyCount = Math.min(siteCount, rand() < 0.8 ? 2 : between(rand, 3, 4));
  const indices = [lead];
  const nearby = rand() < 0.5;
  while (indices.length < partyCount) {
    const candidate = nearby
      ? Math.min(siteCount - 1, Math.max(0, lead + between(rand, -HUB_SIZE, HUB_SIZE)))
      : Math.floor(rand() * siteCount);
    if (!indices.includes(candidate)) indices.push(candidate);
  }
  const parties = indices.map((i) => siteFeature(i, seed));
  const kind = pick(rand, PARTNERSHIP_KINDS);
  const year = between(rand, 2012, 2026);
  const properties = {
    id: `p-syn-${index}`,
    title_en: `${kind === 'visit' ? 'Visit' : kind === 'mou' ? 'Memorandum of understanding' : 'Cooperation'}: ${parties[0].properties.name_en} and ${parties[1].properties.name_en}`,
    kind,
    parties: parties.map((p) => p.properties.id),
    dateStart: rand() < 0.5 ? String(year) : `${year}-${String(between(rand, 1, 12)).padStart(2, '0')}`,
    status: pick(rand, PARTNERSHIP_STATUSES),
    summary_en: `${pick(rand, QUOTES)} ${pick(rand, MIDDLES)}.`,
    figures: figures(rand, between(rand, 0, 1)),
    sources: sources(rand, 1),
  };
  if (rand() < 0.3) properties.dateEnd = String(Math.min(2030, year + between(rand, 1, 4)));
  return {
    type: 'Feature',
    id: properties.id,
    geometry: { type: 'LineString', coordinates: parties.map((p) => p.geometry.coordinates) },
    properties,
  };
}

export function* iteratePartnerships(siteCount, seed = 1, count = partnershipCountFor(siteCount)) {
  for (let j = 0; j < count; j++) yield partnershipFeature(j, siteCount, seed);
}

export function generatePartnerships(siteCount, seed = 1, count = partnershipCountFor(siteCount)) {
  return Array.from(iteratePartnerships(siteCount, seed, count));
}

/**
 * Streams features into a GeoJSON FeatureCollection file, one feature per line,
 * waiting for the stream to drain: memory stays flat at any size. Resolves to the
 * number of features and bytes written.
 */
export async function writeFeatureCollection(path, features) {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let count = 0;
  let bytes = 0;
  const write = async (text) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  try {
    await write('{"type":"FeatureCollection","features":[\n');
    for (const feature of features) {
      await write(`${count === 0 ? '' : ',\n'}${JSON.stringify(feature)}`);
      count++;
    }
    await write('\n]}\n');
  } finally {
    out.end();
    await once(out, 'close');
  }
  return { count, bytes };
}

/** Writes `sites.geojson` and `partnerships.geojson` for `siteCount` sites into `dir` (which must exist). */
export async function writeDataset(dir, siteCount, { seed = 1, partnerships = partnershipCountFor(siteCount) } = {}) {
  const sitesFile = await writeFeatureCollection(`${dir}/sites.geojson`, iterateSites(siteCount, seed));
  const partnershipsFile = await writeFeatureCollection(`${dir}/partnerships.geojson`, iteratePartnerships(siteCount, seed, partnerships));
  return { sites: sitesFile, partnerships: partnershipsFile };
}
