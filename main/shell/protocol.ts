import { net, protocol } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../core/security';
import { resolveStaticPath } from '../core/staticPath';

/**
 * The renderer is served from app://masternetwerk/ rather than file://, so
 * it has a real origin, the CSP travels as a header, and no other local file
 * can be reached from the page.
 */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://masternetwerk`;

export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { host, pathname } = new URL(request.url);
    if (host !== 'masternetwerk') return new Response('Not found', { status: 404 });
    const resolved = resolveStaticPath(rendererDir, pathname);
    if (!resolved.ok) return new Response(resolved.status === 400 ? 'Bad request' : 'Forbidden', { status: resolved.status });
    const file = resolved.relative === '' ? path.join(resolved.file, 'index.html') : resolved.file;
    const response = await net.fetch(pathToFileURL(file).toString()).catch(() => null);
    if (!response || !response.ok) return new Response('Not found', { status: 404 });
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: 200, headers });
  });
}

export function isAppUrl(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}
