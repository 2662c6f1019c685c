import { useEffect, useMemo, useState } from 'react';
import { afterFirstPaint } from './first-paint';
import type { TimelineScene } from './scene/layout-timeline-scene';
import type { SceneCallout } from './scene/layout-quote-callouts';

// The callout layout (with its table of quotation marks) is fetched once the first timeline is on
// screen, as the zoom behaviour is: the first paint does without the quotes' words, and the initial
// script stays within its budget. Offline by then, quotes simply keep their markers alone.
const loadCallouts = () => import('./scene/layout-quote-callouts');
type CalloutLayout = Awaited<ReturnType<typeof loadCallouts>>['layoutQuoteCallouts'];

const NONE: readonly SceneCallout[] = [];
/** The callouts of `scene` (`width` px wide, a day `dayWidth` px) in the model's `language`, once their code has loaded. */
export function useQuoteCallouts(scene: TimelineScene | undefined, dayWidth: number, width: number, language: string): readonly SceneCallout[] {
  const [layout, setLayout] = useState<CalloutLayout | undefined>(undefined);
  useEffect(() => {
    let live = true;
    afterFirstPaint()
      .then(loadCallouts)
      .then((module) => live && setLayout(() => module.layoutQuoteCallouts))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => {
    if (!layout || !scene) return NONE;
    return layout(scene, width, dayWidth, language);
  }, [layout, scene, dayWidth, width, language]);
}
