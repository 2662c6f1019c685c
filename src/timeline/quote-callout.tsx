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
 * The name of a quote marker: "Quote by Vladimir Putin, 13 March 2025", with its callout's words when
 * it shows them. Those contain what is drawn, as a name must (WCAG 2.5.3, "label in name"): after
 * "Quote by …:" for a verbatim quote; for a paraphrase the drawn "Paraphrase: …" comes first.
 */
export function formatQuoteMarkerName(paraphrase: boolean, speaker: string, date: string, callout: SceneCallout | undefined): string {
  if (!callout) return `${paraphrase ? 'Paraphrase' : 'Quote'} by ${speaker}, ${date}`;
  return callout.paraphrase ? `${PARAPHRASE_TAG} ${callout.text}, by ${speaker}, ${date}` : `Quote by ${speaker}, ${date}: ${callout.text}`;
}

/**
 * A quote's opening words as drawn beside its marker, where the scene's callout layout put them.
 * Inside its marker's button, or beside its cluster's (`onClick` then does what the cluster does),
 * whose accessible name already says the words, so it is hidden from assistive technology: the words
 * are read once. A paraphrase starts with
 * PARAPHRASE_TAG, in words rather than in colour, as the detail panel marks it.
 */
export function QuoteCallout({ callout, className, onClick }: { callout: SceneCallout; className: string; onClick?: () => void }) {
  return (
    <text className={callout.paraphrase ? `${className} quote-callout--paraphrase` : className} x={callout.x} y={callout.y + 4} aria-hidden="true" data-callout-of={callout.id} onClick={onClick}>
      {/* The space goes with the words, not the tag: axe reads the tag's trailing space away, and then
          "Paraphrase:Putin…" is no longer part of the marker's name (label in name). */}
      {callout.paraphrase && <tspan className="quote-callout__tag">{PARAPHRASE_TAG}</tspan>}
      {callout.paraphrase ? ` ${callout.text}` : callout.text}
    </text>
  );
}
