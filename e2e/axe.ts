import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * The rule set every axe check in e2e runs: WCAG 2.0/2.1 A and AA, WCAG 2.2 AA (target size), axe's
 * best practices (landmarks, headings, regions: what the default run checked before), and the
 * experimental rules, which axe leaves out unless the `experimental` tag is asked for. Label-in-name
 * (WCAG 2.5.3) is one of those, so without it a control whose visible words are missing from its
 * accessible name would pass.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'experimental'] as const;

/** An AxeBuilder for the page with the project's rule set; narrow it with `.include(selector)`. */
export function createAxeBuilder(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).withTags([...AXE_TAGS]);
}

/**
 * Runs axe (the project's rule set) on the page, or on the part `include` selects, and fails with each
 * violation's rule id and the elements it found.
 */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  const builder = createAxeBuilder(page);
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  // One line per element, so a failure reads as a list of what to fix rather than a diff of axe's objects.
  const found = violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}) ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join('; ') ?? v.help}`),
  );
  expect(found, 'axe violations').toEqual([]);
}
