import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/contract';
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
});
