import { useId } from 'react';
import { STANCE_ORDER, formatStance, formatStanceMeaning } from '../item-views/format-stance.ts';
import { StanceIcon } from '../item-views/stance-icon.tsx';
import { StanceSwatch } from './stance-swatch.tsx';

interface StanceLegendProps {
  /** Also show each stance's strip pattern, as drawn on the timeline. */
  patterns?: boolean;
  /** Heading text; "What the stances mean" by default. */
  title?: string;
}

/** The five stances with their icon (and pattern), word and meaning. */
export function StanceLegend({ patterns = false, title = 'What the stances mean' }: StanceLegendProps) {
  const headingId = useId();
  return (
    <section className="stance-legend" aria-labelledby={headingId}>
      <h3 id={headingId} className="stance-legend__title">
        {title}
      </h3>
      <dl className="stance-legend__list">
        {STANCE_ORDER.map((stance) => (
          <div key={stance} className={`stance-legend__item stance--${stance}`}>
            <dt>
              {patterns ? <StanceSwatch stance={stance} /> : <StanceIcon stance={stance} />}
              <span className="stance-legend__word">{formatStance(stance)}</span>
            </dt>
            <dd>{formatStanceMeaning(stance)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
