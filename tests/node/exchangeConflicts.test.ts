import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedCount } from '../../shared/bundle';
import { COLLECTION_NAMES } from '../../shared/domain';
import { openApp } from '../../main/core/app';
import {
  describeConflicts,
  exportBundle,
  importBundle,
  inspectBundle,
  listConflicts,
  previewExport,
  resolveAllConflicts,
  undoLastImport,
} from '../../main/core/bundle';
import { recordCount } from '../../main/core/bundle/exportBundle';
import { ZipReader } from '../../main/core/bundle/zipReader';
import { exchange, memberFields, sharedState } from './helpers/bundles';
import { call, researchFields } from './researchFixtures';
import { useTempDirs } from './helpers/tempDirs';

const tempDir = useTempDirs('mnw-exchange-conflicts-');

/**
 * Two installs that shared Anna, Bram, Cees and a research result, then both
 * edited: A changes Anna's e-mail and team, the research title and authors,
 * Cees's bio; deletes Bram; adds Dirk; and creates and deletes Eva (a
 * tombstone B never saw). B changes Anna's e-mail and team and the research
 * title and authors too. A's bundle of everything then waits for B.
 */
async function twoInstallsThatBothEdited() {
  const [a, b] = [await openApp({ dataDir: await tempDir() }), await openApp({ dataDir: await tempDir() })];
  const work = await tempDir();
  const anna = await a.repos.members.create(memberFields({ name: 'Anna de Vries', email: 'anna@rijnland.nl' }));
  const bram = await a.repos.members.create(memberFields({ name: 'Bram Ünal', email: 'bram@rijnland.nl' }));
  const cees = await a.repos.members.create(memberFields({ name: "Cees 't Hart", email: 'cees@rijnland.nl' }));
  const research = await a.repos.research.create(researchFields([anna.id]));
  // Anna works on two laptops: both installs speak for her, the owner of her profile and her research.
  await a.settings.update({ meId: anna.id });
  await exchange(a, b, work);
  await b.settings.update({ meId: anna.id });

  await a.repos.members.update(anna.id, { email: 'anna.devries@rijnland.nl', team: 'Verpleegkunde' });
  await a.repos.research.update(research.id, { title: 'Feedback op stage (versie A)', authorIds: [anna.id, cees.id] });
  await a.repos.members.update(cees.id, { bio: 'Docent-onderzoeker in de zorg.' });
  await a.repos.members.remove(bram.id, memberFields({ name: 'Verwijderd profiel', email: '' }));
  const dirk = await a.repos.members.create(memberFields({ name: 'Dirk Jansen', email: 'dirk@rijnland.nl' }));
  const eva = await a.repos.members.create(memberFields({ name: 'Eva Smit', email: 'eva@rijnland.nl' }));
  await a.repos.members.remove(eva.id, memberFields({ name: 'Verwijderd profiel', email: '' }));

  await b.repos.members.update(anna.id, { email: 'a.devries@rijnland.nl', team: 'Techniek' });
  await b.repos.research.update(research.id, { title: 'Feedback op stage (versie B)', authorIds: [cees.id, anna.id] });

  const file = path.join(work, 'from-a.mnw');
  await exportBundle(a, { kind: 'all' }, file);
  return { a, b, work, file, ids: { anna: anna.id, bram: bram.id, cees: cees.id, dirk: dirk.id, research: research.id } };
}

describe('counts agree between the import preview, its summary, Uitwisselen and undo', () => {
  it('counts every changed record once, lists the fields an update changes, and undo reports the same number', async () => {
    const { a, b, file, ids } = await twoInstallsThatBothEdited();
    const preview = await inspectBundle(b, file);
    expect(preview.totals).toMatchObject({ new: 1, updated: 1, conflicting: 2, deleted: 1 });
    const changed = changedCount(preview.totals);
    expect(changed).toBe(5);
    // The list of changes holds exactly the records the counts count.
    expect(preview.items).toHaveLength(changed);
    // "Bijgewerkt" says which fields change; a conflict which fields clash.
    expect(preview.items).toContainEqual(expect.objectContaining({ id: ids.cees, change: 'updated', fields: ['bio'] }));
    expect(preview.items).toContainEqual(expect.objectContaining({ id: ids.anna, change: 'conflicting', fields: ['email', 'team'] }));
    expect(preview.items).toContainEqual(expect.objectContaining({ id: ids.research, change: 'conflicting', fields: ['title', 'authorIds'] }));

    const summary = await importBundle(b, file);
    expect(summary).toMatchObject({ added: 1, updated: 1, conflicts: 2, deleted: 1, changed });
    // Uitwisselen: the last import changed as many records as its preview said (the conflicts it stored and Eva's tombstone are not records that changed).
    const status = await call(b, 'exchange:status');
    expect(status).toMatchObject({ lastImport: { records: changed }, conflicts: 4, conflictRecords: 2 });

    const undone = await undoLastImport(b);
    expect(undone).toEqual({ restored: 4, removed: 1 });
    expect(undone.restored + undone.removed).toBe(changed);
    await Promise.all([a.close(), b.close()]);
  });

  it('counts an export the same way in its preview, its manifest and its summary', async () => {
    const { a, b, work } = await twoInstallsThatBothEdited();
    const preview = await previewExport(a, { kind: 'all' });
    const file = path.join(work, 'again.mnw');
    const result = await exportBundle(a, { kind: 'all' }, file);
    const total = COLLECTION_NAMES.reduce((n, c) => n + preview.counts[c], 0);
    expect(total).toBeGreaterThan(5);
    expect(result.records).toBe(total);
    expect(recordCount(preview.counts)).toBe(total);
    const zip = await ZipReader.open(file);
    const manifest = JSON.parse((await zip.read('manifest.json')).data.toString('utf8')) as { counts: typeof preview.counts };
    zip.close();
    expect(manifest.counts).toEqual(preview.counts);
    await Promise.all([a.close(), b.close()]);
  });
});

describe('conflicts as people read them, and settled all at once', () => {
  it('names the record and every profile a value refers to', async () => {
    const { a, b, file, ids } = await twoInstallsThatBothEdited();
    await importBundle(b, file);
    const views = describeConflicts(b, ids.research);
    expect(views.map((v) => v.conflict.field).sort()).toEqual(['authorIds', 'title']);
    for (const view of views) expect(view.title).toBe(b.repos.research.get(ids.research).title);
    const authors = views.find((v) => v.conflict.field === 'authorIds')!;
    expect(authors.names).toEqual({ [ids.anna]: 'Anna de Vries', [ids.cees]: "Cees 't Hart" });
    // Through the contract, for one record's banner: only that record's conflicts.
    const forAnna = await call(b, 'exchange:conflicts', { recordId: ids.anna });
    expect(forAnna.map((v) => [v.title, v.conflict.field])).toEqual([
      ['Anna de Vries', 'email'],
      ['Anna de Vries', 'team'],
    ]);
    expect(await call(b, 'exchange:conflicts')).toHaveLength(4);
    await Promise.all([a.close(), b.close()]);
  });

  it('keeps all of mine for the conflicts shown, in one commit, then takes all of theirs; both travel without new conflicts', async () => {
    const { a, b, work, file, ids } = await twoInstallsThatBothEdited();
    await importBundle(b, file);
    const annaConflicts = listConflicts(b).filter((c) => c.recordId === ids.anna);
    let commits = 0;
    const stop = b.store.onChange(() => commits++);
    expect(await call(b, 'conflicts:resolveAll', { pick: 'local', ids: annaConflicts.map((c) => c.id) })).toEqual({ resolved: 2 });
    stop();
    expect(commits).toBe(1);
    expect(b.repos.members.get(ids.anna)).toMatchObject({ email: 'a.devries@rijnland.nl', team: 'Techniek' });
    // The research conflicts were not shown with Anna's, so they still wait.
    expect(listConflicts(b).map((c) => c.field).sort()).toEqual(['authorIds', 'title']);

    expect(await resolveAllConflicts(b, 'incoming')).toEqual({ resolved: 2 });
    expect(b.repos.research.get(ids.research)).toMatchObject({ title: 'Feedback op stage (versie A)', authorIds: [ids.anna, ids.cees] });
    expect(listConflicts(b)).toEqual([]);
    expect(await resolveAllConflicts(b, 'local')).toEqual({ resolved: 0 });

    // The picks win on A too, and A sees no conflict: they were made knowing A's values.
    expect((await exchange(b, a, work)).summary).toMatchObject({ conflicts: 0 });
    expect(a.repos.members.get(ids.anna)).toMatchObject({ email: 'a.devries@rijnland.nl', team: 'Techniek' });
    expect(a.repos.research.get(ids.research).title).toBe('Feedback op stage (versie A)');
    expect(listConflicts(a)).toEqual([]);
    expect((await exchange(a, b, work)).summary).toMatchObject({ conflicts: 0, changed: 0 });
    expect(sharedState(a)).toBe(sharedState(b));
    await Promise.all([a.close(), b.close()]);
  });
});

describe('every field a conflict or an update can name has a label', () => {
  it('in Dutch and English, for every field of every record type and for a deletion', async () => {
    const { COLLECTIONS } = await import('../../shared/domain');
    const labels = (language: string) =>
      (JSON.parse(readFileSync(path.join(__dirname, `../../renderer/src/i18n/${language}/exchange.json`), 'utf8')) as { fields: Record<string, string> }).fields;
    const fields = [...new Set([...Object.values(COLLECTIONS).flatMap((c) => Object.keys(c.fields.shape)), 'deleted'])];
    for (const language of ['nl', 'en']) {
      const missing = fields.filter((field) => !labels(language)[field]);
      expect(missing, `${language}: fields without a label`).toEqual([]);
    }
  });
});
