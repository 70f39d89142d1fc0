/**
 * Which layout the atlas uses: the full dashboard, or the compact one for a
 * portal's frame (`?embed=1`), with the parts the portal chose (`ui=`). The one
 * place that decides; App picks the layout from it. (A phone layout would be
 * another mode here.)
 */
import { useMemo } from 'react';
import { DEFAULT_UI_PARTS, useEmbedParams, type UiPart } from '../state/urlState';

export type LayoutMode = 'full' | 'embed';

export function useLayoutMode(): { mode: LayoutMode; parts: ReadonlySet<UiPart> } {
  const { embed, ui } = useEmbedParams();
  const key = (ui ?? DEFAULT_UI_PARTS).join(',');
  return useMemo(() => ({ mode: embed ? 'embed' : 'full', parts: new Set(key ? (key.split(',') as UiPart[]) : []) }), [embed, key]);
}
