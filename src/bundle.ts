/**
 * Entry of dist/nhs-role-widgets.js, the file embedders load. It fetches the elements and the data
 * in parallel and defines the elements only when both are in, so each widget's first frame is its
 * finished content and the page does not move twice. If the data cannot load, the elements are
 * defined anyway and show their message.
 */
// The data module is imported here directly and handed over, so this file needs no chunk of its own.
const [data, elements] = await Promise.all([import('./data/bundled.js').catch(() => undefined), import('./define-all.js')]);
elements.defineAll(data?.bundledDataset);

export {};
