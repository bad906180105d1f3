// custom-elements.json is generated from the components' JSDoc; `npm test` fails when the
// committed copy differs from what the source says.
export default {
  globs: ['src/components/**/*.component.ts', 'src/components/*/*.ts', 'src/shared/nhs-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
