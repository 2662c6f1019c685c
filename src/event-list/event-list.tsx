import type { Model } from '../model/types';
import { formatEventDate } from './format-event-date';

interface EventListProps {
  /** The model whose events are listed. */
  model: Model;
}

/** Every event in time order as plain, semantic HTML: the text alternative of the timeline. */
export function EventList({ model }: EventListProps) {
  return (
    <section className="event-list" aria-labelledby="event-list-heading">
      <h2 id="event-list-heading">Events in order</h2>
      <ol className="event-list__items">
        {model.eventOrder.map((id) => {
          const event = model.events.get(id);
          if (!event) return null;
          return (
            <li key={id} className="event-list__item">
              <article aria-labelledby={`event-list-${id}`}>
                <h3 id={`event-list-${id}`} className="event-list__title">
                  {event.title}
                </h3>
                <p className="event-list__date">
                  <time dateTime={event.start.raw}>{formatEventDate(event)}</time>
                </p>
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
