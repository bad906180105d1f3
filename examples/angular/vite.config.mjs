// Angular's decorators are TypeScript's older ("experimental") kind: oxc must compile them so.
import { defineConfig } from 'vite';

export default defineConfig({ oxc: { decorator: { legacy: true } } });
