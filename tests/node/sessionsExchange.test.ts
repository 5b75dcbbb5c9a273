import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../main/core/app';
import { createHandlers } from '../../main/core/handlers';
import { hashDir } from './helpers/bundles';
import { useTempDirs } from './helpers/tempDirs';
import { call, failure } from './researchFixtures';
import { openApp } from '../../main/core/app';
import { colleagues, createSession, sessionDetails } from './sessionsFixtures';

const tempDir = useTempDirs('mnw-sessions-exchange-');

/** What the UI does: export as bytes on one install, hand the bytes to the other. */
async function handOver(from: AppContext, to: AppContext, scope: { kind: 'session'; id: string } | { kind: 'all' }) {
  const outcome = await call(from, 'exchange:export', { scope });
  if (outcome.status !== 'ok') throw new Error(`export refused: ${outcome.refusal.code}`);
  const exported = outcome.value;
  return { exported, staged: await call(to, 'exchange:stage', { name: exported.fileName, dataBase64: exported.dataBase64 }) };
}

describe('exchanging a session from the UI', () => {
  it('exports a session as bytes, previews and imports it elsewhere, and undoes the import', async () => {
    const hr = await openApp({ dataDir: await tempDir() });
    const [sanne] = await colleagues(hr, ['Sanne de Vries']);
    const session = await createSession(hr, { organiserIds: [sanne!.id], capacity: 12 });
    await call(hr, 'sessions:register', { id: session.id, attendee: { kind: 'guest', name: 'Gast Persoon', email: 'gast@voorbeeld.nl' } });

    const member = await openApp({ dataDir: await tempDir() });
    await colleagues(member, ['Ümit Ünal']);
    const { exported, staged } = await handOver(hr, member, { kind: 'session', id: session.id });
    expect(exported.fileName).toBe('netwerkcafe-formatief-handelen-2026-03-14.mnw');
    expect(exported.result).toMatchObject({ records: 2, signed: true, file: exported.fileName });
    expect(staged).toMatchObject({ name: exported.fileName, bytes: Buffer.from(exported.dataBase64, 'base64').length });

    const before = await hashDir(member.dataDir);
    const inspected = await call(member, 'exchange:inspect', { token: staged.token });
    if (inspected.status !== 'ok') throw new Error(inspected.refusal.code);
    expect(inspected.value.totals).toMatchObject({ new: 2, updated: 0, conflicting: 0, deleted: 0 });
    expect(inspected.value.counts.sessions.new).toBe(1);
    expect(inspected.value.signature.kind).toBe('unknown');
    expect(inspected.value.items.map((i) => i.title).sort()).toEqual(['Netwerkcafé Formatief handelen', 'Sanne de Vries']);
    expect(await hashDir(member.dataDir)).toEqual(before);

    const imported = await call(member, 'exchange:import', { token: staged.token });
    expect(imported).toMatchObject({ status: 'ok', value: { added: 2, undoable: true } });
    // The guest's name and e-mail stayed on HR's machine.
    const arrived = (await call(member, 'sessions:get', { id: session.id })).session;
    expect(arrived.attendees).toEqual([]);
    expect(arrived.organiserIds).toEqual([sanne!.id]);
    // The staged copy is gone once applied.
    expect((await failure(member, 'exchange:inspect', { token: staged.token })).code).toBe('not_found');

    const status = await call(member, 'exchange:status');
    expect(status).toMatchObject({ lastImport: { file: exported.fileName, records: 2 }, conflicts: 0 });
    await call(member, 'bundles:undo');
    expect((await failure(member, 'sessions:get', { id: session.id })).code).toBe('not_found');
    expect((await call(member, 'exchange:status')).lastImport).toBeNull();
    await Promise.all([hr.close(), member.close()]);
  });

  it('refuses a file that is not a bundle with its reason, and a cancelled inspection changes nothing', async () => {
    const member = await openApp({ dataDir: await tempDir() });
    const before = await hashDir(member.dataDir);
    const junk = await call(member, 'exchange:stage', { name: 'lijst.csv', dataBase64: Buffer.from('Naam;E-mail\r\n').toString('base64') });
    expect(await call(member, 'exchange:inspect', { token: junk.token })).toMatchObject({ status: 'refused', refusal: { code: 'not_zip' } });
    expect(await call(member, 'exchange:import', { token: junk.token })).toMatchObject({ status: 'refused', refusal: { code: 'not_zip' } });

    const hr = await openApp({ dataDir: await tempDir() });
    await colleagues(hr, ['Sanne de Vries']);
    await createSession(hr);
    const { staged } = await handOver(hr, member, { kind: 'all' });
    const handlers = createHandlers(member);
    // Cancel as soon as the import has started: it answers "cancelled" and applies nothing.
    const running = handlers['exchange:import']({ token: staged.token, acceptKey: false });
    expect(await handlers['exchange:cancel']({ token: staged.token })).toEqual({ cancelled: true });
    expect(await running).toMatchObject({ status: 'refused', refusal: { code: 'cancelled' } });
    expect(await handlers['exchange:progress']({ token: staged.token })).toBeNull();
    expect(await hashDir(member.dataDir)).toEqual(before);

    // The same file can be tried again afterwards.
    expect(await call(member, 'exchange:import', { token: staged.token })).toMatchObject({ status: 'ok', value: { added: 2 } });
    expect(await call(member, 'exchange:discard', { token: junk.token })).toEqual({ discarded: true });
    await Promise.all([hr.close(), member.close()]);
  });

  it('keeps both values when both sides changed a session, and lets the user pick', async () => {
    const hr = await openApp({ dataDir: await tempDir() });
    const [sanne] = await colleagues(hr, ['Sanne de Vries']);
    const session = await createSession(hr, { organiserIds: [sanne!.id] });
    // Sanne organises on two laptops: both own the café, so both edits count and meet in a conflict.
    await hr.settings.update({ meId: sanne!.id });
    const member = await openApp({ dataDir: await tempDir() });
    let { staged } = await handOver(hr, member, { kind: 'session', id: session.id });
    await call(member, 'exchange:import', { token: staged.token, acceptKey: true });
    await member.settings.update({ meId: sanne!.id });

    await call(hr, 'sessions:save', { id: session.id, fields: sessionDetails({ organiserIds: [sanne!.id], location: 'Aula, gebouw B' }) });
    await call(member, 'sessions:save', { id: session.id, fields: sessionDetails({ organiserIds: [sanne!.id], location: 'Online via Teams' }) });
    ({ staged } = await handOver(hr, member, { kind: 'session', id: session.id }));
    const preview = await call(member, 'exchange:inspect', { token: staged.token });
    expect(preview).toMatchObject({ status: 'ok', value: { totals: { conflicting: 1 } } });
    expect(await call(member, 'exchange:import', { token: staged.token })).toMatchObject({ status: 'ok', value: { conflicts: 1 } });

    const conflicts = await call(member, 'exchange:conflicts');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ title: 'Netwerkcafé Formatief handelen', conflict: { collection: 'sessions', field: 'location' } });
    const values = [conflicts[0]!.conflict.local.value, conflicts[0]!.conflict.incoming.value].sort();
    expect(values).toEqual(['Aula, gebouw B', 'Online via Teams']);

    await call(member, 'conflicts:resolve', { id: conflicts[0]!.conflict.id, pick: 'local' });
    expect((await call(member, 'sessions:get', { id: session.id })).session.location).toBe('Online via Teams');
    expect(await call(member, 'exchange:conflicts')).toEqual([]);
    await Promise.all([hr.close(), member.close()]);
  });
});
