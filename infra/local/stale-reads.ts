import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { TABLE } from '../../functions/platform/table-shape.ts';

type Item = Record<string, unknown>;
type TableKey = Record<string, unknown>;

export interface StaleReads {
  /** How long after a write reads without `ConsistentRead` still answer what was there before. */
  lagMs: number;
}

/** One second: longer than AWS usually lags, short enough to try by hand with `npm start`. */
const DEFAULT_LAG_MS = 1000;

/**
 * The switch: `COMMUNS_LOCAL_STALE_READS=1` turns stale reads on with a one-second lag; a larger
 * number is the lag in milliseconds. Unset, empty or `0`: off (the default).
 */
export const staleReadsFromEnv = (env: NodeJS.ProcessEnv = process.env): StaleReads | undefined => {
  const value = env.COMMUNS_LOCAL_STALE_READS?.trim();
  if (!value || value === '0') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    throw new Error(`COMMUNS_LOCAL_STALE_READS must be 1 (on) or a lag in milliseconds, not "${value}"`);
  }
  return { lagMs: number === 1 ? DEFAULT_LAG_MS : number };
};

/**
 * Makes a DynamoDB Local client answer like AWS's eventually consistent reads at their worst.
 * DynamoDB Local is always strongly consistent, so code that reads its own writes without
 * `ConsistentRead` passes every local test and fails in AWS (a session just started looks absent,
 * a project just created "does not exist"). Through this client, for `lagMs` after a write, a
 * GetItem, Query, Scan or BatchGetItem without `ConsistentRead` answers the written items as they
 * were before it: an item just created is not there, an updated one shows its previous value, a
 * deleted one (or one moved out of an index's listing) is still there. Reads with
 * `ConsistentRead` see the truth.
 *
 * Simple on purpose: only writes made through this client count (it reads each item before
 * writing it, to keep its previous value); a Query brings items back only when it has no filter
 * and its key condition is of the usual forms, and a Scan never does. Off by default; see
 * `staleReadsFromEnv`.
 */
export const simulateStaleReads = (
  db: DynamoDBDocumentClient,
  { lagMs }: StaleReads,
  now: () => number = Date.now,
): DynamoDBDocumentClient => {
  const send = db.send.bind(db) as (command: unknown, ...rest: unknown[]) => Promise<unknown>;
  /** Items written in the last `lagMs`: what a stale read answers instead, until when. */
  const recent = new Map<string, { table: string | undefined; before: Item | undefined; until: number }>();

  const staleVersion = (table: string | undefined, key: TableKey) => {
    const entry = recent.get(idOf(table, key));
    return entry && entry.until > now() ? entry : undefined;
  };

  const write = async (command: unknown, rest: unknown[]) => {
    const targets = writtenKeys(command);
    const befores = await Promise.all(
      targets.map(
        async ({ table, key }) =>
          ((await send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }))) as { Item?: Item }).Item,
      ),
    );
    const result = await send(command, ...rest);
    const at = now();
    for (const [id, entry] of recent) if (entry.until <= at) recent.delete(id);
    targets.forEach(({ table, key }, i) => {
      const id = idOf(table, key);
      // Writes in a row: stale reads keep answering what was there before the first of them.
      const before = recent.has(id) ? recent.get(id)?.before : befores[i];
      recent.set(id, { table, before, until: at + lagMs });
    });
    return result;
  };

  const get = async (command: GetCommand, rest: unknown[]) => {
    const result = (await send(command, ...rest)) as { Item?: Item };
    const stale = staleVersion(command.input.TableName, command.input.Key ?? {});
    if (!stale) return result;
    return { ...result, Item: stale.before && pick(stale.before, projectedNames(command.input)) };
  };

  const queryOrScan = async (command: QueryCommand | ScanCommand, rest: unknown[]) => {
    const input = command.input;
    const wanted = projectedNames(input);
    const missingKeys = wanted ? TABLE_KEYS.filter((name) => !wanted.includes(name)) : [];
    // Which items were written shows in their table key: ask for it when the projection leaves it out.
    const asked =
      missingKeys.length === 0
        ? command
        : new (command.constructor as typeof QueryCommand)({
            ...(input as QueryCommand['input']),
            ProjectionExpression: [input.ProjectionExpression, ...missingKeys.map((name) => `#stale_${name}`)].join(
              ', ',
            ),
            ExpressionAttributeNames: {
              ...input.ExpressionAttributeNames,
              ...Object.fromEntries(missingKeys.map((name) => [`#stale_${name}`, name])),
            },
          });
    const result = (await send(asked, ...rest)) as { Items?: Item[] };
    if (!result.Items) return result;
    const index = TABLE.indexes.find((candidate) => candidate.name === input.IndexName);
    const keys = index ?? TABLE;
    // Without a filter only: an item a filter left out is not told from one gone meanwhile.
    const matches =
      command instanceof QueryCommand && !input.FilterExpression ? keyCondition(command.input, keys) : undefined;
    const found = new Set<string>();
    const items = result.Items.flatMap((item) => {
      const id = idOf(input.TableName, keyOf(item));
      found.add(id);
      const stale = staleVersion(input.TableName, keyOf(item));
      const shown = !stale ? item : stale.before;
      // A previous value stays in a listing only if it was in it.
      if (!shown || (stale && matches && !matches(shown))) return [];
      return [pick(shown, wanted)];
    });
    // Items deleted or moved out of this listing meanwhile: their previous value is still listed
    // (within the page read: between where it started and where the next one starts).
    const sortKey = keys.sortKey;
    const forward = (input as QueryCommand['input']).ScanIndexForward !== false;
    const at = (item: Item | undefined) => (item?.[sortKey] === undefined ? undefined : String(item[sortKey]));
    const [from, to] = [at(input.ExclusiveStartKey), at((result as { LastEvaluatedKey?: Item }).LastEvaluatedKey)];
    const inPage = (item: Item) => {
      const position = at(item) ?? '';
      const afterStart = from === undefined || (forward ? position > from : position < from);
      return afterStart && (to === undefined || (forward ? position <= to : position >= to));
    };
    const gone = [...recent]
      .filter(([id, entry]) => entry.until > now() && entry.table === input.TableName && !found.has(id))
      .flatMap(([, { before }]) => (before && matches?.(before) && inPage(before) ? [before] : []));
    if (gone.length === 0) return { ...result, Items: items, Count: items.length };
    const all = [...items, ...gone.map((item) => pick(item, wanted))].sort(
      // DynamoDB orders string keys by their bytes, not by locale.
      (a, b) => byteOrder(at(a) ?? '', at(b) ?? '') * (forward ? 1 : -1),
    );
    return { ...result, Items: all, Count: all.length };
  };

  const batchGet = async (command: BatchGetCommand, rest: unknown[]) => {
    const result = (await send(command, ...rest)) as { Responses?: Record<string, Item[]> };
    const responses = Object.fromEntries(
      Object.entries(command.input.RequestItems ?? {}).map(([table, request]) => {
        const found = result.Responses?.[table] ?? [];
        if (request.ConsistentRead) return [table, found];
        const wanted = projectedNames(request);
        const byId = new Map(found.map((item) => [idOf(table, keyOf(item)), item]));
        const items = (request.Keys ?? []).flatMap((key) => {
          const stale = staleVersion(table, key);
          const shown = stale ? stale.before && pick(stale.before, wanted) : byId.get(idOf(table, key));
          return shown ? [shown] : [];
        });
        return [table, items];
      }),
    );
    return { ...result, Responses: responses };
  };

  const staleSend = (command: unknown, ...rest: unknown[]) => {
    if (writtenKeys(command).length > 0) return write(command, rest);
    if (command instanceof GetCommand && !command.input.ConsistentRead) return get(command, rest);
    if ((command instanceof QueryCommand || command instanceof ScanCommand) && !command.input.ConsistentRead)
      return queryOrScan(command, rest);
    if (command instanceof BatchGetCommand) return batchGet(command, rest);
    return send(command, ...rest);
  };
  db.send = staleSend as DynamoDBDocumentClient['send'];
  return db;
};

const TABLE_KEYS = [TABLE.partitionKey, TABLE.sortKey];

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

const keyOf = (item: Item): TableKey => Object.fromEntries(TABLE_KEYS.map((name) => [name, item[name]]));

const idOf = (table: string | undefined, key: TableKey) =>
  JSON.stringify([table, ...TABLE_KEYS.map((name) => key[name])]);

/** The items a write changes, each with its table. */
const writtenKeys = (command: unknown): { table: string | undefined; key: TableKey }[] => {
  if (command instanceof PutCommand) return [{ table: command.input.TableName, key: keyOf(command.input.Item ?? {}) }];
  if (command instanceof UpdateCommand || command instanceof DeleteCommand)
    return [{ table: command.input.TableName, key: command.input.Key ?? {} }];
  if (command instanceof TransactWriteCommand)
    return (command.input.TransactItems ?? []).flatMap(({ Put, Update, Delete }) => {
      if (Put) return [{ table: Put.TableName, key: keyOf(Put.Item ?? {}) }];
      const keyed = Update ?? Delete;
      return keyed ? [{ table: keyed.TableName, key: keyed.Key ?? {} }] : [];
    });
  if (command instanceof BatchWriteCommand)
    return Object.entries(command.input.RequestItems ?? {}).flatMap(([table, requests]) =>
      requests.flatMap(({ PutRequest, DeleteRequest }) => {
        const key = PutRequest ? keyOf(PutRequest.Item ?? {}) : DeleteRequest?.Key;
        return key ? [{ table, key }] : [];
      }),
    );
  return [];
};

/**
 * Whether an item is in the listing a Query's key condition reads (the forms the stores use:
 * `key = :v`, `begins_with(key, :v)`, `key < :v` and the like, `key BETWEEN :a AND :b`);
 * undefined when the condition is not understood (nothing is brought back then).
 */
const keyCondition = (
  input: QueryCommand['input'],
  keys: { partitionKey: string; sortKey: string },
): ((item: Item) => boolean) | undefined => {
  const expression = input.KeyConditionExpression ?? '';
  const name = (token: string) => input.ExpressionAttributeNames?.[token] ?? token;
  const value = (token: string) => String(input.ExpressionAttributeValues?.[token]);
  const tests: ((item: Item) => boolean)[] = [];
  let partition = false;
  for (const [, attribute = '', prefix = ''] of expression.matchAll(/begins_with\(\s*([#\w]+)\s*,\s*(:\w+)\s*\)/gi))
    tests.push((item) => String(item[name(attribute)] ?? '').startsWith(value(prefix)));
  for (const [, attribute = '', low = '', high = ''] of expression.matchAll(
    /([#\w]+)\s+BETWEEN\s+(:\w+)\s+AND\s+(:\w+)/gi,
  ))
    tests.push((item) => {
      const at = String(item[name(attribute)] ?? '');
      return at >= value(low) && at <= value(high);
    });
  for (const [, attribute = '', operator = '', operand = ''] of expression.matchAll(
    /([#\w]+)\s*(<=|>=|<|>|=)\s*(:\w+)/g,
  )) {
    if (name(attribute) === keys.partitionKey && operator === '=') partition = true;
    tests.push((item) => {
      const at = item[name(attribute)];
      if (at === undefined) return false;
      const [left, right] = [String(at), value(operand)];
      return operator === '='
        ? left === right
        : operator === '<'
          ? left < right
          : operator === '>'
            ? left > right
            : operator === '<='
              ? left <= right
              : left >= right;
    });
  }
  return partition ? (item) => tests.every((test) => test(item)) : undefined;
};

/** The top-level attributes a projection asks for; undefined without one (all of them). */
const projectedNames = (input: {
  ProjectionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
}): string[] | undefined =>
  input.ProjectionExpression?.split(',').map((path) => {
    const [first = ''] = path.trim().split(/[.[]/);
    return input.ExpressionAttributeNames?.[first] ?? first;
  });

const pick = (item: Item, names: string[] | undefined): Item =>
  names ? Object.fromEntries(Object.entries(item).filter(([name]) => names.includes(name))) : item;
