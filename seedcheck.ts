import { startLocalStack } from './infra/local/stack.ts';
const stack = await startLocalStack({ inMemory: true, port: 0, quiet: false, buildSite: false });
try {
  for (const path of ['/api/trails', '/api/trails/recouvrance-a-l-oreille', '/api/trails/le-port-en-sons.gpx', '/api/trails/le-port-en-sons/credits.txt']) {
    const r = await fetch(stack.url + path);
    const text = await r.text();
    console.log(path, r.status, text.slice(0, 600));
  }
} finally { await stack.stop(); }
