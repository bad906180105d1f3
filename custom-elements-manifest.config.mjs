// custom-elements.json is generated from the components' JSDoc; `npm test` fails when the
// committed copy differs from what the source says.
export default {
  globs: ['src/components/**/*.component.ts', 'src/components/*/*.ts', 'src/shared/nhs-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
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
