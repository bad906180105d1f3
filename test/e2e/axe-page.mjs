// Runs axe-core inside a Playwright page and returns the WCAG 2.2 A/AA violations.
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// Rules about a whole document (one main landmark, one h1, everything in landmarks) say nothing
// about a widget shown alone in a story frame; they are left out when checking a part of a page.
const PAGE_RULES = { 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false }, region: { enabled: false } };

/** Violations in the page (or in the element `selector` names). */
export async function axeViolations(page, selector) {
  await page.addScriptTag({ path: axePath });
  const { violations } = await page.evaluate(
    async ({ selector, rules }) => {
      // Storybook's a11y addon runs axe in the same frame; wait for its run to end before ours.
      for (let attempt = 0; ; attempt++) {
        try {
          return await window.axe.run(selector ? document.querySelector(selector) : document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
            rules: selector ? rules : {},
          });
        } catch (error) {
          if (attempt > 50 || !String(error).includes('already running')) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    },
    { selector, rules: PAGE_RULES },
  );
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Resolves when every nhs-* element on the page has rendered its data or its message. */
export const widgetsSettled = (page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => element.localName.startsWith('nhs-'))
      .every((element) => element.shadowRoot && !element.shadowRoot.querySelector('[aria-busy="true"]')),
  );

/** Collects a page's uncaught errors and console errors into the array it returns. */
export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return errors;
}

/**
 * Resolves once the page (or frame) has painted two more frames: any layout shift or resize the
 * last render caused has been recorded by then. Use it instead of a fixed sleep before asserting
 * that something did not happen.
 */
export const afterTwoFrames = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
