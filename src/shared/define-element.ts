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
    // One warning for the whole library, however many tags it skips.
    if (existing !== constructor) {
      warnOnce(
        `version ${existing.version ?? 'unknown'} is already on this page, so version ${constructor.version ?? VERSION}, loaded again, is not used. ` +
          'Load the script once per page.',
      );
    }
    return;
  }
  customElements.define(tag, constructor);
}
