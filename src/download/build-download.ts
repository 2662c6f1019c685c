import type { Model, StatementId } from '../model/types.ts';
import { buildQuotesCslJson } from './build-quotes-csl-json.ts';
import { buildQuotesCsv } from './build-quotes-csv.ts';
import { serializeModelFile } from './serialize-model-file.ts';

/** What "Download" offers. */
export type DownloadKind = 'model' | 'csl-json' | 'csv';

/** A file to save: name, text and media type. */
export interface DownloadFile {
  readonly fileName: string;
  readonly text: string;
  readonly type: string;
}

/**
 * The file for one kind of download: the model as parley/1 JSON, or the given statements (those in
 * the current filters) as CSL-JSON or CSV. Loaded with the first download, not with the app.
 */
export function buildDownload(kind: DownloadKind, model: Model, statements: readonly StatementId[], linkTo: (id: string) => string | undefined): DownloadFile {
  const base = model.meta.id;
  switch (kind) {
    case 'model':
      return { fileName: `${base}.json`, text: `${JSON.stringify(serializeModelFile(model), null, 2)}\n`, type: 'application/json' };
    case 'csl-json':
      return { fileName: `${base}-quotes.csl.json`, text: `${JSON.stringify(buildQuotesCslJson(model, statements, linkTo), null, 2)}\n`, type: 'application/vnd.citationstyles.csl+json' };
    case 'csv':
      return { fileName: `${base}-quotes.csv`, text: buildQuotesCsv(model, statements, linkTo), type: 'text/csv' };
  }
}
