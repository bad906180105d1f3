import { VERSION } from '../version.js';
import { warnOnce } from './warn.js';

type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Registers a tag once. A page that loads the library twice, or two versions of it, keeps the
 * first definition and is told in the console which versions met.
 */
export function defineElement(tag: string, constructor: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (existing) {
    if (existing !== constructor) {
      warnOnce(
        `<${tag}> is already defined by version ${existing.version ?? 'unknown'}; ` +
          `version ${VERSION} loaded on the same page is not used for it.`,
      );
    }
    return;
  }
  customElements.define(tag, constructor);
}
