import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/contract';
import { emptyMemberFields, type MemberFieldsInput } from '../../shared/domain';
import { openApp, type AppContext } from '../../main/core/app';
import { dispatch } from '../../main/core/dispatch';
import { createHandlers } from '../../main/core/handlers';
import { useTempDirs } from './helpers/tempDirs';

const tempDir = useTempDirs('mnw-members-');

const profile = (overrides: Partial<MemberFieldsInput> = {}): MemberFieldsInput => ({
  ...emptyMemberFields(),
  name: 'Hélène \'t Hart',
  email: 'helene@rijnland.example.nl',
  institution: 'ROC Rijnland Vakcollege',
  team: 'Zorg en Welzijn',
  expertise: ['formatief handelen', 'Formatief handelen', 'feedback'],
  ...overrides,
});

async function call<C extends keyof Handlers>(app: AppContext, channel: C, input?: unknown) {
  const result = await dispatch(createHandlers(app), channel, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as Awaited<ReturnType<Handlers[C]>>;
}

describe('profiles', () => {
  it('creates, edits, survives a restart, and deletes as a tombstone', async () => {
    const dataDir = await tempDir();
    let app = await openApp({ dataDir });
    const created = await call(app, 'members:save', { fields: profile() });
    expect(created.expertise).toEqual(['formatief handelen', 'feedback']); // duplicates ignoring case removed
    await call(app, 'settings:update', { meId: created.id });
    const edited = await call(app, 'members:save', { id: created.id, fields: profile({ team: 'Verpleegkunde' }) });
    expect(edited.fieldRevs.team! > created.fieldRevs.team!).toBe(true);
    expect(edited.fieldRevs.name).toBe(created.fieldRevs.name); // unchanged fields keep their stamp
    await app.close();

    app = await openApp({ dataDir });
    expect((await call(app, 'members:get', { id: created.id })).team).toBe('Verpleegkunde');
    expect((await call(app, 'app:info')).settings.meId).toBe(created.id);

    await call(app, 'members:delete', { id: created.id });
    expect((await call(app, 'members:list', {})).total).toBe(0);
    const tomb = app.repos.members.findAny(created.id)!;
    expect(tomb.deleted).toBe(true);
    expect(tomb.email).toBe(''); // personal data erased, only the envelope travels
    expect((await call(app, 'app:info')).settings.meId).toBeNull();
    await app.close();
  });

  it('rejects invalid fields with a per-field issue and saves nothing', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const result = await dispatch(createHandlers(app), 'members:save', { fields: profile({ name: 'A', email: 'geen-mail' }) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.map((i) => i.path).sort()).toEqual(['fields.email', 'fields.name']);
    expect(app.repos.members.count()).toBe(0);
    await app.close();
  });

  it('refuses a second profile with an e-mail address that already has one, naming whose it is', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    const first = await call(app, 'members:save', { fields: profile() });
    const result = await dispatch(createHandlers(app), 'members:save', { fields: profile({ name: 'Iemand Anders', email: 'HELENE@rijnland.example.nl' }) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues).toEqual([{ path: 'fields.email', code: 'duplicate_email', message: "Hélène 't Hart" }]);
    expect((await call(app, 'members:list', {})).total).toBe(1);
    // Saving the profile that has the address, and profiles without one, is fine.
    await call(app, 'members:save', { id: first.id, fields: profile({ team: 'Verpleegkunde' }) });
    await call(app, 'members:save', { fields: profile({ name: 'Zonder Mail', email: '' }) });
    await call(app, 'members:save', { fields: profile({ name: 'Ook Zonder Mail', email: '' }) });
    await app.close();
  });

  it('lists colleagues by surname, ignoring prefixes (van der Berg under B)', async () => {
    const app = await openApp({ dataDir: await tempDir() });
    for (const name of ['Jan van der Berg', 'Ümit Ünal', 'Anna Zwart', 'Kees de Appel']) {
      await call(app, 'members:save', { fields: profile({ name, email: '' }) });
    }
    const { items } = await call(app, 'members:list', {});
    expect(items.map((m) => m.name)).toEqual(['Kees de Appel', 'Jan van der Berg', 'Ümit Ünal', 'Anna Zwart']);
    await app.close();
  });

  it('seeds demo data on first run when asked, and removes it in one action keeping own records', async () => {
    const app = await openApp({ dataDir: await tempDir(), demoOnFirstRun: true, demoMembers: 40 });
    const info = await call(app, 'app:info');
    expect(info.counts.members).toBe(40);
    expect((await call(app, 'members:facets')).institutions).toHaveLength(5);
    const mine = await call(app, 'members:save', { fields: profile() });
    const { removed } = await call(app, 'demo:remove');
    expect(removed).toBe(info.demoCount);
    expect((await call(app, 'members:list', {})).items.map((m) => m.id)).toEqual([mine.id]);
    await app.close();
  });
});
