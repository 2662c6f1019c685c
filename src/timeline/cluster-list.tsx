import { useEffect, useId, useRef } from 'react';
import { formatCount } from '../components/format-count';
import { formatDateRange, formatPartialDate } from '../model/format-partial-date';
import type { Model } from '../model/types';
import type { SceneCluster } from './scene/layout-timeline-scene';
import { CLUSTER_NOUNS } from './cluster-nouns';
import type { TrackItem } from './scene/build-timeline-tracks';

interface ClusterListProps {
  model: Model;
  cluster: SceneCluster;
  /** Where the list's top left corner goes, in px from the timeline section's top left. */
  left: number;
  top: number;
  width: number;
  onShowEvent: (id: string) => void;
  onShowStatement: (id: string) => void;
  onClose: () => void;
}

/** A quote's first words, enough to tell it from its neighbours. */
function opening(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79).trimEnd()}…` : text;
}

function itemName(model: Model, item: TrackItem): { name: string; date: string } | undefined {
  if (item.kind === 'event') {
    const event = model.events.get(item.id as never);
    return event && { name: event.title, date: formatDateRange(event.start, event.end, 'short') };
  }
  const statement = model.statements.get(item.id as never);
  if (!statement) return undefined;
  const speaker = model.actors.get(statement.speaker)?.name ?? statement.speaker;
  const what = statement.mode === 'paraphrase' ? 'Paraphrase' : 'Quote';
  return { name: `${what} by ${speaker}: ${opening(statement.text)}`, date: formatPartialDate(statement.date, 'short') };
}

/**
 * What a cluster holds that no zoom tells apart (quotes said at one moment, more events at one moment
 * than the lane has rows): its items as a list of buttons, in time order, each opening its item.
 * Focus goes to the first; choosing one, Escape (which returns focus) or a click elsewhere closes it.
 */
export function ClusterList({ model, cluster, left, top, width, onShowEvent, onShowStatement, onClose }: ClusterListProps) {
  const headingId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const items = Array.from(cluster.members, (m) => cluster.items[m]!).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);

  const returnTo = useRef<HTMLElement | SVGElement | null>(null);

  useEffect(() => {
    const active = document.activeElement;
    returnTo.current = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
    rootRef.current?.querySelector('button')?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onClose]);

  const choose = (item: TrackItem) => {
    onClose();
    if (item.kind === 'event') onShowEvent(item.id);
    else onShowStatement(item.id);
  };

  return (
    <div
      ref={rootRef}
      className="cluster-list"
      role="dialog"
      aria-labelledby={headingId}
      style={{ left, top, width }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // The app closes its detail panel on Escape; this one belongs to the list.
        event.stopPropagation();
        event.preventDefault();
        onClose();
        if (returnTo.current?.isConnected) returnTo.current.focus();
      }}
    >
      <p id={headingId} className="cluster-list__heading">
        {`${formatCount(cluster.count, CLUSTER_NOUNS[cluster.kind])} ${cluster.separable ? 'too close together to show apart' : 'at the same time'}`}
      </p>
      <ul className="cluster-list__items">
        {items.map((item) => {
          const named = itemName(model, item);
          if (!named) return null;
          return (
            <li key={item.id}>
              <button type="button" className="cluster-list__item" onClick={() => choose(item)}>
                <span className="cluster-list__name">{named.name}</span>
                <span className="cluster-list__date">{named.date}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
