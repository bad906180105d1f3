// The pupil's journey, by keyboard alone, on the built bundle: answer the questionnaire, open a
// suggested role, add it to a comparison from the explorer, and read the comparison.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

/** The focused element, looking inside shadow roots, as a short description. */
const focused = (page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return {
      tag: element?.localName,
      id: element?.id ?? '',
      type: element?.getAttribute('type') ?? '',
      className: typeof element?.className === 'string' ? element.className : '',
      text: (element?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      host: element?.getRootNode()?.host?.localName ?? '',
    };
  });

/** Presses Tab until `match(focused)` holds; fails after `limit` presses. */
async function tabUntil(page, match, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (match(now)) return now;
  }
  throw new Error('Tab never reached the expected control');
}

describe('a pupil’s journey by keyboard alone', () => {
  let server;
  let browser;
  before(async () => {
    server = await startStaticServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('answers the finder, opens a suggestion, compares it with another role from the explorer, and reads the table', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/demo/explore.html`);
    await page.locator('nhs-career-finder').getByText(/^Question 1 of/).waitFor();

    // 1. The questionnaire: in each question, choose an answer with the arrow keys and go on with Enter.
    const questions = await page.locator('nhs-career-finder').evaluate((el) => Number(el.shadowRoot.querySelector('.progress').textContent.match(/of (\d+)/)[1]));
    for (let i = 0; i < questions; i++) {
      await tabUntil(page, (f) => f.host === 'nhs-career-finder' && f.type === 'radio');
      await page.keyboard.press('ArrowDown');
      await tabUntil(page, (f) => f.host === 'nhs-career-finder' && f.className.includes('primary'));
      await page.keyboard.press('Enter');
    }
    assert.equal((await focused(page)).id, 'results', 'focus moves to the suggestions');

    // 2. Open the first suggestion's card.
    const toggle = await tabUntil(page, (f) => f.host === 'nhs-career-finder' && f.className.includes('toggle'));
    const chosenTitle = toggle.text.replace(/^Read about /, '');
    await page.keyboard.press('Enter');
    const card = page.locator('nhs-career-finder nhs-role-card').first();
    await card.getByRole('heading', { name: chosenTitle, exact: true }).waitFor();

    // 3. In the explorer, find that role and add it to the comparison, then add a second role.
    await tabUntil(page, (f) => f.host === 'nhs-role-explorer' && f.id === 'search');
    await page.keyboard.type(chosenTitle);
    await tabUntil(page, (f) => f.host === 'nhs-role-explorer' && f.text === `Compare: ${chosenTitle}`);
    await page.keyboard.press('Enter');
    await page.keyboard.down('Shift');
    await tabUntil(page, (f) => f.id === 'search');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('porter');
    const second = await tabUntil(page, (f) => f.host === 'nhs-role-explorer' && f.text.startsWith('Compare: ') && f.text !== `Compare: ${chosenTitle}`);
    await page.keyboard.press('Enter');
    await tabUntil(page, (f) => f.host === 'nhs-role-explorer' && f.text === 'Compare the chosen roles');
    await page.keyboard.press('Enter');
    assert.equal((await focused(page)).id, 'comparison', 'focus moves to the comparison');

    // 4. Read the comparison: a table whose column headers are the two roles.
    const headers = await page.locator('nhs-role-explorer nhs-role-compare').evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('.wide th[scope="col"]')].map((th) => th.textContent),
    );
    assert.deepEqual(headers, [chosenTitle, second.text.replace(/^Compare: /, '')]);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
