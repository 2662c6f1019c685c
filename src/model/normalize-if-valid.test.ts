import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validModel } from '../testing/fixtures/valid-model.ts';
import { positionsModel } from '../testing/fixtures/positions-model.ts';
import { storyModel } from '../testing/fixtures/story-model.ts';
import { brokenReferenceModel } from '../testing/fixtures/broken-reference-model.ts';
import { duplicateIdModel } from '../testing/fixtures/duplicate-id-model.ts';
import { impossibleDateModel } from '../testing/fixtures/impossible-date-model.ts';
import { misshapenModel } from '../testing/fixtures/misshapen-model.ts';
import { warningsModel } from '../testing/fixtures/warnings-model.ts';
import { normalizeIfValid } from './normalize-if-valid.ts';
import { validateModel } from './validate-model.ts';
import type { Model } from './types.ts';

const plain = (model: Model) => ({ ...model, kindOf: [...model.kindOf], backlinks: [...model.backlinks] });

/** Replaces the value at a random path of a valid model (plain, with positions or with a story) with arbitrary JSON, or deletes it. */
const mutatedModel = fc
  .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.option(fc.jsonValue(), { nil: undefined }), fc.constantFrom(validModel, positionsModel, storyModel))
  .map(([steps, replacement, makeModel]) => {
    const model = makeModel() as unknown as Record<string, unknown>;
    let node: Record<string, unknown> = model;
    for (const [n, step] of steps.entries()) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const at = keys[step % keys.length] as string;
      const child = node[at];
      if (n === steps.length - 1 || typeof child !== 'object' || child === null) {
        if (replacement === undefined) delete node[at];
        else node[at] = replacement;
        break;
      }
      node = child as Record<string, unknown>;
    }
    return model;
  });

describe('normalizeIfValid', () => {
  it('gives the same model as validateModel for a valid file, warnings or not', () => {
    for (const file of [validModel(), warningsModel(), positionsModel(), storyModel()]) {
      const result = validateModel(file);
      const model = normalizeIfValid(file);
      expect(result.ok).toBe(true);
      expect(model && plain(model)).toEqual(result.ok && plain(result.model));
    }
  });

  it('keeps a story, as validateModel does', () => {
    expect(normalizeIfValid(storyModel())?.story?.map((step) => step.title)).toEqual(['The talks', 'The reply']);
  });

  it('gives nothing for a view or story step that selects two things, as validateModel does', () => {
    const twoInView = { ...validModel(), view: { from: '2025-03-10', to: '2025-03-12', event: 'harbour-talks', statement: 'bask-reply' } };
    const story = storyModel();
    const twoInStep = { ...story, story: { steps: [{ ...story.story!.steps[0]!, statement: 'bask-reply' }] } };
    for (const file of [twoInView, twoInStep]) {
      expect(validateModel(file).ok).toBe(false);
      expect(normalizeIfValid(file)).toBeUndefined();
    }
  });

  it('gives nothing for each kind of broken file', () => {
    for (const file of [brokenReferenceModel(), duplicateIdModel(), impossibleDateModel(), misshapenModel(), null, [], 'parley/1']) {
      expect(normalizeIfValid(file)).toBeUndefined();
    }
  });

  it('agrees with validateModel on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedModel, fc.jsonValue()), (input) => {
        const result = validateModel(input);
        const model = normalizeIfValid(input);
        expect(model !== undefined).toBe(result.ok);
        if (model && result.ok) expect(plain(model)).toEqual(plain(result.model));
      }),
      { numRuns: 400 },
    );
    // A generous limit: a busy machine takes several times the ~1 s this needs.
  }, 30_000);
});
