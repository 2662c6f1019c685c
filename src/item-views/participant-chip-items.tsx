import { ChipButton } from '../components/chip-button.tsx';
import type { Actor } from '../model/types.ts';
import type { ShowDetail } from './detail-callbacks.ts';
import './item-views.css';

interface ParticipantChipItemsProps {
  /** Who took part, with their role at the event. */
  participants: readonly { readonly actor: Actor; readonly role?: string | undefined }[];
  /** Opens an actor when its chip is pressed. */
  onShow: ShowDetail;
}

/** The `<li>` chips of an event's participants, each opening the actor; shared by the panel and the list. */
export function ParticipantChipItems({ participants, onShow }: ParticipantChipItemsProps) {
  return participants.map(({ actor, role }, i) => (
    <li key={`${actor.id}-${i}`}>
      <ChipButton className="detail-chip" meta={role} onClick={() => onShow('actor', actor.id)}>
        {actor.name}
      </ChipButton>
    </li>
  ));
}
