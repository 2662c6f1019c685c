import type { Model } from '../model/types';
import type { SceneCallout } from './scene/layout-quote-callouts';
import { PARAPHRASE_TAG } from './scene/scene-geometry';

/** What a cluster's name adds for the callout it shows: ", among them a quote by Vladimir Putin: “These 30 days…”". */
export function formatClusterCallout(model: Model, callout: SceneCallout): string {
  const statement = model.statements.get(callout.id);
  const speaker = statement ? (model.actors.get(statement.speaker)?.name ?? statement.speaker) : '';
  return `, among them ${callout.paraphrase ? 'a paraphrase' : 'a quote'} by ${speaker}: ${callout.text}`;
}

/**
 * A quote's opening words as drawn beside its marker, where the scene's callout layout put them.
 * Only ever inside its marker's (or cluster's) button, whose accessible name already says the words,
 * so it is hidden from assistive technology: the words are read once. A paraphrase starts with
 * PARAPHRASE_TAG, in words rather than in colour, as the detail panel marks it.
 */
export function QuoteCallout({ callout, className }: { callout: SceneCallout; className: string }) {
  return (
    <text className={callout.paraphrase ? `${className} quote-callout--paraphrase` : className} x={callout.x} y={callout.y + 4} aria-hidden="true" data-callout-of={callout.id}>
      {callout.paraphrase && <tspan className="quote-callout__tag">{`${PARAPHRASE_TAG} `}</tspan>}
      {callout.text}
    </text>
  );
}
