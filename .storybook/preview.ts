import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { withActions } from 'storybook/actions/decorator';
import { EVENT_NAMES } from '../stories/widget-args.js';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Controls and docs come from the manifest that the components' JSDoc generates.
setCustomElementsManifest(manifest);

/**
 * The theme toolbar sets each widget's theme attribute, as an embedder would (over a story's own
 * theme: the toolbar stands for the page around it). Called once the story's widgets are in.
 */
function applyTheme(wrapper: Element, theme: string): void {
  if (theme === 'default') return;
  for (const element of wrapper.querySelectorAll('*')) {
    if (element.localName.startsWith('nhs-') && element.localName !== 'nhs-careers-provider') {
      element.setAttribute('theme', theme);
    }
  }
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: { icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'cy', title: 'Cymraeg' }], dynamicTitle: true },
    },
    theme: {
      description: 'Theme',
      toolbar: {
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'nhs', title: 'NHS' },
          { value: 'dark', title: 'Default on a dark page' },
          { value: 'nhs dark', title: 'NHS, dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'default' },
  decorators: [
    // The Actions panel logs every nhs-* event the widgets fire (they bubble and are composed).
    withActions,
    (story, context) => {
      // The locale switch works as a host page would: through the lang of an ancestor.
      // The theme switch sets each widget's theme attribute, as an embedder would.
      const theme = context.globals['theme'] as string;
      const dark = theme.includes('dark');
      // A dark host page styles its own links too; the wrapper stands in for that page.
      const wrapper = html`<style>
          [data-theme~='dark'] a { color: #8cc8ff; }
        </style>
        <div lang=${context.globals['locale'] as string} data-theme=${theme} ${ref((wrapper) => wrapper && queueMicrotask(() => applyTheme(wrapper, theme)))}
          style=${dark ? 'background:#1b1f23;color:#f0f4f5;padding:1rem' : ''}>${story()}</div>`;
      return wrapper;
    },
  ],
  parameters: {
    controls: { expanded: true },
    actions: { handles: EVENT_NAMES },
    a11y: { test: 'error' },
  },
};

export default preview;
