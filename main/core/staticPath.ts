import path from 'node:path';

export type StaticPath = { ok: true; relative: string; file: string } | { ok: false; status: 400 | 403 };

/**
 * The one way a request path becomes a file under the built renderer, for the
 * preview host and the app:// handler alike. A path that does not decode
 * (`/%`) or carries a NUL is a bad request, answered 400 rather than thrown:
 * one malformed request must not take the host down. The path is resolved
 * from the root, so `..` cannot climb out; the containment check is kept as a
 * second guard (with a separator, so `/srv/renderer-evil` is not inside
 * `/srv/renderer`).
 */
export function resolveStaticPath(root: string, pathname: string): StaticPath {
  const decoded = decodeRequestPath(pathname);
  if (decoded === null || decoded.includes('\u0000')) return { ok: false, status: 400 };
  const base = path.resolve(root);
  const relative = path.normalize(`/${decoded}`).replace(/^([/\\])+/, '');
  const file = path.join(base, relative);
  if (file !== base && !file.startsWith(base + path.sep)) return { ok: false, status: 403 };
  return { ok: true, relative, file: relative === '' ? base : file };
}

/** A percent-encoded request path (or part of one), or null when it does not decode. */
export function decodeRequestPath(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}
