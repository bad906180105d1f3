// This repository installs React 19 as `react` and React 18 under the npm aliases `react-18` and
// `react-dom-18`; the aliases below point this example (and the package's wrappers, which import
// 'react') at React 18. An app with react@18 installed needs no alias.
import { defineConfig } from 'vite';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  resolve: { alias: { react: 'react-18', 'react-dom': 'react-dom-18' } },
});
