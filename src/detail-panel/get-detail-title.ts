import type { Detail } from '../selectors/select-detail.ts';

/** The title that heads the panel and names it: event title, actor name, or "Statement by <speaker>". */
export function getDetailTitle(detail: Detail): string {
  switch (detail.kind) {
    case 'event':
      return detail.event.title;
    case 'actor':
      return detail.actor.name;
    case 'statement':
      return detail.speaker ? `Statement by ${detail.speaker.name}` : 'Statement';
  }
}
