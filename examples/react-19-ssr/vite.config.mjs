// Vite compiles TSX on its own; the automatic runtime imports react/jsx-runtime.
import { defineConfig } from 'vite';

export default defineConfig({ oxc: { jsx: { runtime: 'automatic' } } });
