import { parseArgs } from 'node:util';
import { runSmoke } from './checks.ts';

// `npm run smoke -- https://communs.example-city.fr [--email someone@example-city.fr]`: checks a
// deployed (or local) portal from outside, as a resident's browser would meet it, and says what
// to fix. Exit code 1 when a check fails. For a local portal add `--upload-bucket communs-media`
// (s3rver's endpoint is path-style).
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { email: { type: 'string' }, 'upload-bucket': { type: 'string' } },
});
const url = positionals[0];
if (!url) {
  console.error('Usage: npm run smoke -- <portal URL> [--email <address that may receive a sign-in link>]');
  process.exit(2);
}
const results = await runSmoke({ url, email: values.email, uploadBucket: values['upload-bucket'] });
for (const result of results) console.log(`${result.ok ? '✓' : '✗'} ${result.name}: ${result.detail}`);
const failed = results.filter((result) => !result.ok).length;
console.log(failed === 0 ? `All ${results.length} checks passed.` : `${failed} of ${results.length} checks failed.`);
process.exit(failed === 0 ? 0 : 1);
