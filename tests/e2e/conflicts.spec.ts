import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { emptyMemberFields } from '../../shared/domain/member';
import { THEIRS } from './colleagueEdits';
import { expect, test } from './fixtures';
import { checkScreen } from './pages/accessibility';
import { AppPage } from './pages/AppPage';
import { ExchangePages } from './pages/ExchangePages';
import { OnboardingPage } from './pages/OnboardingPage';
import { invoke } from './previewApi';
import { researchFields as researchFieldsFor } from './records';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

const goTo = (page: Page, route: string) => page.goto(page.url().replace(/#.*$/, `#${route}`));

/**
 * HR (this install) shares a profile, a research result, a question and a
 * session with a colleague at another school. Both then edit the same
 * records: HR changes Anna's e-mail and expertise and the research summary
 * and authors, and deletes the question; the colleague changes the same
 * fields, moves the session online, and edits (keeps) the question. HR
 * imports the colleague's bundle.
 */
async function bothEdited(page: Page, hostUrl: string, work: string) {
  await new AppPage(page).open(hostUrl);
  await new OnboardingPage(page).createMyProfile({ name: 'Sanne de Vries', institution: 'ROC Rijnland' });
  const { meId } = (await invoke(hostUrl, 'app:info')).settings;
  const annaFields = { ...emptyMemberFields(), name: 'Anna de Vries', institution: 'ROC Rijnland', email: 'anna@rijnland.nl', expertise: ['feedback'] };
  const anna = await invoke(hostUrl, 'members:save', { fields: annaFields });
  // The records are Anna's (only owners' changes apply, docs/security.md): this is her desktop, the colleague's install her laptop.
  await invoke(hostUrl, 'settings:update', { meId: anna.id });
  const researchFields = researchFieldsFor('Feedback tijdens de stage', [anna.id]);
  const research = await invoke(hostUrl, 'research:save', { fields: researchFields });
  const question = await invoke(hostUrl, 'questions:save', { fields: { title: 'Wie heeft ervaring met peer-feedback?', body: 'Graag tips.', tags: [], area: 'vakinhoud' } });
  await invoke(hostUrl, 'sessions:save', {
    fields: {
      title: 'Netwerkcafé Feedback',
      theme: 'Feedback',
      start: '2026-12-10T15:30',
      minutes: 120,
      location: 'Aula',
      onlineLink: '',
      organiserIds: [anna.id],
      plgId: null,
      description: '',
      preparation: '',
      capacity: null,
    },
  });
  const exported = await invoke(hostUrl, 'exchange:export', { scope: { kind: 'all' } });
  if (exported.status !== 'ok') throw new Error(exported.refusal.message);
  const fromHr = path.join(work, 'van-hr.mnw');
  const fromColleague = path.join(work, 'van-joelle.mnw');
  await writeFile(fromHr, Buffer.from(exported.value.dataBase64, 'base64'));
  execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/e2e/makeColleagueEdits.ts'), fromHr, fromColleague], { cwd: ROOT });

  await invoke(hostUrl, 'members:save', { id: anna.id, fields: { ...annaFields, email: 'anna.devries@rijnland.nl', expertise: ['feedback', 'coaching'], areas: ['innovatie'] } });
  await invoke(hostUrl, 'research:save', { id: research.id, fields: { ...researchFields, summary: 'Samenvatting van HR, korter.', authorIds: [meId!, anna.id] } });
  await invoke(hostUrl, 'questions:delete', { id: question.id });
  return { fromColleague, annaId: anna.id, researchId: research.id, questionId: question.id };
}

test('conflicts read as names and labels, a record shows its pending conflict, and all can be settled at once', async ({ page, host }) => {
  test.setTimeout(120_000);
  const work = await mkdtemp(path.join(os.tmpdir(), 'masternetwerk-e2e-conflicts-'));
  try {
    const { fromColleague, annaId, researchId, questionId } = await bothEdited(page, host.url, work);
    const exchange = new ExchangePages(page);
    await exchange.openOverview();
    await page.getByRole('link', { name: 'Pakket importeren' }).click();
    await exchange.chooseBundle(fromColleague);
    // Anna's laptop's key is confirmed: its changes to Anna's records then apply (or conflict) rather than wait as suggestions.
    await page.getByRole('checkbox', { name: /vingerafdruk/ }).check();

    // The preview: each "Bijgewerkt" says which fields change, each conflict where.
    await expect(page.getByRole('heading', { level: 1, name: 'Wat deze import verandert' })).toBeVisible();
    const items = page.getByRole('region', { name: '4 onderdelen veranderen' }).getByRole('listitem');
    await expect(items.filter({ hasText: 'Netwerkcafé Feedback' })).toContainText('Verandert: Locatie');
    await expect(items.filter({ hasText: 'Anna de Vries' })).toContainText('Conflict in: E-mailadres, Expertise, Gebieden');
    await expect(items.filter({ hasText: 'Feedback tijdens de stage' })).toContainText('Conflict in: Samenvatting, Auteurs');
    await items.first().evaluate((item) => item.scrollIntoView({ block: 'center' }));
    await checkScreen(page, 'conflicts-01-import-preview');
    await page.getByRole('button', { name: 'Importeren (4 wijzigingen)' }).click();

    // The summary, Uitwisselen and undo count the same four records.
    await expect(page.getByText('4 onderdelen veranderd: 0 nieuw, 1 bijgewerkt, 0 verwijderd;')).toBeVisible();
    await expect(page.getByText('3 onderdelen waren aan beide kanten gewijzigd: kies welke waarde geldt.')).toBeVisible();
    await exchange.openOverview();
    await expect(page.getByText(/^Laatste import: van-joelle\.mnw op .* \(4 onderdelen\)\.$/)).toBeVisible();
    await expect(page.getByText('Er wachten 6 conflicten op je keuze (in 3 onderdelen).')).toBeVisible();
    await page.getByRole('button', { name: 'Laatste import ongedaan maken' }).click();
    await expect(page.getByRole('dialog')).toContainText('(4 onderdelen)');
    await page.getByRole('dialog').getByRole('button', { name: 'Annuleren' }).click();

    // Anna's own page says a conflict waits, in words, and leads to it.
    await goTo(page, `/members/${annaId}`);
    const banner = page.getByRole('complementary', { name: 'Conflict uit een import' });
    await expect(banner).toContainText('Er wachten 3 conflicten op je keuze');
    await expect(banner).toContainText('Hier en bij een collega gewijzigd: Gebieden, E-mailadres, Expertise.');
    await checkScreen(page, 'conflicts-02-profile-banner');
    // The research result's page, and the question deleted here but kept there, say so too.
    await goTo(page, `/research/${researchId}`);
    await expect(page.getByRole('complementary', { name: 'Conflict uit een import' })).toContainText('Auteurs, Samenvatting');
    await goTo(page, `/questions/${questionId}`);
    await expect(page.getByRole('complementary', { name: 'Conflict uit een import' })).toContainText('elders verwijderd terwijl het hier bewerkt werd');
    await goTo(page, `/members/${annaId}`);
    await banner.getByRole('link', { name: 'Conflicten bekijken' }).click();

    // The conflicts page: the record by name, the field by its label, the values readable.
    await expect(page.getByRole('heading', { level: 1, name: 'Conflicten' })).toBeVisible();
    // The banner's link leads to the record's first conflict.
    await expect(page.getByRole('heading', { level: 2, name: 'Anna de Vries Gebieden' })).toBeFocused();
    const card = (name: string) => page.locator('.conflict').filter({ has: page.getByRole('heading', { level: 2, name }) });
    await expect(card('Anna de Vries E-mailadres')).toContainText('anna.devries@rijnland.nl');
    await expect(card('Anna de Vries E-mailadres')).toContainText(THEIRS.email);
    await expect(card('Anna de Vries Expertise').getByRole('listitem')).toHaveText(['feedback', 'coaching', ...THEIRS.expertise]);
    await expect(card('Anna de Vries Gebieden').getByRole('listitem')).toHaveText(['Innovatie', 'Onderzoek', 'Beleid']);
    const authors = card('Feedback tijdens de stage Auteurs');
    await expect(authors.getByRole('listitem')).toHaveText(['Sanne de Vries', 'Anna de Vries', 'Anna de Vries', 'Sanne de Vries']);
    await expect(page.getByRole('main')).not.toContainText(UUID);
    const summary = card('Feedback tijdens de stage Samenvatting');
    await expect(summary).not.toContainText('Slot van de samenvatting van de collega.');
    await summary.getByRole('button', { name: 'Toon meer' }).click();
    await expect(summary).toContainText('Slot van de samenvatting van de collega.');
    await expect(summary.getByRole('button', { name: 'Toon minder' })).toHaveAttribute('aria-expanded', 'true');
    const deletion = card('Wie heeft ervaring met peer-feedback? Verwijderd of bewerkt');
    await expect(deletion).toContainText('Verwijderd door jou — een collega heeft het bewerkt.');
    await expect(deletion.getByRole('button')).toHaveText(['Verwijderd laten', 'Herstellen met hun wijziging']);
    await checkScreen(page, 'conflicts-03-page', { fullPage: true });

    // The question comes back with the colleague's edit.
    await deletion.getByRole('button', { name: 'Herstellen met hun wijziging' }).click();
    await expect(new AppPage(page).notice).toContainText('‘Wie heeft ervaring met peer-feedback?’ is hersteld.');
    await expect(page.locator('.conflict')).toHaveCount(5);

    // "Alles van hen overnemen", after a confirmation, settles the other four in one go.
    await page.getByRole('button', { name: 'Alles van hen overnemen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Alle 5 conflicten: hun waarden overnemen?' });
    await expect(dialog).toBeVisible();
    await checkScreen(page, 'conflicts-04-take-all');
    await dialog.getByRole('button', { name: 'Alles van hen overnemen' }).click();
    await expect(new AppPage(page).notice).toContainText('5 conflicten opgelost.');
    await expect(page.getByText('Alles uit eerdere imports is samengevoegd zonder dat er iets botste.')).toBeVisible();

    await goTo(page, `/members/${annaId}`);
    await expect(page.getByRole('heading', { level: 1, name: /Anna de Vries/ })).toBeVisible();
    await expect(page.getByText(THEIRS.email)).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Conflict uit een import' })).toHaveCount(0);
    await goTo(page, `/questions/${questionId}`);
    await expect(page.getByText(THEIRS.questionBody)).toBeVisible();
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

test('"Alles van mij houden" keeps every local value after a confirmation, and Escape changes nothing', async ({ page, host }) => {
  test.setTimeout(120_000);
  const work = await mkdtemp(path.join(os.tmpdir(), 'masternetwerk-e2e-conflicts-'));
  try {
    const { fromColleague, annaId } = await bothEdited(page, host.url, work);
    const exchange = new ExchangePages(page);
    await exchange.openOverview();
    await page.getByRole('link', { name: 'Pakket importeren' }).click();
    await exchange.chooseBundle(fromColleague);
    // Anna's laptop's key is confirmed: its changes to Anna's records then apply (or conflict) rather than wait as suggestions.
    await page.getByRole('checkbox', { name: /vingerafdruk/ }).check();
    await page.getByRole('button', { name: 'Importeren (4 wijzigingen)' }).click();
    await page.getByRole('link', { name: 'Conflicten bekijken' }).click();
    await expect(page.locator('.conflict')).toHaveCount(6);

    await page.getByRole('button', { name: 'Alles van mij houden' }).click();
    await expect(page.getByRole('dialog', { name: 'Alle 6 conflicten: jouw waarden houden?' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator('.conflict')).toHaveCount(6);

    await page.getByRole('button', { name: 'Alles van mij houden' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Alles van mij houden' }).click();
    await expect(new AppPage(page).notice).toContainText('6 conflicten opgelost.');
    await goTo(page, `/members/${annaId}`);
    await expect(page.getByText('anna.devries@rijnland.nl')).toBeVisible();
    const stored = await invoke(host.url, 'exchange:status');
    expect(stored).toMatchObject({ conflicts: 0, conflictRecords: 0 });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
