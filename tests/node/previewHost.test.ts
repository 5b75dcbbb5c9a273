import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../main/core/app';
import { createHandlers } from '../../main/core/handlers';
import { startPreviewHost, type PreviewHost } from '../../main/preview/server';
import { useTempDirs } from './helpers/tempDirs';

const tempDir = useTempDirs('mnw-preview-');

/** A raw request: the path goes out exactly as written (fetch would normalise it). */
function request(host: PreviewHost, pathAndQuery: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { port } = new URL(host.url);
  return new Promise<{ status: number; body: string; type: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathAndQuery, method: init.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...init.headers } }, (res) => {
      // The event stream never ends: its first chunk is enough.
      if (res.headers['content-type']?.startsWith('text/event-stream')) {
        res.once('data', (chunk: Buffer) => (resolve({ status: res.statusCode!, body: chunk.toString('utf8'), type: 'event-stream' }), res.destroy()));
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8'), type: res.headers['content-type'] ?? '' }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

async function withHost(run: (host: PreviewHost) => Promise<void>) {
  const app = await openApp({ dataDir: await tempDir() });
  const rendererDir = await tempDir();
  await fs.writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Masternetwerk</title>');
  await fs.writeFile(path.join(rendererDir, 'app.js'), 'console.log(1)');
  const host = await startPreviewHost({ handlers: createHandlers(app), store: app.store, rendererDir });
  try {
    await run(host);
  } finally {
    await host.close();
    await app.close();
  }
}

const invoke = (host: PreviewHost, channel: string, auth: { header?: string; query?: string }) =>
  request(host, `/api/invoke/${channel}${auth.query === undefined ? '' : `?token=${auth.query}`}`, {
    method: 'POST',
    headers: auth.header === undefined ? {} : { Authorization: `Bearer ${auth.header}` },
  });

describe('the preview host', () => {
  it('answers a malformed path with 400 and keeps serving', async () => {
    await withHost(async (host) => {
      for (const bad of ['/%', '/%E0%A4%A', '/app%', '/%00', '/..%2F..%2Fetc%2Fpasswd%']) {
        const response = await request(host, bad);
        expect(response.status, bad).toBe(400);
      }
      expect(await request(host, `/api/invoke/%?token=${host.token}`, { method: 'POST', headers: { Authorization: `Bearer ${host.token}` } })).toMatchObject({ status: 400 });
      // Still up: the page and the API answer as before.
      expect(await request(host, '/app.js')).toMatchObject({ status: 200, body: 'console.log(1)' });
      expect(await request(host, '/%61pp.js')).toMatchObject({ status: 200, body: 'console.log(1)' });
      expect((await invoke(host, 'app:info', { header: host.token })).status).toBe(200);
    });
  });

  it('takes the token from the Authorization header, and from the address only for the event stream', async () => {
    await withHost(async (host) => {
      const byHeader = await invoke(host, 'app:info', { header: host.token });
      expect(byHeader.status).toBe(200);
      expect(JSON.parse(byHeader.body)).toMatchObject({ ok: true });
      expect((await invoke(host, 'app:info', { query: host.token })).status).toBe(401);
      expect((await invoke(host, 'app:info', { header: 'wrong', query: host.token })).status).toBe(401);
      expect((await invoke(host, 'app:info', {})).status).toBe(401);
      // EventSource cannot set headers: the stream alone takes the token as a parameter.
      expect(await request(host, `/api/events?token=${host.token}`)).toMatchObject({ status: 200, type: 'event-stream' });
      expect((await request(host, '/api/events?token=wrong')).status).toBe(401);
    });
  });
});
