// Properties and attributes that take fixed values are typed with those values, in the classes
// (so custom-elements.json has them), in React 19's JSX and in the React wrappers. Every line
// marked as an expected error must stay one: a typing loosened back to `string` fails this check.
import type {} from 'nhs-role-widgets/jsx';
import type { HeadingLevel, Nation, NhsRoleCard, NhsRoleExplorer, WidgetTheme } from 'nhs-role-widgets';
import { whenRendered } from 'nhs-role-widgets';
import { RoleCard, RoleExplorer } from 'nhs-role-widgets/react';

declare const card: NhsRoleCard;
declare const explorer: NhsRoleExplorer;

card.theme = 'nhs dark';
card.headingLevel = 4;
card.headingLevel = '4';
explorer.qualification = 'a-level';
explorer.patientContact = 'little';
explorer.bandFrom = '8a';
explorer.registration = 'not-required';
export const levels: HeadingLevel[] = [2, 3, 4, 5, 6];
export const nations: Nation[] = ['england', 'wales', 'scotland', 'northern-ireland'];
export const themes: WidgetTheme[] = ['default', 'nhs', 'dark', 'default dark', 'nhs dark'];
export const rendered: Promise<void> = whenRendered(card);

// @ts-expect-error theme is default, nhs or dark, or nhs dark
card.theme = 'purple';
// @ts-expect-error heading levels run from 2 to 6
card.headingLevel = 7;
// @ts-expect-error heading levels run from 2 to 6, as text too
card.headingLevel = '1';
// @ts-expect-error qualification is none, gcse, a-level, degree or postgraduate
explorer.qualification = 'phd';
// @ts-expect-error patient contact is a-lot, some or little
explorer.patientContact = 'none';
// @ts-expect-error bands are 1 to 9 and 8a to 8d
explorer.bandTo = '10';
// @ts-expect-error registration is required or not-required
explorer.registration = 'yes';
// @ts-expect-error nations are the four UK nations
export const nation: Nation = 'uk';
// @ts-expect-error whenRendered takes an element
void whenRendered('nhs-role-card');

export const jsx = [
  <nhs-role-card theme="nhs dark" heading-level="2" headingLevel={3} />,
  <nhs-role-explorer qualification="degree" patient-contact="a-lot" band-from="5" band-to="8d" registration="required" />,
  // @ts-expect-error theme is a fixed list
  <nhs-role-card theme="purple" />,
  // @ts-expect-error heading-level runs from 2 to 6
  <nhs-role-card heading-level="9" />,
  // @ts-expect-error band-from is a band
  <nhs-role-explorer band-from="11" />,
  // @ts-expect-error patient-contact is a fixed list
  <nhs-role-explorer patient-contact="loads" />,
];

export const wrappers = [
  <RoleCard theme="nhs" headingLevel={2} variant="full" />,
  <RoleExplorer qualification="gcse" bandTo="7" />,
  // @ts-expect-error theme is a fixed list
  <RoleCard theme="purple" />,
  // @ts-expect-error headingLevel runs from 2 to 6
  <RoleCard headingLevel={1} />,
  // @ts-expect-error qualification is a fixed list
  <RoleExplorer qualification="phd" />,
];
