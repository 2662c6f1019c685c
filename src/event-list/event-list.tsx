import { useCallback, useEffect, useMemo } from 'react';
import { formatCount, formatNumber } from '../components/format-count.ts';
import type { ColorOf, ShowDetail } from '../item-views/detail-callbacks.ts';
import { EventListQuote } from './event-list-quote.tsx';
import type { Model } from '../model/types.ts';
import type { VisibleItems } from '../selectors/select-visible-items.ts';
import { useViewStore, useViewStoreApi } from '../view-state/view-store-context.tsx';
import { EventListBlock } from './event-list-block.tsx';
import { EventListPositions } from './event-list-positions.tsx';
import { listEventEntries } from './list-event-entries.ts';
import { useProgressiveCount } from './use-progressive-count.ts';
import { EventListThread } from './event-list-thread.tsx';
import { useScrollToSelected } from './use-scroll-to-selected.ts';
// The quotes, chips and links come styled from item-views (the panel shows them alike); this view's own
// sheet comes after that one and only lays them out.
import '../item-views/item-views.css';
import './event-list.css';

/** Entries per block: the first paint shows one block, and a selection re-renders only its own. */
const BLOCK_SIZE = 100;

interface EventListProps {
  /** The model whose events are listed. */
  model: Model;
  /** What survives the filters (selectVisibleItems); every event and statement when absent. */
  visible?: VisibleItems;
  /** The colour of a speaker, for the rule beside their quotes (the timeline's lane colours). */
  colorOf?: ColorOf;
}

/**
 * The text alternative of the timeline: every visible event in time order as plain, semantic HTML with
 * its date, participants, statements, relations and sources, linked to the panel the way the timeline
 * is, then the statements that have no listed occasion. It is also what gets printed.
 */
export function EventList({ model, visible, colorOf }: EventListProps) {
  const store = useViewStoreApi();
  const selection = useViewStore((s) => s.selection);
  const thread = useViewStore((s) => s.thread);
  const setCompare = useViewStore((s) => s.setCompare);
  const onCompare = useCallback((id: string) => setCompare(true, id), [setCompare]);
  const entries = useMemo(() => listEventEntries(model, visible), [model, visible]);
  const onShow = useCallback<ShowDetail>((kind, id) => {
    const state = store.getState();
    if (kind === 'event') state.showEvent(id);
    else if (kind === 'actor') state.showActor(id);
    else if (kind === 'position') state.showPosition(id);
    else state.showStatement(id);
  }, [store]);

  const selectedEventId = selection?.kind === 'event' ? selection.id : undefined;
  const selectedStatementId = selection?.kind === 'statement' ? selection.id : undefined;
  const occasionOfSelected = selectedStatementId === undefined
    ? undefined
    : model.statements.get(selectedStatementId as never)?.event;

  // A large model paints its first block at once and the rest in one transition, which React renders
  // in slices between frames (10,000 events in Chromium: first paint under 1 s, all of it in about
  // 4 s). Many small commits measured slower, 13-20 s in all: each one costs a style and pre-paint
  // pass over the whole page. The block holding the selection is rendered from the start, so a deep
  // link can scroll to it (scroll anchoring keeps it in place as the blocks before it arrive);
  // printing renders everything first.
  const blocks = useMemo(() => {
    const out: (typeof entries.events)[] = [];
    for (let i = 0; i < entries.events.length; i += BLOCK_SIZE) out.push(entries.events.slice(i, i + BLOCK_SIZE));
    return out;
  }, [entries]);
  const [progress, completeNow] = useProgressiveCount(blocks.length, blocks);
  const markedId = selectedEventId ?? occasionOfSelected;
  const markedBlock = useMemo(
    () => (markedId === undefined ? -1 : blocks.findIndex((b) => b.some((e) => e.event.id === markedId))),
    [blocks, markedId],
  );
  const blockCount = Math.max(progress, markedBlock + 1);
  const complete = blockCount >= blocks.length;
  useEffect(() => {
    if (complete) return;
    window.addEventListener('beforeprint', completeNow);
    return () => window.removeEventListener('beforeprint', completeNow);
  }, [complete, completeNow]);
  useScrollToSelected(selection);

  const total = model.events.size;
  const shown = entries.events.length;
  const statementCount = entries.events.reduce((n, e) => n + e.saidAt.length, entries.otherStatements.length);
  const summary = visible?.isFiltered
    ? `Showing ${formatNumber(shown)} of ${formatCount(total, { one: 'event', other: 'events' })}, filtered.`
    : `${formatCount(shown, { one: 'event', other: 'events' })} and ${formatCount(statementCount, { one: 'statement', other: 'statements' })}, earliest first.`;

  // A reply thread reads as a conversation: its statements in time order, each with where it was said.
  if (thread && visible) {
    return <EventListThread model={model} statements={visible.statements} selectedStatementId={selectedStatementId} onShow={onShow} colorOf={colorOf} />;
  }

  return (
    <div className="event-list">
      <section className="event-list__section" aria-labelledby="event-list-heading">
        <h2 id="event-list-heading" className="event-list__heading">
          Events in order
        </h2>
        <p className="event-list__summary-line">{summary}</p>
        {shown === 0 ? (
          <p className="event-list__empty">No events match the filters.</p>
        ) : (
          <ol className="event-list__items" aria-busy={complete ? undefined : true}>
            {blocks.slice(0, blockCount).map((block, i) => (
              <EventListBlock
                key={i}
                entries={block}
                selectedEventId={i === markedBlock ? selectedEventId : undefined}
                selectedStatementId={i === markedBlock ? selectedStatementId : undefined}
                onShow={onShow}
                colorOf={colorOf}
                onCompare={onCompare}
              />
            ))}
          </ol>
        )}
      </section>
      <EventListPositions model={model} onShow={onShow} selectedId={selection?.kind === 'position' ? selection.id : undefined} />
      {entries.otherStatements.length > 0 && (
        <section className="event-list__section event-list__others" aria-labelledby="event-list-others-heading">
          <h2 id="event-list-others-heading" className="event-list__heading">
            Other statements
          </h2>
          <p className="event-list__summary-line">Said at no listed event: without an occasion, or at an event the filters hide.</p>
          <ul className="detail-quotes event-list__quotes">
            {entries.otherStatements.map((summaryItem) => (
              <EventListQuote key={summaryItem.statement.id} summary={summaryItem} selected={summaryItem.statement.id === selectedStatementId} onShow={onShow} colorOf={colorOf} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
