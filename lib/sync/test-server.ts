// A real HTTP server on 127.0.0.1 for the sync tests: each test sets `server.handler`; every
// request is kept in `server.requests`. Started and stopped with the test file.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

interface TestServer {
  handler: Handler;
  requests: IncomingMessage[];
  /** http://127.0.0.1:PORT (set once the server listens). */
  origin: string;
}

/** Registers beforeAll/afterAll hooks that run the server for the calling test file. */
export function useTestServer(): TestServer {
  const state: TestServer = { handler: (_req, res) => res.end(), requests: [], origin: '' };
  let server: Server;
  beforeAll(async () => {
    server = createServer((req, res) => {
      state.requests.push(req);
      state.handler(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    state.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return state;
}

/** Serves `body` as JSON with an ETag and honours If-None-Match. */
export function serveJson(body: object, etag: string): Handler {
  return (req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ETag: etag }).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(JSON.stringify(body));
  };
}
