/**
 * The Korean strings, one file per area like English (src/i18n/en/), which is
 * the source of truth: the type-check fails on a missing or misspelled key.
 */
import type { Strings } from '../types';
import { a11y, phone } from './a11y';
import { app } from './app';
import { data } from './data';
import { embed } from './embed';
import { explorer } from './explorer';
import { errors } from './errors';
import { exportMenu } from './exportMenu';
import { filters, tabs } from './filters';
import { legend } from './legend';
import { map } from './map';
import { overview } from './overview';
import { figure, panel, unit } from './panel';
import { region } from './regions';
import { share } from './share';
import { siteList } from './siteList';
import { summary } from './summary';
import { timeline } from './timeline';
import { country, kind, language, partnershipKind, precision, sector, status } from './vocabulary';

export const ko: Strings = {
  siteList,
  explorer,
  summary,
  timeline,
  exportMenu,
  app,
  data,
  filters,
  tabs,
  overview,
  panel,
  figure,
  unit,
  kind,
  sector,
  status,
  precision,
  partnershipKind,
  country,
  language,
  legend,
  map,
  errors,
  region,
  embed,
  share,
  a11y,
  phone,
};
