#!/usr/bin/env node
// Serves the built library and the demo pages on 127.0.0.1 and prints the address.
import { startStaticServer } from './static-server.mjs';

const port = Number(process.env.PORT ?? 8000);
const server = await startStaticServer({ port }).catch(() => startStaticServer({ port: 0 }));
console.log(`\nnhs-role-widgets demo: ${server.url}/\n  make an embed snippet: ${server.url}/demo/builder.html\n  a council article: ${server.url}/demo/council-article.html\n  a school careers page: ${server.url}/demo/school-page.html\n  a careers lesson page (finder, explorer, compare): ${server.url}/demo/explore.html\nPress Ctrl+C to stop.`);
