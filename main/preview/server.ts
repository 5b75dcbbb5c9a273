import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { EVENT_NAMES } from '../../shared/api';
import type { Handlers } from '../../shared/contract';
import { dispatch } from '../core/dispatch';
import { CONTENT_SECURITY_POLICY } from '../core/security';
import { decodeRequestPath, resolveStaticPath } from '../core/staticPath';
import type { DocumentStore } from '../core/store/documentStore';

/**
 * The preview host: the built renderer and the very same services, over HTTP
 * on 127.0.0.1 instead of IPC. Only loopback, only requests whose Host and
 * Origin name this server (no DNS rebinding), and every API call carries the
 * token printed at start.
 */

/** Room for the largest call: a 25 MB attachment as base64 (33.4 MB) in JSON. */
const MAX_BODY = 36 * 1024 * 1024;
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export interface PreviewHost {
  url: string;
  token: string;
  close(): Promise<void>;
}

export async function startPreviewHost(options: {
  handlers: Handlers;
  store: DocumentStore;
  rendererDir: string;
  port?: number;
}): Promise<PreviewHost> {
  const token = randomBytes(24).toString('hex');
  const eventStreams = new Set<http.ServerResponse>();
  let origin = '';

  const server = http.createServer(async (req, res) => {
    try {
      if (!hostIsOurs(req, origin)) return send(res, 403, 'Forbidden host');
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname.startsWith('/api/')) {
        if (!originIsOurs(req, origin)) return send(res, 403, 'Forbidden origin');
        const isEventStream = url.pathname === '/api/events' && req.method === 'GET';
        if (!hasToken(req, isEventStream ? url : null, token)) return send(res, 401, 'Missing or wrong token');
        if (isEventStream) return openEventStream(res, eventStreams);
        if (!url.pathname.startsWith('/api/invoke/') || req.method !== 'POST') return send(res, 404, 'Not found');
        const channel = decodeRequestPath(url.pathname.slice('/api/invoke/'.length));
        if (channel === null) return send(res, 400, 'Malformed path');
        const body = await readBody(req);
        let input: unknown;
        try {
          input = body.length === 0 ? undefined : JSON.parse(body);
        } catch {
          return sendJson(res, { ok: false, error: { code: 'invalid_input', message: 'Body is not JSON' } });
        }
        return sendJson(res, await dispatch(options.handlers, channel, input));
      }
      // Awaited, so a failure lands in the catch below instead of an unhandled rejection that ends the process.
      return await serveStatic(res, options.rendererDir, url.pathname);
    } catch (error) {
      send(res, (error as { status?: number }).status ?? 500, error instanceof Error ? error.message : 'Error');
    }
  });

  const unsubscribe = options.store.onChange((collections) => {
    const line = `event: ${EVENT_NAMES[0]}\ndata: ${JSON.stringify({ collections })}\n\n`;
    for (const stream of eventStreams) stream.write(line);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    token,
    async close() {
      unsubscribe();
      for (const stream of eventStreams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function hostIsOurs(req: http.IncomingMessage, origin: string): boolean {
  const port = new URL(origin).port;
  return req.headers.host === `127.0.0.1:${port}` || req.headers.host === `localhost:${port}`;
}

function originIsOurs(req: http.IncomingMessage, origin: string): boolean {
  const sent = req.headers.origin;
  if (sent === undefined) return true; // same-origin GET and non-browser clients
  const port = new URL(origin).port;
  return sent === origin || sent === `http://localhost:${port}`;
}

/**
 * The token travels in the Authorization header. Only the event stream takes
 * it from the address (`streamUrl`), because EventSource cannot send headers;
 * anywhere else a token in the address is ignored, so it does not end up in
 * logs or history through ordinary calls.
 */
function hasToken(req: http.IncomingMessage, streamUrl: URL | null, token: string): boolean {
  const header = req.headers.authorization?.replace(/^Bearer /, '');
  const given = header ?? streamUrl?.searchParams.get('token') ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function openEventStream(res: http.ServerResponse, streams: Set<http.ServerResponse>) {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write(': connected\n\n');
  streams.add(res);
  res.on('close', () => streams.delete(res));
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw Object.assign(new Error('Request too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveStatic(res: http.ServerResponse, root: string, pathname: string) {
  const resolved = resolveStaticPath(root, pathname);
  if (!resolved.ok) return send(res, resolved.status, resolved.status === 400 ? 'Malformed path' : 'Forbidden');
  let file = resolved.file;
  const stat = await fs.stat(file).catch(() => null);
  if (!stat || stat.isDirectory()) file = path.join(root, 'index.html');
  res.writeHead(200, {
    'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  // A file replaced mid-read (a rebuild) must end this response, not the host.
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

function sendJson(res: http.ServerResponse, value: unknown) {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(value));
}

function send(res: http.ServerResponse, status: number, message: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(message);
}
