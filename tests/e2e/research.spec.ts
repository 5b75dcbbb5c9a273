import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { checkScreen } from './pages/accessibility';
import { AppPage } from './pages/AppPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { ProfilePage } from './pages/ProfilePage';
import { addColleague, ResearchDetailPage, ResearchFormPage, ResearchListPage } from './pages/ResearchPages';

const ME = { name: 'Hélène van der Berg', institution: 'ROC Rijnland' };
const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') });

test.beforeEach(async ({ page, host }) => {
  await new AppPage(page).open(host.url);
  await new OnboardingPage(page).createMyProfile(ME);
});

test('publish a result with a co-author and an attachment; it shows on both profiles and survives a restart', async ({ page, host }) => {
  const app = new AppPage(page);
  await addColleague(page, { name: 'Jan de Wit', institution: 'ROC Rijnland' });
  await app.goTo('Onderzoek');
  await expect(page.getByText('Nog geen onderzoek gedeeld')).toBeVisible();
  await page.getByRole('link', { name: 'Onderzoek toevoegen' }).first().click();

  const form = new ResearchFormPage(page);
  await expect(form.form.getByRole('list', { name: 'Gekozen: Auteurs' })).toHaveText(ME.name);
  await expect(form.form.getByRole('note')).toContainText('Onderzoek doe je zelden alleen');
  // Refused before anything is sent: too big, and not an allowed kind of file.
  await form.addFiles([
    { name: 'opname.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(26 * 1024 * 1024, 0x25) },
    { name: 'setup.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') },
  ]);
  await expect(form.attachmentProblems()).toContainText('„opname.pdf” is 26 MB en dat is te groot: een bijlage mag hoogstens 25 MB zijn.');
  await expect(form.attachmentProblems()).toContainText('„setup.exe” kan niet worden toegevoegd');
  // Refused by the app: the name says PDF, the bytes do not.
  await form.addFiles([{ name: 'nep.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>') }]);
  await expect(form.attachmentProblems()).toContainText('„nep.pdf” is niet wat de naam zegt');
  await expect(form.form.getByRole('list', { name: 'Bijlagen' })).toHaveCount(0);

  await form.fill({
    title: 'Feedback tijdens de beroepspraktijkvorming',
    coAuthors: ['Jan de Wit'],
    summary: 'Twee teams onderzochten hoe **korte feedbackmomenten** tijdens de stage werken.',
    tags: ['feedback', 'stage'],
    links: '10.1234/mbo.2024.7',
    files: [pdf('Rapport stagebegeleiding.pdf')],
  });
  await expect(form.form.getByRole('note')).toHaveCount(0);
  await form.publish();

  const detail = new ResearchDetailPage(page);
  await expect(detail.title).toHaveText('Feedback tijdens de beroepspraktijkvorming');
  await expect(app.notice).toContainText('is gepubliceerd');
  await expect(detail.people('Auteurs')).toHaveText([ME.name, 'Jan de Wit']);
  await expect(page.locator('.markdown strong')).toHaveText('korte feedbackmomenten');
  await expect(page.getByRole('link', { name: 'DOI 10.1234/mbo.2024.7' })).toHaveAttribute('href', 'https://doi.org/10.1234/mbo.2024.7');

  // The browser preview has no viewer to hand the file to: it offers the bytes as a download.
  const attachment = detail.attachments().filter({ hasText: 'Rapport stagebegeleiding.pdf' });
  await attachment.getByRole('button', { name: /^Openen/ }).click();
  await expect(attachment.getByRole('status')).toContainText('Hier kan het bestand niet met een programma worden geopend');
  const downloading = page.waitForEvent('download');
  await attachment.getByRole('button', { name: /^Downloaden/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Rapport stagebegeleiding.pdf');
  expect(await readFile((await download.path())!)).toEqual(pdf('x').buffer);

  await detail.people('Auteurs').filter({ hasText: 'Jan de Wit' }).click();
  await expect(new ProfilePage(page).section('Onderzoek').getByRole('link')).toHaveText(['Feedback tijdens de beroepspraktijkvorming']);

  await page.goto(await host.restart());
  await app.goTo('Mijn profiel');
  await new ProfilePage(page).section('Onderzoek').getByRole('link', { name: 'Feedback tijdens de beroepspraktijkvorming' }).click();
  await expect(detail.people('Auteurs')).toHaveText([ME.name, 'Jan de Wit']);
  await expect(detail.attachments()).toHaveCount(1);
  await app.goTo('Onderzoek');
  await expect(new ResearchListPage(page).card('Feedback tijdens de beroepspraktijkvorming')).toContainText('Door Hélène van der Berg, Jan de Wit');
});

test('export citations as files, and import a Zotero RIS file with a preview of what is skipped and why', async ({ page }) => {
  const app = new AppPage(page);
  await app.goTo('Onderzoek');
  await page.getByRole('link', { name: 'Onderzoek toevoegen' }).first().click();
  const form = new ResearchFormPage(page);
  await form.fill({ title: 'Co-teaching in de entreeopleiding' });
  await form.publish();
  await expect(new ResearchDetailPage(page).title).toHaveText('Co-teaching in de entreeopleiding');

  await app.goTo('Onderzoek');
  const list = new ResearchListPage(page);
  const all = await list.exportAs('RIS (Zotero, EndNote)', 'Alles exporteren');
  expect(all.suggestedFilename()).toBe('masternetwerk-onderzoek.ris');
  const ris = await readFile((await all.path())!, 'utf8');
  expect(ris).toContain('TI  - Co-teaching in de entreeopleiding');
  expect(ris).toContain('AU  - van der Berg, Hélène');

  await list.card('Co-teaching in de entreeopleiding').getByRole('checkbox').check();
  const one = await list.exportAs('CSL-JSON', '1 geselecteerde exporteren');
  const csl = JSON.parse(await readFile((await one.path())!, 'utf8')) as { title: string }[];
  expect(csl.map((item) => item.title)).toEqual(['Co-teaching in de entreeopleiding']);

  await page.getByRole('link', { name: 'Referenties importeren' }).click();
  const file = page.getByLabel('RIS- of CSL-JSON-bestand kiezen');
  await file.setInputFiles({ name: 'lijst.bib', mimeType: 'text/plain', buffer: Buffer.from('@article{x, title={Iets}}') });
  await expect(page.getByRole('alert')).toHaveText('Dit is een BibTeX-bestand. Dat kan niet worden geïmporteerd: exporteer in je referentiebeheerder als RIS of CSL JSON.');

  const zotero = [
    'TY  - RPRT', 'TI  - Feedback in de bol', 'AU  - Berg, Hélène van der', 'AU  - Jansen, Piet', 'PY  - 2023', 'KW  - feedback', 'ER  - ', '',
    'TY  - JOUR', 'TI  - Praktijkgericht onderzoek in het mbo', 'AU  - Smit, Anna', 'PY  - 2021', 'DO  - 10.5555/mbo.2021', 'ER  - ', '',
    'TY  - RPRT', 'AU  - Zonder, Titel', 'PY  - 2020', 'ER  - ', '',
  ].join('\r\n');
  await file.setInputFiles({ name: 'zotero.ris', mimeType: 'application/x-research-info-systems', buffer: Buffer.from(zotero) });
  await expect(page.getByRole('heading', { name: '2 referenties worden geïmporteerd' })).toBeVisible();
  await expect(page.getByText('#2 Praktijkgericht onderzoek in het mbo')).toBeVisible();
  await expect(page.getByText('zonder profiel: Piet Jansen')).toBeVisible();
  await expect(page.getByText('Geen van de auteurs heeft een profiel; jij staat als auteur vermeld.')).toBeVisible();
  const skipped = page.getByRole('region', { name: '1 referentie wordt overgeslagen' });
  await expect(skipped.getByRole('listitem')).toHaveText(['Referentie 3 heeft geen titel.']);

  await page.getByRole('button', { name: '2 concepten importeren' }).click();
  await expect(app.notice).toContainText('2 concepten geïmporteerd');
  await expect(page.getByRole('button', { name: 'Concepten', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(list.cards).toHaveCount(2);
  await expect(list.card('Feedback in de bol')).toContainText('Concept');

  await list.card('Feedback in de bol').getByRole('link').click();
  await page.getByRole('button', { name: 'Publiceren' }).click();
  await expect(app.notice).toContainText('Het onderzoek is gepubliceerd.');
  await app.goTo('Onderzoek');
  await page.getByRole('button', { name: 'Gepubliceerd', exact: true }).click();
  await expect(list.cards).toHaveCount(2);
});

test("a Zotero library keeps each reference's kind and journal or book: in the preview, on the page, in the form and in the export", async ({ page }) => {
  const app = new AppPage(page);
  await app.goTo('Onderzoek');
  await page.getByRole('link', { name: 'Referenties importeren' }).first().click();
  await page
    .getByLabel('RIS- of CSL-JSON-bestand kiezen')
    .setInputFiles({ name: 'bibliotheek.json', mimeType: 'application/json', buffer: await readFile(new URL('../fixtures/formats/zotero-library-19.json', import.meta.url)) });
  await expect(page.getByRole('heading', { name: '19 referenties worden geïmporteerd' })).toBeVisible();
  const entries = page.locator('.import-list__item');
  await expect(entries.nth(0).locator('.import-list__meta')).toHaveText(/^2023 · Artikel in een tijdschrift · Pedagogische Studiën · Door /);
  await expect(entries.nth(8).locator('.import-list__meta')).toHaveText(/^2023 · Congresbijdrage · Onderwijs Research Dagen 2023 · Door /);
  await checkScreen(page, 'research-07-import-publication');
  await page.getByRole('button', { name: '19 concepten importeren' }).click();
  await expect(app.notice).toContainText('19 concepten geïmporteerd');

  const list = new ResearchListPage(page);
  await list.card('Intervisie als motor van teamleren').getByRole('link').first().click();
  const publication = page.getByRole('region', { name: 'Publicatie' });
  await expect(publication.locator('dt')).toHaveText(['Soort publicatie', 'Verschenen in']);
  await expect(publication.locator('dd')).toHaveText(['Hoofdstuk in een boek', 'Leren op de werkplek in het mbo']);
  await checkScreen(page, 'research-08-page-publication', { fullPage: true });

  await page.getByRole('link', { name: 'Bewerken' }).click();
  const form = new ResearchFormPage(page);
  const kind = form.field(/^Soort publicatie/);
  const where = form.field(/^Verschenen in/);
  await expect(kind.locator('option:checked')).toHaveText('Hoofdstuk in een boek');
  await expect(where).toHaveValue('Leren op de werkplek in het mbo');
  await kind.selectOption({ label: 'Congresbijdrage' });
  // A limit is said at the field, not cut silently.
  await where.fill('Onderwijs Research Dagen '.repeat(9));
  await form.form.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(form.form.getByText('Dit is te lang: gebruik hoogstens 200 tekens.')).toBeVisible();
  await expect(where).toBeFocused();
  await where.fill('Onderwijs Research Dagen 2025');
  await checkScreen(page, 'research-09-form-publication', { fullPage: true });
  await form.form.getByRole('button', { name: 'Opslaan als concept' }).click();
  await expect(publication.locator('dd')).toHaveText(['Congresbijdrage', 'Onderwijs Research Dagen 2025']);

  await page.getByLabel('Exportformaat').selectOption({ label: 'BibTeX' });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Referentie downloaden' }).click();
  const bib = await readFile((await (await downloading).path())!, 'utf8');
  expect(bib).toMatch(/^@inproceedings\{/);
  expect(bib).toContain('booktitle = {Onderwijs Research Dagen 2025}');
});
