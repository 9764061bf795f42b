// A node:http server on 127.0.0.1 (random port) for end-to-end tests: static files from
// test/fixtures/ and demo/, programmable routes (feeds with any status, headers, body or delay;
// hangs), and a log of every request so tests can assert what the extension fetched.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { ROOT } from './build';

type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

interface LoggedRequest {
  method: string;
  /** Path with query string, as requested. */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

/** A canned answer for `respond()`. `hang: true` never answers (until the server closes). */
interface CannedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer | object;
  delayMs?: number;
  hang?: boolean;
}

const STATIC_DIRS = ['test/fixtures', 'demo'].map((d) => join(ROOT, d));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Builds a route handler from a canned response (objects are sent as JSON). */
function respond(canned: CannedResponse): RouteHandler {
  return async (_req, res) => {
    if (canned.hang) return;
    if (canned.delayMs) await new Promise((r) => setTimeout(r, canned.delayMs));
    const isJson = canned.body !== undefined && typeof canned.body === 'object' && !Buffer.isBuffer(canned.body);
    const body = isJson ? JSON.stringify(canned.body) : (canned.body as string | Buffer | undefined);
    const headers = { ...(isJson ? { 'content-type': 'application/json' } : {}), ...canned.headers };
    res.writeHead(canned.status ?? 200, headers).end(body);
  };
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  route(path: string, handler: RouteHandler | CannedResponse): void;
  unroute(path: string): void;
  requests: LoggedRequest[];
  clearLog(): void;
  close(): Promise<void>;
}

async function serveStatic(path: string, res: ServerResponse): Promise<void> {
  const rel = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  for (const dir of STATIC_DIRS) {
    const file = join(dir, rel);
    if (!file.startsWith(dir)) break;
    try {
      const data = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(data);
      return;
    } catch {
      /* try the next directory */
    }
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, RouteHandler>();
  const requests: LoggedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    requests.push({
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at: Date.now(),
    });
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    try {
      const handler = routes.get(path);
      if (handler) await handler(req, res);
      else await serveStatic(path, res);
    } catch (e) {
      if (!res.headersSent) res.writeHead(500).end(String(e));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    route: (path, h) => void routes.set(path, typeof h === 'function' ? h : respond(h)),
    unroute: (path) => void routes.delete(path),
    requests,
    clearLog: () => void requests.splice(0),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
