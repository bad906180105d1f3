import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Controls and docs come from the manifest that the components' JSDoc generates.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: { icon: 'globe', items: [{ value: 'en', title: 'English' }, { value: 'cy', title: 'Cymraeg' }], dynamicTitle: true },
    },
    theme: {
      description: 'Theme',
      toolbar: { icon: 'paintbrush', items: [{ value: 'default', title: 'Default' }, { value: 'nhs', title: 'NHS' }], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', theme: 'default' },
  decorators: [
    (story, context) => {
      // The locale switch works as a host page would: through the lang of an ancestor.
      const theme = context.globals['theme'] as string;
      const wrapper = html`<div lang=${context.globals['locale'] as string} data-theme=${theme}>${story()}</div>`;
      queueMicrotask(() => {
        for (const element of document.querySelectorAll('[data-theme] nhs-role-card')) {
          if (theme === 'nhs') element.setAttribute('theme', 'nhs');
        }
      });
      return wrapper;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
