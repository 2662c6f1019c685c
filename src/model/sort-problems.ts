import { formatPath, type PathSegment } from './format-path.ts';
import { isRecord } from './loose-json.ts';
import type { ModelProblem } from './types.ts';

/** A problem found by one of the checks, with its path still as segments so it can be ordered. */
export interface LocatedProblem {
  readonly severity: ModelProblem['severity'];
  readonly at: readonly PathSegment[];
  readonly message: string;
}

/**
 * Where a path sits in the document: per step, the index of the key among its object's keys in file
 * order (JSON.parse keeps it), or the array index. A key that is missing sorts first in its object.
 */
function getDocumentPosition(root: unknown, at: readonly PathSegment[]): number[] {
  const position: number[] = [];
  let value = root;
  for (const segment of at) {
    if (Array.isArray(value) && typeof segment === 'number') {
      position.push(segment);
      value = value[segment];
    } else if (isRecord(value) && typeof segment === 'string') {
      const index = Object.keys(value).indexOf(segment);
      position.push(index);
      value = index >= 0 ? value[segment] : undefined;
    } else {
      position.push(-1);
      value = undefined;
    }
  }
  return position;
}

function comparePositions(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Errors in document order, then warnings in document order, with paths as text. */
export function sortProblems(problems: readonly LocatedProblem[], root: unknown): ModelProblem[] {
  const keyed = problems.map((problem, order) => ({
    problem,
    order,
    position: getDocumentPosition(root, problem.at),
  }));
  keyed.sort(
    (a, b) =>
      (a.problem.severity === b.problem.severity ? 0 : a.problem.severity === 'error' ? -1 : 1) ||
      comparePositions(a.position, b.position) ||
      a.order - b.order,
  );
  return keyed.map(({ problem }) => ({
    severity: problem.severity,
    path: formatPath(problem.at),
    message: problem.message,
  }));
}
