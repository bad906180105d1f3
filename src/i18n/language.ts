export type Language = 'en' | 'cy';

/** The language of the nearest `lang` attribute, crossing shadow roots; English unless it is Welsh. */
export function languageOf(element: Element): Language {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang.trim().toLowerCase().startsWith('cy') ? 'cy' : 'en';
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return 'en';
}
