import { useId, type ReactNode } from 'react';

interface DetailSectionProps {
  /** The heading, which also names the list inside, e.g. "Participants". */
  title: string;
  /** Class of the list, e.g. "detail-chips". */
  listClassName: string;
  /** The list items (<li> elements). */
  children: ReactNode;
  /** An ordered list, for things in time order. */
  ordered?: boolean;
}

/** A headed section of the panel around one list that its heading names. */
export function DetailSection({ title, listClassName, children, ordered = false }: DetailSectionProps) {
  const headingId = useId();
  const List = ordered ? 'ol' : 'ul';
  return (
    <section className="detail-section">
      <h3 id={headingId} className="detail-section-title">
        {title}
      </h3>
      <List className={listClassName} aria-labelledby={headingId}>
        {children}
      </List>
    </section>
  );
}
