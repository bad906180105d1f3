import { defineElement } from '../../shared/define-element.js';
import { NhsCareerFinder } from './career-finder.component.js';
// The finder opens role cards inside itself, so loading it alone must define the card too.
import '../role-card/role-card.js';

export { NhsCareerFinder };
export type { NhsFinderCompleteDetail } from './career-finder.component.js';

defineElement('nhs-career-finder', NhsCareerFinder);

declare global {
  interface HTMLElementTagNameMap {
    'nhs-career-finder': NhsCareerFinder;
  }
}
