import { describe, expect, it } from 'vitest';
import { CHANNELS, isSafeExternalUrl } from '../../shared/contract';
import { openApp } from '../../main/core/app';
import { dispatch } from '../../main/core/dispatch';
import { createHandlers } from '../../main/core/handlers';
import { useTempDirs } from './helpers/tempDirs';

const tempDir = useTempDirs('mnw-contract-');

describe('the IPC contract', () => {
  it('has exactly one handler for every channel, and no handler without a channel', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const handlers = createHandlers(app);
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
    await app.close();
  });

  it('refuses unknown channels and invalid input with a coded error, never a throw', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const handlers = createHandlers(app);
    expect(await dispatch(handlers, 'members:drop', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(handlers, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const bad = await dispatch(handlers, 'members:get', { id: 'not-an-id', extra: 1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatch(handlers, 'links:open', { url: 'javascript:alert(1)' })).toMatchObject({ ok: false });
    expect(await dispatch(handlers, 'links:open', { url: 'https://www.mboraad.nl' })).toEqual({ ok: true, value: { opened: false } });
    await app.close();
  });

  it('lets only https links without credentials and mailto links leave the app', async () => {
    for (const url of ['https://www.mboraad.nl', 'https://school.nl/pad?q=1#a', 'https://school.nl:8443/x', 'mailto:anna@rijnland.example.nl']) {
      expect(isSafeExternalUrl(url), url).toBe(true);
    }
    for (const url of [
      'https://school.nl@evil.example/',
      'https://school.nl:wachtwoord@evil.example/',
      'https://@evil.example',
      'https://school.nl\\@evil.example/',
      'https://school.nl\\evil.example',
      'http://school.nl',
      'javascript:alert(1)',
      'https:// evil.example',
      'https://',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
    const app = await openApp({ dataDir: await tempDir() });
    const handlers = createHandlers(app);
    expect(await dispatch(handlers, 'links:open', { url: 'https://school.nl@evil.example/' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await app.close();
  });
});
