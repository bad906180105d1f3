// Nothing to configure: vite bundles main.js and its imports.
import { defineConfig } from 'vite';

export default defineConfig({});
