import type { Locator, Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyMemberFields } from '../../shared/domain/member';
import { expect, test } from './fixtures';
import { hostileAttendeesCsv, hostileMembersCsv, hostileRis, SHORT_VECTORS, VECTORS } from './hostileVectors';
import type { HostileIds } from './makeHostileBundle';
import { AppPage } from './pages/AppPage';
import { invoke } from './previewApi';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The hostile bundle, made by the core in a child process (the core's JSON imports need tsx). */
async function hostileBundle(): Promise<HostileIds & { bytes: Buffer }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mnw-xss-'));
  try {
    const file = path.join(dir, 'vijandig.mnw');
    const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/e2e/makeHostileBundle.ts'), file], { cwd: ROOT, encoding: 'utf8' });
    return { ...(JSON.parse(out.trim().split('\n').at(-1)!) as HostileIds), bytes: await readFile(file) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Hostile text in every displayed field, brought in the ways data arrives
 * from others — a signed bundle, an HR spreadsheet of colleagues, an
 * attendee list, a Zotero RIS file — then every screen that shows it is
 * opened in the browser. Nothing may run (no dialog, window.__pwned stays
 * unset), nothing may navigate away, no request may leave 127.0.0.1, and the
 * text must be on the screen as text.
 */

/** Elements that could run code or fetch something, anywhere the app renders (#root). */
const ACTIVE = [
  'script',
  'iframe',
  'object',
  'embed',
  'link',
  'meta[http-equiv]',
  'style',
  'base',
  '[onerror]',
  '[onload]',
  '[onclick]',
  '[onmouseover]',
  '[style*="url("]',
  'a[href^="data:"]',
  'a[href^="javascript:"]',
  'img:not([src^="data:"]):not([src^="blob:"])',
  // The circle of the hostile <svg onload>; the app's own icons have none with this radius.
  'circle[r="9"]',
].join(', ');

function watch(page: Page, origin: string) {
  const seen = { dialogs: [] as string[], outside: [] as string[], navigations: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) seen.outside.push(url);
  });
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && !frame.url().startsWith(`${origin}/`)) seen.navigations.push(frame.url());
  });
  return seen;
}

/** Opens a screen inside the app (hash routing, the same document) and waits for its heading. */
async function visit(page: Page, route: string, heading: string | RegExp): Promise<Locator> {
  await page.evaluate((hash) => void (window.location.hash = hash), `#${route}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: heading }).first()).toBeVisible();
  await expect(main.getByRole('status').filter({ hasText: /laden|Bezig/i })).toHaveCount(0);
  return main;
}

async function expectInert(page: Page, screen: string): Promise<void> {
  const active = await page.locator('#root').locator(ACTIVE).evaluateAll((nodes) => nodes.map((n) => n.outerHTML.slice(0, 160)));
  expect(active, `active content on ${screen}`).toEqual([]);
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned), `script ran on ${screen}`).toBeUndefined();
}

test('hostile text from a bundle, spreadsheets and a RIS file shows as inert text on every screen', async ({ page, host }) => {
  test.setTimeout(120_000);
  const origin = new URL(host.url).origin;
  const seen = watch(page, origin);

  // Me, then everything others sent, through the app's own import paths.
  const me = await invoke(host.url, 'members:save', { fields: { ...emptyMemberFields(), name: 'Kees de Vries', institution: 'Albeda', email: 'kees@albeda.example.nl' } });
  await invoke(host.url, 'settings:update', { meId: me.id });
  const bundle = await hostileBundle();
  const staged = await invoke(host.url, 'exchange:stage', { name: 'van-een-collega.mnw', dataBase64: bundle.bytes.toString('base64') });
  const imported = await invoke(host.url, 'exchange:import', { token: staged.token, acceptKey: true });
  expect(imported).toMatchObject({ status: 'ok', value: { added: VECTORS.length + 4 } });
  const members = await invoke(host.url, 'memberCsv:import', { file: { fileName: 'hr.csv', dataBase64: hostileMembersCsv().toString('base64') } });
  expect(members.result).toMatchObject({ added: VECTORS.length, skipped: 0 });
  const attendees = await invoke(host.url, 'sessions:attendeesImport', {
    id: bundle.sessionId,
    file: { fileName: 'deelnemers.csv', dataBase64: hostileAttendeesCsv().toString('base64') },
  });
  expect(attendees.result).toMatchObject({ added: VECTORS.length, skipped: 0 });
  const drafts = await invoke(host.url, 'research:import', { fileName: 'zotero.ris', dataBase64: hostileRis().toString('base64') });
  expect(drafts.imported).toHaveLength(8);

  await new AppPage(page).open(host.url);
  const [hostileName] = VECTORS;

  let main = await visit(page, '/members', "Collega's");
  await main.getByRole('button', { name: 'Meer tonen' }).click();
  await expect(main.getByRole('link', { name: hostileName, exact: true }).first()).toBeVisible();
  await expectInert(page, 'colleagues');

  for (const id of bundle.memberIds.slice(0, 6)) {
    main = await visit(page, `/members/${id}`, /.+/);
    await expect(main.getByRole('region', { name: 'Over mij' })).toContainText(VECTORS[1]);
    await expect(main.getByRole('list', { name: 'Aanbod: hier kun je me voor vragen' })).toContainText(SHORT_VECTORS[0]);
    await expectInert(page, `profile ${id}`);
  }

  main = await visit(page, '/research', 'Onderzoek');
  await expect(main.getByRole('link', { name: VECTORS[1] })).toBeVisible();
  await expectInert(page, 'research list');
  main = await visit(page, `/research/${bundle.researchId}`, VECTORS[1]);
  await expect(main.getByText('https://evil.example/rapport').first()).toBeVisible();
  await expect(main.getByText(`${SHORT_VECTORS[0]}.png`, { exact: true })).toBeVisible();
  await expectInert(page, 'research detail');
  main = await visit(page, `/research/${drafts.imported[0]}`, VECTORS[0]);
  await expectInert(page, 'imported draft');

  main = await visit(page, '/questions', 'Vraagbank');
  await expect(main.getByRole('link', { name: VECTORS[2] })).toBeVisible();
  await expectInert(page, 'questions');
  main = await visit(page, `/questions/${bundle.questionId}`, VECTORS[2]);
  await expect(main.getByText('md-link').first()).toBeVisible();
  await expectInert(page, 'question thread');

  main = await visit(page, '/sessions', 'Netwerkcafés');
  await expect(main.getByRole('link', { name: VECTORS[3] })).toBeVisible();
  await expectInert(page, 'sessions');
  main = await visit(page, `/sessions/${bundle.sessionId}`, VECTORS[3]);
  await expect(main.getByText(VECTORS[12], { exact: true }).first()).toBeVisible();
  await expectInert(page, 'session');

  // Search: the results as you type in the header, the results page, "wie weet iets van …?" and the marketplace.
  const box = page.getByRole('combobox', { name: 'Zoeken in Masternetwerk' });
  await box.pressSequentially('onerror');
  await expect(page.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await expectInert(page, 'search suggestions');
  await box.press('Escape');
  main = await visit(page, '/search', 'Zoeken');
  await main.getByRole('searchbox', { name: 'Waar zoek je naar?' }).fill('onerror');
  await expect(main.locator('.result').first()).toBeVisible();
  await expectInert(page, 'search results');
  main = await visit(page, '/experts', 'Wie weet iets van…?');
  await main.getByLabel('Onderwerp', { exact: true }).fill('feedback');
  await expect(main.getByText(/weten iets van „feedback”/)).toBeVisible();
  await expectInert(page, 'experts');
  main = await visit(page, '/marketplace', /^Marktplaats/);
  await expect(main.getByText(SHORT_VECTORS[0]).first()).toBeVisible();
  await expectInert(page, 'marketplace');

  expect(seen.dialogs, 'dialogs opened').toEqual([]);
  expect(seen.navigations, 'navigations away').toEqual([]);
  expect(seen.outside, 'requests outside 127.0.0.1').toEqual([]);
  expect(new URL(page.url()).origin).toBe(origin);
});
