// Opens every story of the built Storybook and fails on page errors, axe violations (in English
// with the default theme, and in Welsh with the NHS dark theme), or sideways scrolling at 320 px
// wide and with text at 200 %. Needs `storybook build` first (npm test runs it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { axeViolations, collectErrors, widgetsSettled } from '../e2e/axe-page.mjs';

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

describe('every Storybook story', () => {
  let server;
  let browser;
  before(async () => {
    server = await startStaticServer({ root: 'storybook-static', index: '/index.html' });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens a story and waits for its widgets; collects page errors into `errors`. */
  async function open(story, { width = 1280, globals = '' } = {}) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    const errors = collectErrors(page);
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story${globals ? `&globals=${globals}` : ''}`);
    await page.waitForSelector('body.sb-show-main, body.sb-show-errordisplay');
    assert.equal(await page.locator('body.sb-show-errordisplay').count(), 0, 'Storybook shows an error');
    await widgetsSettled(page);
    return { page, errors };
  }

  const scrollsSideways = (page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

  it('has stories', () => assert.ok(stories.length >= 25, `only ${stories.length} stories`));

  for (const story of stories) {
    it(`${story.title} / ${story.name}`, async () => {
      const english = await open(story);
      assert.deepEqual(english.errors, []);
      assert.deepEqual(await axeViolations(english.page, '#storybook-root'), [], 'axe, English, default theme');
      await english.page.close();

      const welsh = await open(story, { globals: 'locale:cy;theme:nhs+dark' });
      assert.deepEqual(welsh.errors, []);
      assert.deepEqual(await axeViolations(welsh.page, '#storybook-root'), [], 'axe, Welsh, NHS dark theme');
      await welsh.page.close();

      const narrow = await open(story, { width: 320 });
      assert.equal(await scrollsSideways(narrow.page), false, 'scrolls sideways at 320 px');
      // Text at 200 %: the widgets size their text in em, so they follow the host's text size.
      await narrow.page.setViewportSize({ width: 640, height: 800 });
      await narrow.page.addStyleTag({ content: 'html { font-size: 200% !important } body { font-size: 200% !important }' });
      await widgetsSettled(narrow.page);
      assert.equal(await scrollsSideways(narrow.page), false, 'scrolls sideways with text at 200 %');
      await narrow.page.close();
    });
  }
});

// Sample values for text controls, by attribute: what a developer would type. A text control with
// no sample here fails the test, so a new attribute is tried as soon as it gets a control.
const TEXT_SAMPLES = {
  'role-id': ['dentist', 'porter'],
  categories: ['nursing', 'dental-team'],
  category: ['nursing', 'dental-team'],
  'entry-route': ['apprenticeships', 'school-leavers'],
  roles: ['dentist,porter', 'paramedic,adult-nurse'],
  route: ['school-leavers', 'apprenticeships'],
  query: ['nurse', 'porter'],
  src: ['data:application/json,%7B%7D'],
  'link-base': ['/vacancies/{id}', '/jobs/{id}'],
  'link-text': ['Work as a {title}', 'Vacancies: {title}'],
};
// Controls whose effect shows only after the reader does something: what they change, and why the
// first frame cannot show it.
// `nation` (any widget) picks whose pay figures show: the playgrounds' first frames show no pay.
const SHOWN_LATER = {
  '*': { nation: 'whose pay figures show; no playground shows pay in its first frame' },
  'nhs-career-finder': { limit: 'how many suggestions the last step lists' },
};

/** What the reader sees of the story's widgets: their shadow DOM and the colours and fonts it is painted with. */
const widgetLook = (page) =>
  page.evaluate(() => {
    const widgets = [...document.querySelectorAll('#storybook-root *')].filter((element) => element.localName.startsWith('nhs-'));
    return widgets
      .map((widget) => {
        const root = widget.shadowRoot;
        const styles = [...(root?.querySelectorAll('*') ?? [])].map((element) => {
          const style = getComputedStyle(element);
          return `${style.color}|${style.backgroundColor}|${style.fontFamily}|${style.borderRadius}`;
        });
        return `${root?.innerHTML.replace(/<!--[^>]*-->/g, '') ?? ''}\n${styles.join(';')}`;
      })
      .join('\n---\n');
  });

describe('Storybook controls and actions', () => {
  let server;
  let browser;
  before(async () => {
    server = await startStaticServer({ root: 'storybook-static', index: '/index.html' });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const playgrounds = stories.filter((story) => story.name === 'Playground');

  it('has a playground with controls for every widget', () => {
    assert.deepEqual(playgrounds.map((story) => story.title).sort(), [
      'Widgets/Career finder', 'Widgets/Careers provider', 'Widgets/Category grid', 'Widgets/Entry routes',
      'Widgets/Role card', 'Widgets/Role compare', 'Widgets/Role explorer',
    ]);
  });

  /** Sets a story's args through the preview's channel, as the Controls panel does, and waits for the render. */
  const setArgs = (page, storyId, updatedArgs) =>
    page.evaluate(
      ({ storyId, updatedArgs }) =>
        new Promise((resolve) => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          channel.once('storyRendered', resolve);
          channel.emit('updateStoryArgs', { storyId, updatedArgs });
        }),
      { storyId, updatedArgs },
    );

  /** Opens a story and returns its page, once its widgets have settled. */
  async function openStory(story) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`);
    await page.waitForSelector('body.sb-show-main');
    await widgetsSettled(page);
    return page;
  }

  for (const story of playgrounds) {
    it(`${story.title}: every control changes the widget`, async () => {
      const page = await openStory(story);
      const { tag, controls, args } = await page.evaluate(() => {
        const { story: current } = window.__STORYBOOK_PREVIEW__.currentRender;
        const controls = Object.entries(current.argTypes)
          .filter(([, argType]) => argType.control && argType.control.type && !argType.control.disable && !argType.table?.disable)
          .map(([name, argType]) => ({ name, type: argType.control.type, options: argType.options ?? [] }));
        return { tag: current.component, controls, args: current.initialArgs };
      });
      assert.ok(controls.length > 0, 'no controls');
      for (const control of controls) {
        if (SHOWN_LATER[tag]?.[control.name] || SHOWN_LATER['*'][control.name]) continue;
        // Up to three values unlike the story's own: a control does something if one of them shows.
        let candidates = [];
        if (['select', 'radio', 'inline-radio'].includes(control.type)) candidates = control.options.filter((option) => option !== '');
        else if (control.type === 'number') candidates = [3, 4];
        else if (control.type === 'text') candidates = TEXT_SAMPLES[control.name] ?? [];
        candidates = candidates.filter((option) => String(option) !== String(args[control.name] ?? '')).slice(0, 3);
        assert.ok(candidates.length > 0, `${control.name}: no value to try for a ${control.type} control`);
        const before = await widgetLook(page);
        let changed = false;
        for (const value of candidates) {
          await setArgs(page, story.id, { [control.name]: value });
          await widgetsSettled(page);
          await page.waitForTimeout(50);
          if ((await widgetLook(page)) !== before) {
            changed = true;
            break;
          }
        }
        assert.ok(changed, `the ${control.name} control changed nothing the reader sees (tried ${JSON.stringify(candidates)})`);
        // Back to the story's own args, so each control is tried on its own.
        await page.evaluate(
          ({ id, name }) =>
            new Promise((resolve) => {
              const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
              channel.once('storyRendered', resolve);
              channel.emit('resetStoryArgs', { storyId: id, argNames: [name] });
            }),
          { id: story.id, name: control.name },
        );
        await widgetsSettled(page);
      }
      await page.close();
    });
  }

  it('logs every nhs-* event in the Actions panel, and real ones as they happen', async () => {
    const card = stories.find((story) => story.title === 'Widgets/Role card' && story.name === 'Full');
    const page = await openStory(card);
    await page.evaluate(() => {
      window.loggedActions = [];
      window.__STORYBOOK_ADDONS_CHANNEL__.on('storybook/actions/action-event', (action) => window.loggedActions.push(action.data.name));
    });
    // A real event: choosing a related role.
    await page.locator('nhs-role-card').getByRole('button').first().click();
    await page.waitForFunction(() => window.loggedActions.includes('nhs-role-select'));
    // Every event the manifest lists, fired from the widget as the widgets fire them.
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const events = [...new Set(manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.events ?? []).map((e) => e.name)))];
    assert.ok(events.length >= 6);
    await page.evaluate((names) => {
      const widget = document.querySelector('nhs-role-card');
      for (const name of names) widget.shadowRoot.firstElementChild.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: {} }));
    }, events);
    await page.waitForTimeout(100);
    const logged = await page.evaluate(() => window.loggedActions);
    assert.deepEqual(events.filter((name) => !logged.includes(name)), [], 'events the Actions panel did not log');
    await page.close();
  });
});
