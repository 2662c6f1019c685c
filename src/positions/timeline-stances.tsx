import { useId } from 'react';
import type { Model, TopicId } from '../model/types.ts';
import { formatStance, STANCE_ORDER } from '../item-views/format-stance.ts';
import { useViewStore } from '../view-state/view-store-context.tsx';
import { StanceStrips, type StanceStripsProps } from './stance-strips.tsx';
import { StanceSwatch } from './stance-swatch.tsx';
import '../item-views/stance.css';
import './positions.css';
import './timeline-stances.css';

// What the timeline draws of positions, bound to the view store: the strips along the lanes and the
// "Positions on" picker of its toolbar. One module, so the app loads both in one lazy chunk.

/** The timeline's lanes, as the timeline reports them to what it draws along them. */
export type StanceLaneGeometry = Pick<StanceStripsProps, 'lanes' | 'laneTops' | 'scale' | 'width'> & {
  /** Strips are drawn only in actor lanes; the compact track has no actors to draw them for. */
  readonly mode: 'actors' | 'compact';
};

/** The stance strips for the topic chosen in the URL (`topic=`), or nothing. */
export function TimelineStances({ model, geometry }: { model: Model; geometry: StanceLaneGeometry }) {
  const topic = useViewStore((s) => s.stanceTopic);
  const selection = useViewStore((s) => s.selection);
  const showPosition = useViewStore((s) => s.showPosition);
  if (!topic || geometry.mode !== 'actors' || !model.topics.has(topic as TopicId)) return null;
  const { lanes, laneTops, scale, width } = geometry;
  return (
    <StanceStrips
      model={model}
      topic={topic as TopicId}
      lanes={lanes}
      laneTops={laneTops}
      scale={scale}
      width={width}
      selectedId={selection?.kind === 'position' ? selection.id : undefined}
      onOpen={showPosition}
    />
  );
}

/**
 * "Positions on [topic]": chooses the topic whose stances are drawn along the lanes (choosing one
 * in the compact track switches to actor lanes, where strips go), with a key to the strips' patterns.
 */
export function StanceTopicPicker({ model, mode }: { model: Model; mode: 'actors' | 'compact' }) {
  const topic = useViewStore((s) => s.stanceTopic);
  const setStanceTopic = useViewStore((s) => s.setStanceTopic);
  const setLanes = useViewStore((s) => s.setLanes);
  const selectId = useId();
  const chosen = topic !== null && model.topics.has(topic as TopicId) ? topic : '';
  return (
    <div className="stance-picker" role="group" aria-label="Positions on the timeline">
      <label htmlFor={selectId} className="stance-picker__label">
        Positions on
      </label>
      <select
        id={selectId}
        className="stance-picker__select"
        value={chosen}
        onChange={(e) => {
          const next = e.target.value || null;
          setStanceTopic(next);
          if (next && mode === 'compact') setLanes('actors');
        }}
      >
        <option value="">No topic</option>
        {model.topicOrder.map((id) => (
          <option key={id} value={id}>
            {model.topics.get(id)?.title ?? id}
          </option>
        ))}
      </select>
      {chosen && (
        <ul className="stance-key" aria-label="Stances on the lane strips">
          {STANCE_ORDER.map((stance) => (
            <li key={stance} className="stance-key__item">
              <StanceSwatch stance={stance} />
              {formatStance(stance)}
            </li>
          ))}
        </ul>
      )}
      {chosen && mode === 'compact' && <p className="stance-picker__note">Stances are drawn in actor lanes.</p>}
    </div>
  );
}
