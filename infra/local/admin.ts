import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { changeRoleByEmail, describeRoles } from '../../functions/accounts/change-role-by-email.ts';
import { staleStaffPlaces } from '../../functions/accounts/stale-staff-places.ts';
import { CONTRIBUTIONS } from '../../functions/features.ts';
import { copyMissingPoints } from '../../functions/lending/catalogue/copy-missing-points.ts';
import { createDocumentClient } from '../../functions/platform/clients.ts';
import { systemClock } from '../../functions/platform/deps.ts';
import { redriveCommand } from '../operations/redrive-command.ts';
import { ensureTable, startDynamoDbLocal } from './dynamodb-local.ts';
import { freePort } from './free-port.ts';
import { assertJava17 } from './java.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION, LOCAL_TABLE_NAME } from './local-aws.ts';
import { readRuntimeFile } from './runtime-file.ts';
import { ROOT_DIR } from './stack.ts';

const USAGE = `Usage:
  npm run admin -- grant <email> admin
  npm run admin -- revoke <email> admin
  npm run admin -- grant <email> staff <lending-point-id>
  npm run admin -- revoke <email> staff [<lending-point-id>]
  npm run admin -- stale-staff-points [--remove]
  npm run admin -- lending-point-copies
  npm run admin -- redrive-failures

Against AWS: set TABLE_NAME (and the usual AWS_REGION / AWS_PROFILE). Locally: uses the running
\`npm start\` if there is one, else opens DATA_DIR (default .data/) itself.

A staff role names a lending point that exists. stale-staff-points lists the accounts whose staff
roles name no lending point (ids written before points existed); create the real points first, then
run it with --remove to drop the ids that are left (idempotent).

lending-point-copies writes, in each model's calendar, the copy of each of its lending points that
models stored before such copies existed lack (availability reads them; idempotent).

redrive-failures sends each upload or daily run kept in the failure queue again to its function,
with its original event, and removes it once that succeeds. Against AWS: set FAILURE_QUEUE_URL
(the app stack's FailureQueueUrl output). Locally: the running \`npm start\` of DATA_DIR.`;

/** The table to work on: AWS when TABLE_NAME is set, else the local one. */
const openTable = async () => {
  if (process.env.TABLE_NAME) {
    return { db: createDocumentClient(), tableName: process.env.TABLE_NAME, close: async () => {} };
  }
  const dataDir = dataDirOf(process.env);
  const running = readRuntimeFile(dataDir);
  const clientOptions = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
  if (running) {
    return {
      db: createDocumentClient({ ...clientOptions, dynamoEndpoint: running.dynamoEndpoint }),
      tableName: LOCAL_TABLE_NAME,
      close: async () => {},
    };
  }
  assertJava17();
  const dbPath = join(dataDir, 'dynamodb');
  mkdirSync(dbPath, { recursive: true });
  const dynamo = await startDynamoDbLocal({ port: await freePort(), path: dbPath });
  const raw = new DynamoDBClient({ ...clientOptions, endpoint: dynamo.endpoint });
  await ensureTable(raw, LOCAL_TABLE_NAME);
  raw.destroy();
  return {
    db: createDocumentClient({ ...clientOptions, dynamoEndpoint: dynamo.endpoint }),
    tableName: LOCAL_TABLE_NAME,
    close: dynamo.stop,
  };
};

const dataDirOf = (env: NodeJS.ProcessEnv) => resolve(env.DATA_DIR || join(ROOT_DIR, '.data'));

const redrive = async () => {
  const outcome = await redriveCommand(process.env, dataDirOf(process.env), console.log);
  console.log(`${outcome.redriven} sent again and removed from the queue, ${outcome.left} left in it.`);
  if (outcome.left > 0) process.exit(1);
};

const staleStaff = async (remove: boolean) => {
  const table = await openTable();
  try {
    const stale = await staleStaffPlaces({ ...table, clock: systemClock, hooks: CONTRIBUTIONS.hooks }, { remove });
    for (const { email, unknown } of stale) console.log(`${email}: ${unknown.join(', ')}${remove ? ' (removed)' : ''}`);
    console.log(`${stale.length} account(s) with staff roles naming no lending point.`);
  } finally {
    await table.close();
  }
};

const lendingPointCopies = async () => {
  const table = await openTable();
  try {
    const { copied, retry } = await copyMissingPoints(table);
    for (const label of copied) console.log(`copied: ${label}`);
    for (const label of retry) console.log(`changed meanwhile or no such point, run again: ${label}`);
    console.log(`${copied.length} copy(ies) written, ${retry.length} left.`);
    if (retry.length > 0) process.exit(1);
  } finally {
    await table.close();
  }
};

const main = async () => {
  const [action, email, role, lendingPoint] = process.argv.slice(2);
  if (action === 'redrive-failures') return redrive();
  if (action === 'stale-staff-points') return staleStaff(email === '--remove');
  if (action === 'lending-point-copies') return lendingPointCopies();
  if (
    !(action === 'grant' || action === 'revoke') ||
    !email?.includes('@') ||
    !(role === 'admin' || role === 'staff')
  ) {
    console.error(USAGE);
    process.exit(2);
  }
  if (action === 'grant' && role === 'staff' && !lendingPoint) {
    console.error(`Staff are attached to a lending point: give its id.\n\n${USAGE}`);
    process.exit(2);
  }
  const table = await openTable();
  try {
    const user = await changeRoleByEmail(
      { ...table, clock: systemClock, hooks: CONTRIBUTIONS.hooks },
      { email: email.trim().toLowerCase(), role, grant: action === 'grant', lendingPoint },
    );
    console.log(describeRoles(user));
  } finally {
    await table.close();
  }
};

main().catch((error: unknown) => {
  console.error(`admin: ${(error as Error).message}`);
  process.exit(1);
});
