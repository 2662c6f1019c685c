import { describe, expect, it } from 'vitest';
import { formatProblem } from './format-problem.ts';

describe('formatProblem', () => {
  it('writes file, path, severity and message', () => {
    const line = formatProblem({ severity: 'error', path: 'statements[4].speaker', message: 'unknown actor id "putn"' }, 'ukraine.json');
    expect(line).toBe('ukraine.json: statements[4].speaker: error: unknown actor id "putn"');
  });

  it('leaves out the file when there is none and the path for the root', () => {
    expect(formatProblem({ severity: 'warning', path: '', message: 'm' })).toBe('warning: m');
  });
});
