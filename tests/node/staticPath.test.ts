import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStaticPath } from '../../main/core/staticPath';

/** The one decoding of a request path to a file, shared by the preview host and the app:// handler. */
describe('resolveStaticPath', () => {
  const root = path.resolve('/srv/renderer');

  it('maps a request path to a file inside the root', () => {
    expect(resolveStaticPath(root, '/index.html')).toEqual({ ok: true, relative: 'index.html', file: path.join(root, 'index.html') });
    expect(resolveStaticPath(root, '/assets/app%20one.js')).toEqual({ ok: true, relative: path.join('assets', 'app one.js'), file: path.join(root, 'assets', 'app one.js') });
    expect(resolveStaticPath(root, '/')).toEqual({ ok: true, relative: '', file: root });
    // Climbing out stays inside: the path is resolved from the root.
    expect(resolveStaticPath(root, '/a/../../../etc/passwd')).toEqual({ ok: true, relative: path.join('etc', 'passwd'), file: path.join(root, 'etc', 'passwd') });
    expect(resolveStaticPath(root, '/..%2F..%2Fetc%2Fpasswd')).toMatchObject({ ok: true, file: path.join(root, 'etc', 'passwd') });
  });

  it('answers 400 for a malformed or NUL-carrying path instead of throwing', () => {
    for (const bad of ['/%', '/%E0%A4%A', '/app%', '/%zz', '/a%00b', '/\u0000']) {
      expect(resolveStaticPath(root, bad), bad).toEqual({ ok: false, status: 400 });
    }
  });

  it('never resolves outside the root, not even to a sibling that shares its prefix', () => {
    expect(resolveStaticPath(root, '/../renderer-evil/x.js')).toMatchObject({ ok: true, file: path.join(root, 'renderer-evil', 'x.js') });
    expect(resolveStaticPath(`${root}${path.sep}`, '/x.js')).toMatchObject({ ok: true, file: path.join(root, 'x.js') });
  });
});
