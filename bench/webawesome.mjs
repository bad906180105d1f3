// Web Awesome's <wa-card>, for the render comparison, loaded the way its docs describe npm use:
// import the component's module from '@awesome.me/webawesome/dist/components/...' and let a bundler
// resolve it, then link a theme stylesheet (the docs' "import only the default theme" option).
// The bundler here is the project's own rollup with the same resolve and minify steps as our
// embed, so both libraries reach the browser in the same shape. The result is kept in memory.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const ENTRY = '\0webawesome-card-entry';

export const WEBAWESOME_THEME = '/node_modules/@awesome.me/webawesome/dist/styles/themes/default.css';

/** Returns bench routes: `{ '/bench-wa/card.js': { body, type } }` plus any chunks. */
export async function buildWebAwesomeCard() {
  const bundle = await rollup({
    input: ENTRY,
    plugins: [
      {
        name: 'entry',
        resolveId: (id) => (id === ENTRY ? id : null),
        load: (id) => (id === ENTRY ? "import '@awesome.me/webawesome/dist/components/card/card.js';" : null),
      },
      nodeResolve(),
      terser({ ecma: 2021, module: true, format: { comments: false } }),
    ],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es', entryFileNames: 'card.js', chunkFileNames: '[name]-[hash].js' });
  await bundle.close();
  return Object.fromEntries(
    output.filter((file) => file.type === 'chunk').map((chunk) => [`/bench-wa/${chunk.fileName}`, { body: chunk.code, type: 'text/javascript; charset=utf-8' }]),
  );
}
