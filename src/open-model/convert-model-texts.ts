import { formatCount } from '../components/format-count.ts';
import { ModelLoadError } from '../data/model-load-error.ts';
import type { LoadedModel } from '../data/decode-model-bytes.ts';
import { parseJsonText } from '../data/parse-json-text.ts';
import { validateModelJson } from '../data/validate-model-json.ts';
import { normalizeIfValid } from '../model/normalize-if-valid.ts';
import { convertFilesToModel } from '../import/convert-to-model.ts';
import { baseName } from '../import/describe-model-defaults.ts';
import { ImportError, type ImportFile } from '../import/import-types.ts';
import { locateProblem } from '../import/locate-problem.ts';
import type { OpenedModel } from './read-model-files.ts';

/** Text → validated model, as a file is checked on the page: the fast path, then the explaining validator. */
function parseModelText(text: string, label: string): LoadedModel {
  const json = parseJsonText(text, label);
  const model = normalizeIfValid(json);
  return model ? { model } : validateModelJson(json, label);
}

/**
 * Files that are not a Parley model → converted, then validated like any model. Loaded on demand
 * (the importer and its parsers are not part of the app's first script). Problems of the converted
 * model are told by the row or path of the file they came from.
 */
export async function convertModelTexts(files: readonly ImportFile[]): Promise<OpenedModel> {
  const label = files.map((f) => f.name).join(', ');
  let result;
  try {
    result = convertFilesToModel(files);
  } catch (error) {
    if (error instanceof ImportError) throw new ModelLoadError('unsupported', error.message, { cause: error });
    throw error;
  }
  if (result.format === 'parley') return { loaded: parseModelText(files[0]?.text ?? '', label) };
  const text = `${JSON.stringify(result.model, null, 2)}\n`;
  try {
    const loaded = parseModelText(text, label);
    const name = files.length === 1 ? baseName(files[0]?.name ?? 'model') : 'model';
    return { loaded, conversion: { formatName: result.formatName, notes: result.notes, text, fileName: `${name}.parley.json` } };
  } catch (error) {
    if (!(error instanceof ModelLoadError) || error.kind !== 'invalid-model') throw error;
    const problems = error.problems.map((p) => locateProblem(p, result.origins));
    const errors = problems.filter((p) => p.severity === 'error').length;
    throw new ModelLoadError(
      'invalid-model',
      `${label} was converted from ${result.formatName}, but the result is not yet a valid Parley model: ${formatCount(errors, { one: 'problem', other: 'problems' })} to fix in the file.`,
      { problems },
    );
  }
}
