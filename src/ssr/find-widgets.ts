import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A widget found in a page, with what the page around it gives it. */
export interface FoundWidget {
  tag: string;
  /** Its attributes, as written. */
  attributes: Record<string, string>;
  /** Where its opening tag ends in the source: the ready-made copy goes there. */
  insertAt: number;
  /** The nearest `lang` above it, when it has none of its own. */
  inheritedLang?: string;
  /** The attributes of the `<nhs-careers-provider>` around it, if any. */
  provider?: Record<string, string>;
}

const attributesOf = (element: Element): Record<string, string> =>
  Object.fromEntries(element.attrs.map((attribute) => [attribute.name, attribute.value]));

const hasReadyMadeCopy = (element: Element): boolean =>
  element.childNodes.some(
    (child) => child.nodeName === 'template' && (child as Element).attrs.some((a) => a.name === 'shadowrootmode' || a.name === 'shadowroot'),
  );

/**
 * Finds the widgets in an HTML page or fragment that `isWidget` names, in source order, with
 * where their opening tag ends. A widget that already carries a declarative shadow root is left
 * alone, so running twice over the same page changes nothing.
 */
export function findWidgets(source: string, isWidget: (tag: string) => boolean): FoundWidget[] {
  const whole = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype|<html[\s>])/i.test(source);
  const options = { sourceCodeLocationInfo: true };
  const root = whole ? parse(source, options) : parseFragment(source, options);
  const found: FoundWidget[] = [];
  const walk = (node: Node, lang: string | undefined, provider: Record<string, string> | undefined): void => {
    if (!('childNodes' in node)) return;
    let innerLang = lang;
    let innerProvider = provider;
    if ('attrs' in node) {
      const attributes = attributesOf(node);
      if (attributes.lang !== undefined) innerLang = attributes.lang;
      const location = node.sourceCodeLocation?.startTag;
      if (isWidget(node.tagName) && location && !hasReadyMadeCopy(node)) {
        const widget: FoundWidget = { tag: node.tagName, attributes, insertAt: location.endOffset };
        if (attributes.lang === undefined && lang !== undefined) widget.inheritedLang = lang;
        if (provider) widget.provider = provider;
        found.push(widget);
      }
      if (node.tagName === 'nhs-careers-provider') innerProvider = attributes;
    }
    // A <template>'s content is a fragment of its own, never rendered as it stands.
    for (const child of node.childNodes) walk(child, innerLang, innerProvider);
  };
  walk(root, undefined, undefined);
  return found;
}
