import { logger } from '../../functions/platform/logger.ts';
import { localConfigFromEnvironment } from './environment-config.ts';
import { LocalStartError } from './local-start-error.ts';
import { startLocalStack } from './stack.ts';

/**
 * `npm start`: the whole portal on this machine. Data under DATA_DIR (default .data/), served on
 * PORT (default 4321). Ctrl-C or SIGTERM stops everything it started, Java included.
 */
// The terminal is for the URL and the sign-in links; JSON logs only when something is wrong.
if (!process.env.POWERTOOLS_LOG_LEVEL) logger.setLogLevel('WARN');

const main = async () => {
  const startedAt = performance.now();
  const port = process.env.PORT ? Number(process.env.PORT) : 4321;
  const stack = await startLocalStack({
    port,
    dataDir: process.env.DATA_DIR || undefined,
    // The runtime's own tests skip the site build to stay fast.
    buildSite: process.env.SKIP_SITE_BUILD !== '1',
    config: localConfigFromEnvironment(process.env),
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping DynamoDB Local, s3rver and the server…`);
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));
  // `npm start` runs us under `sh -c`, and sh does not pass SIGTERM on: when whoever started us
  // is gone, stop too rather than leave DynamoDB Local running as an orphan.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && void shutdown('parent process exited'), 500).unref();

  console.log(`\nCommuns is ready in ${((performance.now() - startedAt) / 1000).toFixed(1)} s: ${stack.url}`);
  console.log(`Data: ${stack.dataDir} · e-mails: ${stack.outboxDir} · Ctrl-C to stop`);
  const required = stack.deps.config.publishRequiresTraining;
  if (required) console.log(`Publishing a trail requires the training "${required}" (PUBLISH_REQUIRES_TRAINING).`);
};

main().catch((error: unknown) => {
  console.error(error instanceof LocalStartError ? `Cannot start: ${error.message}` : error);
  process.exit(1);
});
