import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../main/core/security';

const read = (file: string) => readFileSync(path.join(__dirname, '../..', file), 'utf8');

/** The checklist items a reviewer looks for, as written in the source (the runtime side is tests/electron). */
describe('Electron security settings', () => {
  const windowSource = read('main/shell/window.ts');

  it('writes contextIsolation, sandbox and nodeIntegration literally', () => {
    expect(windowSource).toContain('contextIsolation: true');
    expect(windowSource).toContain('sandbox: true');
    expect(windowSource).toContain('nodeIntegration: false');
  });

  it('turns the spellchecker off: without a bundled dictionary Chromium would download one', () => {
    expect(windowSource).toContain('spellcheck: false');
    expect(windowSource).not.toMatch(/spellcheck:\s*true|setSpellCheckerDictionaryDownloadURL|setSpellCheckerEnabled\(true\)/);
  });

  it('denies new windows, navigation and permission requests', () => {
    expect(windowSource).toMatch(/setWindowOpenHandler\([\s\S]*?action: 'deny'/);
    expect(windowSource).toMatch(/'will-navigate'[\s\S]*?preventDefault/);
    expect(windowSource).toMatch(/setPermissionRequestHandler\([\s\S]*?callback\(false\)/);
  });

  it('has a strict CSP, the same in the header and the page', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(read('renderer/index.html'))?.[1];
    expect(meta).toBeDefined();
    expect(meta).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(meta).toContain("script-src 'self'");
  });

  it('never turns the protections off anywhere in the code', () => {
    for (const file of ['main/index.ts', 'main/shell/window.ts', 'preload/index.ts']) {
      expect(read(file)).not.toMatch(/sandbox:\s*false|contextIsolation:\s*false|nodeIntegration:\s*true|@electron\/remote/);
    }
  });
});
