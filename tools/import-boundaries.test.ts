import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The folder boundaries of eslint.config.js, checked on snippets linted as if they sat in the repo:
// if a rule stopped firing (a renamed folder, a resolver that no longer finds .ts files), these fail.
const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The rule ids ESLint reports for `code` written at `filePath` (relative to the repo). */
async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import boundaries (eslint.config.js)', { timeout: 60_000 }, () => {
  it('fails a view folder that imports another view folder', async () => {
    const code = "import { Timeline } from '../timeline/timeline.tsx';\nexport const View = Timeline;\n";
    expect(await ruleIdsFor('src/detail-panel/boundary-probe.tsx', code)).toEqual(['import-x/no-restricted-paths']);
    // Written without the extension, or through src/, it is the same file and the same failure.
    const roundabout = "import { EventList } from '../../src/event-list/event-list';\nexport const View = EventList;\n";
    expect(await ruleIdsFor('src/search/boundary-probe.tsx', roundabout)).toEqual(['import-x/no-restricted-paths']);
  });

  it('lets the app join views, and views use item views, selectors and state', async () => {
    const app = "import { Timeline } from '../timeline/timeline.tsx';\nimport { EventList } from '../event-list/event-list.tsx';\nexport const views = [Timeline, EventList];\n";
    expect(await ruleIdsFor('src/app/boundary-probe.tsx', app)).toEqual([]);
    const view = "import { StatementQuote } from '../item-views/statement-quote.tsx';\nimport { selectDetail } from '../selectors/select-detail.ts';\nimport { useViewStore } from '../view-state/view-store-context.tsx';\nexport const parts = [StatementQuote, selectDetail, useViewStore];\n";
    expect(await ruleIdsFor('src/detail-panel/boundary-probe.tsx', view)).toEqual([]);
  });

  it('keeps React and the views out of src/model/ and src/selectors/', async () => {
    expect(await ruleIdsFor('src/model/boundary-probe.ts', "import { useMemo } from 'react';\nexport const x = useMemo;\n")).toEqual([
      '@typescript-eslint/no-restricted-imports',
    ]);
    expect(await ruleIdsFor('src/selectors/boundary-probe.ts', "import { formatKind } from '../item-views/format-kind.ts';\nexport const x = formatKind;\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(await ruleIdsFor('src/model/boundary-probe.ts', "import { selectDetail } from '../selectors/select-detail.ts';\nexport const x = selectDetail;\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
  });

  it('keeps src/import/ (shared with npm run import) on the model: it may use src/model/, nothing of the app', async () => {
    const model = "import { isRecord } from '../model/loose-json.ts';\nexport const x = isRecord;\n";
    expect(await ruleIdsFor('src/import/boundary-probe.ts', model)).toEqual([]);
    const data = "import { ModelLoadError } from '../data/model-load-error.ts';\nexport const x = ModelLoadError;\n";
    expect(await ruleIdsFor('src/import/boundary-probe.ts', data)).toEqual(['import-x/no-restricted-paths']);
    // The app's file opening may use the importer: it is a layer, not a view.
    const open = "import { convertFilesToModel } from '../import/convert-to-model.ts';\nexport const x = convertFilesToModel;\n";
    expect(await ruleIdsFor('src/open-model/boundary-probe.ts', open)).toEqual([]);
  });

  it('lets selectors take view state as a type, but not import its code', async () => {
    const typeOnly = "import type { ViewState } from '../view-state/view-state.ts';\nexport type X = ViewState;\n";
    expect(await ruleIdsFor('src/selectors/boundary-probe.ts', typeOnly)).toEqual([]);
    const code = "import { repairWindowDate } from '../view-state/repair-window-date.ts';\nexport const x = repairWindowDate;\n";
    expect(await ruleIdsFor('src/selectors/boundary-probe.ts', code)).toEqual(['@typescript-eslint/no-restricted-imports']);
  });

  it('fails an import it cannot resolve, which the boundaries could not check', async () => {
    expect(await ruleIdsFor('src/detail-panel/boundary-probe.ts', "import { x } from '../timeline/no-such-file';\nexport const y = x;\n")).toEqual([
      'import-x/no-unresolved',
    ]);
  });
});
