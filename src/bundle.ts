/**
 * Entry of dist/nhs-role-widgets.js, the file embedders load. It fetches only what the page uses:
 * the elements on it, the role index, and the details of the roles its cards name, all in parallel
 * where it can. It defines the elements only when their code and data are in, so each widget's
 * first frame is its finished content and the page does not move twice. Elements added later are
 * loaded when they appear. If data cannot load, the elements are defined anyway and show their message.
 */
import { attachContextRoot } from './context/context-root.js';
import { loadBundledDataset, loadBundledIndex, loadBundledRole, useRoleFiles } from './data/load-bundled.js';
import { findRole } from './data/selectors.js';
import { ELEMENTS } from './loader/elements.js';
import { defineElement } from './shared/define-element.js';
import { requestedRole } from './shared/role-id.js';

// The per-role files sit beside this file in dist/roles/.
useRoleFiles(new URL('./roles/', import.meta.url).href);
attachContextRoot();

const requested = new Set<string>();
/** Past this many roles named by cards, one request for everything beats one per role. */
const WHOLE_DATASET_FROM = 12;

/** The tags to load for these elements, with the ones they render inside themselves. */
function tagsFor(elements: readonly Element[]): string[] {
  const tags = new Set<string>();
  const add = (tag: string): void => {
    if (tags.has(tag) || requested.has(tag) || customElements.get(tag) || !ELEMENTS[tag]) return;
    tags.add(tag);
    for (const inner of ELEMENTS[tag].inside ?? []) add(inner);
  };
  for (const element of elements) add(element.localName);
  return [...tags];
}

/** The data these elements need before their first frame. Failures are left to the widgets to report. */
async function loadData(elements: readonly Element[], tags: readonly string[]): Promise<void> {
  if (tags.some((tag) => ELEMENTS[tag]?.data === 'every-role')) await loadBundledDataset();
  const index = await loadBundledIndex();
  const ids = elements
    .filter((element) => ELEMENTS[element.localName]?.data === 'role')
    .map((element) => requestedRole(element, element.getAttribute('role-id')).id)
    .filter((id) => id && findRole(index, id));
  // Many cards fetch the whole dataset in one file rather than a file per role.
  if (new Set(ids).size > WHOLE_DATASET_FROM) await loadBundledDataset();
  else await Promise.all(ids.map((id) => loadBundledRole(id)));
}

async function upgrade(elements: readonly Element[]): Promise<void> {
  const tags = tagsFor(elements);
  // Elements already defined load their own role details as they render.
  if (tags.length === 0) return;
  for (const tag of tags) requested.add(tag);
  const [classes] = await Promise.all([
    Promise.all(tags.map(async (tag) => [tag, await ELEMENTS[tag]!.load()] as const)),
    loadData(elements, tags).catch(() => undefined),
  ]);
  // Rendering starts in a task of its own, apart from evaluating the chunks that just arrived, so
  // neither holds up the page for long on a slow phone.
  await new Promise((resolve) => setTimeout(resolve));
  // The provider first, so widgets inside it find it as they upgrade.
  for (const [tag, constructor] of classes.sort(([a], [b]) => Number(b === 'nhs-careers-provider') - Number(a === 'nhs-careers-provider'))) {
    defineElement(tag, constructor);
  }
}

const ours = (root: ParentNode): Element[] => [...root.querySelectorAll(Object.keys(ELEMENTS).join(','))];

// Elements a host adds later (say, after a click) are loaded when they appear.
new MutationObserver((records) => {
  const added: Element[] = [];
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (ELEMENTS[node.localName]) added.push(node);
      added.push(...ours(node));
    }
  }
  if (added.length > 0) void upgrade(added);
}).observe(document, { childList: true, subtree: true });

// Not awaited: element chunks import shared code from this file, so this module must finish evaluating first.
void upgrade(ours(document));

export {};
