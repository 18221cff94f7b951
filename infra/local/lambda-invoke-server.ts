import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { functionName } from '../operations/redrive.ts';
import type { LocalFunctionName, LocalFunctions } from './local-functions.ts';

export interface RunningLambdaInvoke {
  endpoint: string;
  stop(): Promise<void>;
}

/**
 * The part of Lambda's Invoke API the redrive uses (`POST /2015-03-31/functions/{name}/invocations`,
 * synchronous), on 127.0.0.1, so `npm run admin -- redrive-failures` sends an event again to the
 * running local functions with the same SDK call it makes in AWS. As Lambda does, a function that
 * throws answers 200 with `X-Amz-Function-Error` and the error as payload.
 */
export const startLambdaInvokeServer = async (functions: LocalFunctions): Promise<RunningLambdaInvoke> => {
  const server = createServer((request, response) => {
    void answer(functions, request).then(({ status, headers, body }) => {
      response.writeHead(status, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

const answer = async (functions: LocalFunctions, request: IncomingMessage) => {
  const match = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/.exec(request.url?.split('?')[0] ?? '');
  const name = match && functionName(decodeURIComponent(match[1] ?? ''));
  if (request.method !== 'POST' || !name || !(name in functions)) {
    return { status: 404, headers: {}, body: { message: `Function not found: ${name ?? request.url}` } };
  }
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  try {
    const event: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    const result = await functions[name as LocalFunctionName](event);
    return { status: 200, headers: {}, body: result ?? null };
  } catch (error) {
    return {
      status: 200,
      headers: { 'x-amz-function-error': 'Unhandled' },
      body: { errorType: (error as Error).name, errorMessage: (error as Error).message },
    };
  }
};
