import type { ModelProblem } from '../model/types.ts';

/**
 * A problem found in a converted model, told in the terms of the file it came from:
 * `events[3].participants[0].actor` → `events.csv row 5 (events[3].participants[0].actor in the converted model)`.
 * Problems outside any converted item keep their path.
 */
export function locateProblem(problem: ModelProblem, origins: Readonly<Record<string, string>>): ModelProblem {
  const match = /^(?:actors|events|statements|sources)\[\d+\]/.exec(problem.path);
  const origin = match ? origins[match[0]] : undefined;
  if (!origin || origin === match?.[0]) return problem;
  return { ...problem, path: `${origin} (${problem.path} in the converted model)` };
}
