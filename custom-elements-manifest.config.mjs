// custom-elements.json is generated from the components' JSDoc; `npm test` fails when the
// committed copy differs from what the source says.
import { readFileSync } from 'node:fs';

/**
 * The fixed-value types in src/data/types.ts (`export type WidgetTheme = 'default' | 'nhs' ...;`),
 * so the manifest says which values a property takes rather than the name of their type: Storybook
 * builds its select controls, and editors their completions, from that text.
 */
const literalUnions = new Map(
  [...readFileSync('src/data/types.ts', 'utf8').matchAll(/^export type (\w+) =\s*((?:\s*\|?\s*(?:'[^']*'|\d+))+);/gm)].map(([, name, union]) => [
    name,
    union.replace(/\s+/g, ' ').replace(/^\s*\|\s*/, '').trim(),
  ]),
);
const expandTypes = (text) => text.replace(/\b[A-Z]\w+\b/g, (name) => literalUnions.get(name) ?? name);
export default {
  globs: ['src/components/**/*.component.ts', 'src/components/*/*.ts', 'src/shared/nhs-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      // Only the public API: Storybook makes a control of every member the manifest lists, and a
      // developer reading the manifest should not mistake internals for API.
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public');
          }
        }
      },
    },
    {
      name: 'expand-fixed-value-types',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
              if (item.type?.text) item.type.text = expandTypes(item.type.text);
            }
          }
        }
      },
    },
    {
      // The analyzer lists modules in the order the file system returns them, which differs from
      // one clone to another; sorting by path makes the file the same everywhere.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
