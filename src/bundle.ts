/**
 * Entry of dist/nhs-role-widgets.js, the file embedders load. It fetches only what the page uses:
 * the elements on it, the role index, and the details of the roles its cards name, all at once.
 * It defines the elements only when their code and data are in, so each widget's first frame is
 * its finished content and the page does not move twice. Elements added later are loaded when they
 * appear. If data cannot load, the elements are defined anyway and show their message; if an
 * element's own code cannot load, its fallback content stays, the console says which file is
 * missing, and the element fires `nhs-error` (`chunk-unavailable`).
 *
 * Hosts that put widgets in their own shadow roots call `discover(shadowRoot)`, which the page's
 * observer cannot see into.
 */
import { attachContextRoot } from './context/context-root.js';
import { loadBundledDataset, loadBundledIndex, loadBundledRole, useRoleFiles } from './data/load-bundled.js';
import { ELEMENTS } from './loader/elements.js';
import { createLoader, type Root } from './loader/loader.js';
import knownRoleIds from './loader/role-ids.js';
import { defineElement } from './shared/define-element.js';
import type { NhsErrorDetail } from './shared/events.js';
import { requestedRole } from './shared/role-id.js';
import { warnOnce } from './shared/warn.js';

// The per-role files sit beside this file in dist/roles/.
useRoleFiles(new URL('./roles/', import.meta.url).href);
attachContextRoot();

const known = new Set(knownRoleIds.split(','));

const loader = createLoader({
  table: ELEMENTS,
  isDefined: (tag) => customElements.get(tag) !== undefined,
  define: defineElement,
  roleIdOf: (element) => requestedRole(element as Element, element.getAttribute('role-id')).id,
  isKnownRole: (id) => known.has(id),
  loadIndex: loadBundledIndex,
  loadEveryRole: loadBundledDataset,
  loadRole: loadBundledRole,
  nextTask: () => new Promise((resolve) => setTimeout(resolve)),
  unavailable(tag, files, elements) {
    const named = files.map((file) => new URL(file, import.meta.url).href).join(', ');
    const message =
      `the code of <${tag}> could not be loaded (${named || 'one of its files in chunks/'}), so its fallback content stays. ` +
      'Serve the whole dist/ folder; the element is tried again when one is added to the page.';
    warnOnce(message);
    const detail: NhsErrorDetail = { code: 'chunk-unavailable', message, value: named || tag };
    for (const element of elements as Element[]) {
      element.dispatchEvent(new CustomEvent('nhs-error', { bubbles: true, composed: true, detail }));
    }
  },
  watch(root, added) {
    new MutationObserver((records) => added(records.flatMap((record) => [...record.addedNodes]))).observe(root as unknown as Node, {
      childList: true,
      subtree: true,
    });
  },
});

/**
 * Loads the widgets inside `root` (a shadow root, or any element or document) and those added to
 * it later. The page itself is handled without it; call it for each shadow root of your own that
 * holds widgets. Resolves once the widgets found now are defined (or reported).
 */
export const discover = (root: Document | DocumentFragment | Element): Promise<void> => loader.discover(root as unknown as Root);

// Not awaited: element chunks import shared code from this file, so this module must finish evaluating first.
void loader.discover(document as unknown as Root);

