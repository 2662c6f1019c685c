import type { ModelProblem } from './types.ts';

/**
 * One problem as a line, the same in the CLI and the app:
 * `ukraine.json: statements[4].speaker: error: unknown actor id "putn"; …`. The path is left out for the root.
 */
export function formatProblem(problem: ModelProblem, file?: string): string {
  const parts = [file, problem.path, `${problem.severity}: ${problem.message}`].filter(
    (part): part is string => part !== undefined && part !== '',
  );
  return parts.join(': ');
}
