import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { expect, test } from './fixtures';
import { checkScreen } from './pages/accessibility';
import { invoke } from './previewApi';
import { AppPage } from './pages/AppPage';
import { ExchangePages, otherInstall } from './pages/ExchangePages';
import { OnboardingPage } from './pages/OnboardingPage';
import { addColleague } from './pages/ResearchPages';
import { dateAhead, planSession, SessionDetailPage, SessionFormPage } from './pages/SessionPages';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HR = { name: 'Sanne de Vries', institution: 'ROC Rijnland' };
const OTHER = { name: 'Joëlle Bakker', institution: 'Da Vinci College' };

test('HR exports a session; a member at another school previews, imports, sees and undoes it', async ({ page, host, browser }) => {
  test.setTimeout(120_000);
  const downloads = await mkdtemp(path.join(os.tmpdir(), 'masternetwerk-e2e-bundles-'));
  const app = new AppPage(page);
  await app.open(host.url);
  await new OnboardingPage(page).createMyProfile(HR);
  await addColleague(page, { name: 'Ümit Ünal', institution: 'ROC Rijnland' });

  // HR plans the session with a programme and an attendee, and exports it.
  const session = await planSession(page, { title: 'Netwerkcafé Formatief handelen', theme: 'Feedback', date: dateAhead(30), capacity: '20' });
  await session.addItem({ kind: 'Presentatie', title: 'Onderzoek uit het netwerk', minutes: '30', presenters: ['Ümit Ünal'] });
  await session.registerGuest('Gast Persoon', 'gast@voorbeeld.nl');
  await expect(session.announcement).toHaveText('Gast Persoon is aangemeld.');
  await page.getByRole('link', { name: 'Exporteren' }).click();

  const exchange = new ExchangePages(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Pakket exporteren' })).toBeVisible();
  await expect(page.getByText('Het pakket bevat 1 netwerkcafé, 2 profielen.')).toBeVisible();
  // Before anything is written: whose personal data goes along, which fields, and what stays.
  await expect(exchange.personalData.getByRole('row')).toHaveCount(3);
  await expect(exchange.personalData.getByRole('row', { name: /Sanne de Vries/ })).toContainText('naam, instelling');
  await expect(page.getByText('De deelnemerslijst van 1 netwerkcafé (namen en e-mailadressen, ook van gasten)')).toBeVisible();
  // The picture shows what matters here: the personal data, above the sticky save bar.
  await exchange.personalData.evaluate((table) => table.scrollIntoView({ block: 'center' }));
  await checkScreen(page, 'exchange-01-export-preview');
  const bundle = await exchange.saveBundle(downloads);
  expect(path.basename(bundle)).toMatch(/^netwerkcafe-formatief-handelen-\d{4}-\d{2}-\d{2}\.mnw$/);
  const confirmation = page.getByRole('status').filter({ hasText: 'is opgeslagen met 3 onderdelen' });
  await expect(confirmation).toBeVisible();
  // The confirmation with the fingerprint is brought into view, and focus moves to it (a screen reader reads it).
  await expect(confirmation).toBeFocused();
  await expect(confirmation.locator('.fingerprint')).toBeInViewport({ ratio: 1 });
  await checkScreen(page, 'exchange-01b-export-saved');
  const fingerprint = (await page.locator('.notice .fingerprint').textContent())!;

  // Another member, another install and data directory, with her own profile.
  const other = await otherInstall(browser, OTHER);
  try {
    const theirs = other.page;
    const theirExchange = new ExchangePages(theirs);
    await theirExchange.openOverview();
    await expect(theirs.getByText('Er is nog niets geïmporteerd dat je ongedaan kunt maken.')).toBeVisible();
    await checkScreen(theirs, 'exchange-02-overview-empty');
    await theirs.getByRole('link', { name: 'Pakket importeren' }).click();
    await theirExchange.chooseBundle(bundle);

    await expect(theirs.getByRole('heading', { level: 1, name: 'Wat deze import verandert' })).toBeVisible();
    await expect(theirs.getByText('Ondertekend met een onbekende sleutel')).toBeVisible();
    // The fingerprint shown is the one HR saw when exporting: they can compare by phone.
    await expect(theirs.locator('.signature .fingerprint')).toHaveText(fingerprint);
    await expect(theirExchange.changeRow('Profielen')).toContainText('2');
    await expect(theirExchange.changeRow('Netwerkcafés').getByRole('cell').first()).toHaveText('1');
    await checkScreen(theirs, 'exchange-03-import-preview');
    await theirs.getByRole('button', { name: 'Importeren (3 wijzigingen)' }).click();

    await expect(theirs.getByRole('heading', { level: 1, name: 'Import voltooid' })).toBeVisible();
    await expect(theirs.getByText('3 onderdelen veranderd: 3 nieuw, 0 bijgewerkt, 0 verwijderd; 0 ongewijzigd.')).toBeVisible();
    await theirs.getByRole('link', { name: 'Netwerkcafé bekijken' }).click();
    const arrived = new SessionDetailPage(theirs);
    await expect(arrived.title).toHaveText('Netwerkcafé Formatief handelen');
    await expect(arrived.programmeItems).toContainText(['Onderzoek uit het netwerk']);
    await expect(arrived.programme.getByRole('link', { name: 'Ümit Ünal' })).toBeVisible();
    // The guest's name and e-mail address stayed with HR.
    await expect(arrived.attendees.getByText('Nog niemand aangemeld.')).toBeVisible();
    const sessionUrl = theirs.url();

    // Undo restores the state before the import.
    await theirExchange.openOverview();
    await expect(theirs.getByText(/Laatste import: netwerkcafe-formatief-handelen-.*\.mnw op/)).toBeVisible();
    await theirs.getByRole('button', { name: 'Laatste import ongedaan maken' }).click();
    await theirs.getByRole('dialog').getByRole('button', { name: 'Ja, ongedaan maken' }).click();
    await expect(new AppPage(theirs).notice).toContainText('De import is ongedaan gemaakt: 0 teruggezet, 3 verwijderd.');
    await theirs.goto(sessionUrl);
    await expect(theirs.getByRole('heading', { level: 1, name: 'Dit netwerkcafé bestaat niet (meer)' })).toBeVisible();

    // Dropping the bundle on the window starts the same check again.
    await theirExchange.openOverview();
    await theirExchange.dropFile(path.basename(bundle), await readFile(bundle));
    await expect(theirs.getByRole('heading', { level: 1, name: 'Wat deze import verandert' })).toBeVisible();
    await expect(theirs.getByRole('button', { name: 'Importeren (3 wijzigingen)' })).toBeEnabled();
  } finally {
    await other.close();
    await rm(downloads, { recursive: true, force: true });
  }
});

test('an edit on each side of the same session shows as a conflict, and the user picks the value', async ({ page, host, browser }) => {
  test.setTimeout(120_000);
  const downloads = await mkdtemp(path.join(os.tmpdir(), 'masternetwerk-e2e-bundles-'));
  await new AppPage(page).open(host.url);
  await new OnboardingPage(page).createMyProfile(HR);
  const hrSession = await planSession(page, { title: 'Netwerkcafé Onderzoek in de klas', date: dateAhead(25), location: 'Aula' });
  const hrUrl = page.url();
  const exchange = new ExchangePages(page);
  await page.getByRole('link', { name: 'Exporteren' }).click();
  const first = await exchange.saveBundle(downloads);

  const other = await otherInstall(browser, OTHER);
  try {
    const theirs = other.page;
    const theirExchange = new ExchangePages(theirs);
    await theirExchange.openOverview();
    await theirs.getByRole('link', { name: 'Pakket importeren' }).click();
    await theirExchange.chooseBundle(first);
    // Having compared the fingerprint, they trust HR's key from now on.
    await theirs.getByLabel('Ik heb de vingerafdruk met de afzender vergeleken: vertrouw deze sleutel voortaan.').check();
    await theirs.getByRole('button', { name: /^Importeren/ }).click();
    await theirs.getByRole('link', { name: 'Netwerkcafé bekijken' }).click();
    // This is HR's own laptop: it speaks for HR, who organises the café, so its edit is an owner's edit (docs/security.md).
    const hrMe = (await invoke(host.url, 'app:info')).settings.meId!;
    await invoke(other.url, 'settings:update', { meId: hrMe });
    await theirs.getByRole('link', { name: 'Bewerken' }).click();
    await new SessionFormPage(theirs).field('Locatie').fill('Online via Teams');
    await new SessionFormPage(theirs).submit('Wijzigingen opslaan');
    await expect(theirs.getByText('Online via Teams')).toBeVisible();

    // Meanwhile HR moves it to another room and sends the session again.
    await page.goto(hrUrl);
    await expect(hrSession.title).toBeVisible();
    await page.getByRole('link', { name: 'Bewerken' }).click();
    await new SessionFormPage(page).field('Locatie').fill('Aula, gebouw B');
    await new SessionFormPage(page).submit('Wijzigingen opslaan');
    await page.getByRole('link', { name: 'Exporteren' }).click();
    const second = await exchange.saveBundle(downloads);

    await theirExchange.openOverview();
    await theirs.getByRole('link', { name: 'Pakket importeren' }).click();
    await theirExchange.chooseBundle(second);
    await expect(theirs.getByText('Ondertekend door een bekende collega: Sanne de Vries')).toBeVisible();
    await expect(theirExchange.changeRow('Netwerkcafés')).toContainText('1');
    await expect(theirs.getByText('zowel hier als bij de afzender gewijzigd')).toBeVisible();
    await theirs.getByRole('button', { name: /^Importeren/ }).click();
    await expect(theirs.getByText('1 onderdeel was aan beide kanten gewijzigd: kies welke waarde geldt.')).toBeVisible();
    await theirs.getByRole('link', { name: 'Conflicten bekijken' }).click();

    const card = theirs.getByRole('listitem').filter({ has: theirs.getByRole('heading', { name: 'Netwerkcafé Onderzoek in de klas Locatie' }) });
    await expect(card).toContainText('Op deze computer');
    await expect(card).toContainText('Online via Teams');
    await expect(card).toContainText('Aula, gebouw B');
    await checkScreen(theirs, 'exchange-08-conflict');
    await card.getByRole('button', { name: 'Deze waarde overnemen' }).click();
    await expect(new AppPage(theirs).notice).toContainText('Keuze opgeslagen voor Locatie');
    await expect(theirs.getByText('Alles uit eerdere imports is samengevoegd zonder dat er iets botste.')).toBeVisible();
    await theirExchange.openOverview();
    await expect(theirs.getByText('Geen conflicten')).toBeVisible();
  } finally {
    await other.close();
    await rm(downloads, { recursive: true, force: true });
  }
});

test.describe('on one install', () => {
  test.beforeEach(async ({ page, host }) => {
    await new AppPage(page).open(host.url);
    await new OnboardingPage(page).createMyProfile(HR);
  });

  test('a file that is not a bundle is refused with a Dutch reason and changes nothing', async ({ page }) => {
    const exchange = new ExchangePages(page);
    await exchange.openOverview();
    await page.getByRole('link', { name: 'Pakket importeren' }).click();
    await expect(page.getByText('Sleep een pakket (.mnw) op dit venster')).toBeVisible();
    await checkScreen(page, 'exchange-04-import-choose');
    await exchange.chooseBundle({ name: 'deelnemers.mnw', mimeType: 'application/octet-stream', buffer: Buffer.from('Naam;E-mail\r\nAnna;anna@voorbeeld.nl\r\n') });
    await expect(page.getByRole('heading', { level: 1, name: 'Dit pakket is geweigerd' })).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Dit is geen Masternetwerk-pakket: het bestand is geen zip-archief.');
    await expect(alert).toContainText('Er is niets veranderd aan je gegevens.');
    await expect(alert).toContainText('Technische melding (not_zip)');
    await checkScreen(page, 'exchange-05-refused');
    await exchange.openOverview();
    await expect(page.getByText('Er is nog niets geïmporteerd dat je ongedaan kunt maken.')).toBeVisible();
  });

  test('a bundle that carries an attendee list: the preview says the guests stay out, and they do', async ({ page, host }) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'masternetwerk-e2e-guests-'));
    const file = path.join(dir, 'met-gasten.mnw');
    const { sessionId } = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/e2e/makeGuestBundle.ts'), file], { cwd: ROOT, encoding: 'utf8' }),
    ) as { sessionId: string };
    const exchange = new ExchangePages(page);
    await exchange.openOverview();
    await page.getByRole('link', { name: 'Pakket importeren' }).click();
    await exchange.chooseBundle(file);
    await expect(page.getByRole('heading', { level: 1, name: 'Wat deze import verandert' })).toBeVisible();
    await expect(page.getByText('Het pakket bevat 2 deelnemers van netwerkcafés. Deelnemerslijsten worden nooit uitgewisseld')).toBeVisible();
    await expect(page.getByText('Het pakket verwijdert 3 onderdelen die hier nooit hebben bestaan.')).toBeVisible();
    // Scrolled so both notes clear the sticky action bar.
    await page.getByText('6 onderdelen veranderen').scrollIntoViewIfNeeded();
    await checkScreen(page, 'exchange-preview-notes');
    await page.getByRole('button', { name: /^Importeren/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import voltooid' })).toBeVisible();
    expect((await invoke(host.url, 'sessions:get', { id: sessionId })).session.attendees).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  });

  test('conflicts list is empty until both sides change the same field', async ({ page }) => {
    const exchange = new ExchangePages(page);
    await exchange.openOverview();
    await expect(page.getByText('Geen conflicten: alles is samengevoegd zonder dat er iets verloren ging.')).toBeVisible();
    await page.goto(page.url().replace(/#.*$/, '#/exchange/conflicts'));
    await expect(page.getByText('Alles uit eerdere imports is samengevoegd zonder dat er iets botste.')).toBeVisible();
    await checkScreen(page, 'exchange-06-conflicts-empty');
  });

  test('colleagues from an HR spreadsheet: preview with bad rows by line, then added', async ({ page }) => {
    const exchange = new ExchangePages(page);
    await exchange.openOverview();
    await page.getByRole('link', { name: 'Spreadsheet importeren' }).click();
    const sheet = iconv.encode(
      [
        'Naam;E-mail;Instelling;Team;Expertise',
        'Ümit Ünal;umit@rijnland.nl;ROC Rijnland;Techniek;"formatief handelen, didactiek"',
        "Hélène 't Hart;helene@davinci.nl;Da Vinci College;Zorg;feedback",
        ';leeg@voorbeeld.nl;ROC Rijnland;;',
        'Piet Bakker;UMIT@rijnland.nl;ROC Rijnland;;',
      ].join('\r\n'),
      'windows-1252',
    );
    await exchange.chooseBundle({ name: 'hr-lijst.csv', mimeType: 'text/csv', buffer: sheet }, 'Spreadsheet kiezen');
    const preview = page.getByRole('region', { name: 'Voorbeeld van hr-lijst.csv' });
    await expect(preview.getByText('Gelezen als Windows-1252')).toBeVisible();
    await expect(preview.getByRole('table').getByRole('row')).toHaveCount(3);
    await expect(preview.getByRole('table')).toContainText("Hélène 't Hart");
    await expect(preview.getByRole('listitem')).toHaveText(['Regel 4: Naam ontbreekt.', 'Regel 5: dezelfde persoon staat al op regel 2.']);
    await checkScreen(page, 'exchange-07-members-csv-preview');
    await preview.getByRole('button', { name: "2 collega's toevoegen" }).click();
    await expect(page.getByText("2 collega's toegevoegd.")).toBeVisible();
    await page.getByRole('link', { name: "Naar de collega's" }).click();
    await expect(page.getByRole('link', { name: 'Ümit Ünal' })).toBeVisible();
  });
});
