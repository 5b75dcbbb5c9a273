import { readFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { expect, test } from './fixtures';
import { checkScreen } from './pages/accessibility';
import { AppPage } from './pages/AppPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { addColleague } from './pages/ResearchPages';
import { dateAhead, planSession, SessionDetailPage, SessionFormPage, SessionListPage } from './pages/SessionPages';

const HR = { name: 'Sanne de Vries', institution: 'ROC Rijnland' };

/** How the page shows a start: `za 14 mrt 2026, 15:30` (Dutch, 24-hour clock). */
const dutchStart = (date: string, time: string) =>
  new Intl.DateTimeFormat('nl-NL', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(`${date}T${time}:00Z`),
  );

test.describe('as HR on a new install', () => {
  test.beforeEach(async ({ page, host }) => {
    await new AppPage(page).open(host.url);
    await new OnboardingPage(page).createMyProfile(HR);
  });

  test('empty lists say what to do next', async ({ page }) => {
    const list = new SessionListPage(page);
    await list.open();
    await expect(page.getByText('Er staat nog geen netwerkcafé gepland')).toBeVisible();
    await checkScreen(page, 'sessions-01-empty-upcoming');
    await list.show('Afgelopen');
    await expect(page.getByText('Nog geen afgelopen netwerkcafés')).toBeVisible();
    await list.show('Van mij');
    await expect(page.getByText('Je bent nog bij geen netwerkcafé betrokken')).toBeVisible();
    await checkScreen(page, 'sessions-01-empty-mine');
  });

  test('plans a session with a programme in order, fills it up to a waiting list, and writes the report', async ({ page }) => {
    await addColleague(page, { name: 'Ümit Ünal', institution: 'ROC Rijnland' });
    await addColleague(page, { name: "Joëlle 't Hart", institution: 'Da Vinci College' });
    const date = dateAhead(40);
    const session = await planSession(page, {
      title: 'Netwerkcafé Formatief handelen',
      theme: 'Feedback in de beroepspraktijk',
      date,
      time: '15:30',
      location: 'ROC Rijnland, personeelsrestaurant',
      capacity: '2',
      description: 'We beginnen met **wat goed gaat**.',
    });
    await expect(new AppPage(page).notice).toContainText('is opgeslagen');
    await expect(page.getByText(`${dutchStart(date, '15:30')}–17:30`)).toBeVisible();
    await expect(page.locator('.markdown strong')).toHaveText('wat goed gaat');

    // The programme, with a running total against the two hours.
    await expect(session.programme.getByText('Nog geen programma')).toBeVisible();
    await session.addItem({ kind: 'Presentatie', title: 'Onderzoek uit het netwerk', minutes: '30', presenters: ['Ümit Ünal'] });
    await session.addItem({ kind: 'Rondetafel', title: 'Vragen uit de vraagbank', minutes: '45' });
    await session.addItem({ kind: 'Informeel', title: 'Napraten', minutes: '15' });
    await expect(session.programme.getByText('Samen 90 van 120 minuten.')).toBeVisible();
    await expect(session.programme.getByText('Er zijn nog 30 minuten over.')).toBeVisible();
    await expect(session.programmeItems.first()).toContainText('door Ümit Ünal');
    await expect(session.programmeItems.first().locator('.programme__slot')).toHaveText('15:30–16:00');

    // Reordering by keyboard: the focus stays on the moved item's button.
    const up = session.programme.getByRole('button', { name: '‘Napraten’ omhoog' });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => session.itemTitles()).toEqual(['Onderzoek uit het netwerk', 'Napraten', 'Vragen uit de vraagbank']);
    await expect(up).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => session.itemTitles()).toEqual(['Napraten', 'Onderzoek uit het netwerk', 'Vragen uit de vraagbank']);
    // At the top "up" is disabled: the focus moves to "down" of the same item.
    await expect(session.programme.getByRole('button', { name: '‘Napraten’ omlaag' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => session.itemTitles()).toEqual(['Onderzoek uit het netwerk', 'Napraten', 'Vragen uit de vraagbank']);

    // Two places: the third person waits, and moves up when someone cancels.
    await session.registerColleague('Ümit Ünal');
    await expect(session.announcement).toHaveText('Ümit Ünal is aangemeld.');
    await session.registerColleague("Joëlle 't Hart");
    await expect(session.announcement).toHaveText("Joëlle 't Hart is aangemeld.");
    await session.registerGuest('Gast Persoon', 'gast@voorbeeld.nl');
    await expect(session.announcement).toHaveText('Het netwerkcafé is vol: Gast Persoon staat op de wachtlijst.');
    await expect(session.attendees.getByText('2 van 2 plaatsen bezet')).toBeVisible();
    await expect(session.attendees.getByText('1 op de wachtlijst')).toBeVisible();
    await expect(session.attendees.getByText('nr. 1')).toBeVisible();
    await session.statusOf("Joëlle 't Hart").selectOption('afgemeld');
    await expect(session.announcement).toHaveText("Joëlle 't Hart is afgemeld. Gast Persoon schuift door van de wachtlijst.");
    await expect(session.statusOf('Gast Persoon')).toHaveValue('aangemeld');

    // "Me" in one click: the café is full, so I wait; cancelling takes me off again.
    await session.attendees.getByRole('button', { name: 'Ik meld me aan' }).click();
    await expect(session.announcement).toHaveText('Het netwerkcafé is vol: je staat op de wachtlijst.');
    await expect(session.attendees.getByText('Je staat op de wachtlijst (nr. 1).')).toBeVisible();
    // The status dropdown shows its whole longest text, and an address wraps only between its parts.
    const waitingSelect = session.statusOf(HR.name);
    await expect(waitingSelect).toHaveValue('wachtlijst');
    const fits = await waitingSelect.evaluate((el: HTMLSelectElement) => {
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = getComputedStyle(el).font;
      const longest = Math.max(...[...el.options].map((o) => context.measureText(o.text).width));
      // The text area is the width minus padding and the arrow (about 1.25em).
      const style = getComputedStyle(el);
      const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.25 * parseFloat(style.fontSize);
      return { room, longest };
    });
    expect(fits.room).toBeGreaterThanOrEqual(fits.longest);
    await expect(session.attendees.locator('.attendee__email').filter({ hasText: 'gast@voorbeeld.nl' }).locator('wbr')).toHaveCount(2);
    await checkScreen(page, 'sessions-03-session-page', { fullPage: true });
    await session.attendees.getByRole('button', { name: 'Afmelden' }).click();
    await expect(session.announcement).toHaveText(`${HR.name} is afgemeld.`);
    await expect(session.attendees.getByRole('button', { name: 'Ik meld me aan' })).toBeVisible();

    // The calendar file and the attendee list are downloads.
    const ics = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Toevoegen aan agenda (.ics)' }).click();
    const icsFile = await ics;
    expect(icsFile.suggestedFilename()).toBe(`netwerkcafe-formatief-handelen-${date}.ics`);
    const calendar = (await readFile((await icsFile.path())!, 'utf8')).replace(/\r\n /g, '');
    expect(calendar).toContain('SUMMARY:Netwerkcafé Formatief handelen');
    expect(calendar).toContain(`DTSTART;TZID=Europe/Amsterdam:${date.replace(/-/g, '')}T153000`);
    expect(calendar).toContain('Presentatie: Onderzoek uit het netwerk (Ümit Ünal)');
    const csv = page.waitForEvent('download');
    await session.attendees.getByRole('button', { name: 'Exporteren (CSV)' }).click();
    const list = await readFile((await (await csv).path())!, 'utf8');
    expect(list).toContain('Gast Persoon;gast@voorbeeld.nl;aangemeld');
    expect(list).toContain("Joëlle 't Hart;;afgemeld");

    // The report: Markdown shown safely, and an action that appears on its owner's profile.
    await session.report.getByRole('button', { name: 'Verslag schrijven' }).click();
    await session.report.getByLabel('Verslag', { exact: true }).fill('## Wat ging goed\n\n- Veel **praktijkvoorbeelden**\n\n<script>alert(1)</script>');
    await session.report.getByLabel('Opbrengsten').fill('Drie teams gaan verder met feedback.');
    await session.report.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(session.report.getByLabel('Actie', { exact: true })).toBeFocused();
    await session.report.getByLabel('Actie', { exact: true }).fill('Intervisie plannen');
    await session.report.getByLabel('Wie').selectOption({ label: 'Ümit Ünal' });
    await session.report.getByLabel('Klaar op').fill(dateAhead(60));
    await session.report.getByRole('button', { name: 'Verslag opslaan' }).click();
    await expect(session.report.locator('.markdown li strong')).toHaveText('praktijkvoorbeelden');
    await expect(session.report.locator('script')).toHaveCount(0);
    await expect(session.report.locator('.action')).toContainText('Intervisie plannen');
    await session.report.getByRole('link', { name: 'Ümit Ünal' }).click();
    const actions = page.getByRole('region', { name: 'Acties uit netwerkcafés' });
    await expect(actions).toContainText('Intervisie plannen');
    await expect(actions.getByRole('link', { name: 'Netwerkcafé Formatief handelen' })).toBeVisible();

    // The lists: upcoming, and "mine" as organiser.
    const sessions = new SessionListPage(page);
    await sessions.open();
    const card = sessions.card('Netwerkcafé Formatief handelen');
    await expect(card).toContainText('2 van 2 plaatsen bezet');
    await expect(card).toContainText('Ik organiseer');
    await sessions.show('Van mij');
    await expect(sessions.cards).toHaveCount(1);
  });

  test('a café dated in the past is saved only once confirmed, then marks who attended; a long action is refused at its field, an overdue one flagged', async ({ page }) => {
    await addColleague(page, { name: 'Ümit Ünal', institution: 'ROC Rijnland' });
    const list = new SessionListPage(page);
    await list.open();
    await page.getByRole('link', { name: 'Netwerkcafé plannen' }).first().click();
    const form = new SessionFormPage(page);
    await form.fill({ title: 'Netwerkcafé Terugblik', date: dateAhead(-7), time: '15:30', capacity: '30' });
    // The warning is at the date, and the date field points to it.
    const warning = form.form.getByRole('status');
    await expect(warning).toHaveText(/deze datum en tijd liggen in het verleden/);
    await expect(form.field('Datum')).toHaveAttribute('aria-describedby', /session-past-warning/);
    const confirmPast = form.form.getByRole('checkbox', { name: 'Ja, de datum klopt: dit netwerkcafé is al geweest.' });
    await expect(confirmPast).not.toBeChecked();

    // Saving without confirming is not silent: nothing is saved, the box says why and has the focus.
    await form.submit();
    await expect(form.form.getByText('Deze datum ligt in het verleden. Vink aan dat dat klopt, of kies een latere datum.')).toBeVisible();
    await expect(form.form.getByRole('alert')).toHaveText('Er is 1 veld dat nog niet klopt. Het is hieronder gemarkeerd.');
    await expect(confirmPast).toBeFocused();
    await expect(confirmPast).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Netwerkcafé Terugblik');
    await checkScreen(page, 'sessions-06-past-date-unconfirmed');
    // A confirmation belongs to one moment: another past time asks again.
    await confirmPast.check();
    await form.field('Begintijd').fill('14:00');
    await expect(confirmPast).not.toBeChecked();
    await confirmPast.check();
    await form.submit();
    const session = new SessionDetailPage(page);
    await expect(session.title).toHaveText('Netwerkcafé Terugblik');

    // Editing it later without moving the date asks nothing; moving it to another past day asks again.
    await page.getByRole('link', { name: 'Bewerken', exact: true }).click();
    await form.field('Thema').fill('Wat ging goed');
    await expect(form.form.getByRole('checkbox')).toHaveCount(0);
    await form.field('Datum').fill(dateAhead(-8));
    await expect(confirmPast).toBeVisible();
    await form.field('Datum').fill(dateAhead(-7));
    await expect(confirmPast).toHaveCount(0);
    await form.submit('Wijzigingen opslaan');
    await expect(session.title).toHaveText('Netwerkcafé Terugblik');

    // After the date: who attended, not "places taken"; marking is one click per person.
    await session.registerColleague('Ümit Ünal');
    await expect(session.attendees.getByText('0 van 1 aangemelden waren aanwezig')).toBeVisible();
    await expect(session.attendees.getByText(/plaatsen bezet/)).toHaveCount(0);
    await expect(session.attendees.getByRole('button', { name: 'Ik meld me aan' })).toHaveCount(0);
    await session.attendees.getByRole('button', { name: 'Ümit Ünal was er' }).click();
    await expect(session.attendees.getByText('1 van 1 aangemelden waren aanwezig')).toBeVisible();
    await expect(session.attendees.getByRole('heading', { name: 'Aanwezig (1)' })).toBeVisible();
    await expect(session.attendees.getByRole('button', { name: 'Ümit Ünal was er' })).toHaveAttribute('aria-pressed', 'true');

    // A 10,000-character action is not cut silently: the field says the limit; long words wrap instead of widening the page.
    await session.report.getByRole('button', { name: 'Verslag schrijven' }).click();
    await session.report.getByLabel('Verslag', { exact: true }).fill(`Lang woord: ${'x'.repeat(3_000)}`);
    await session.report.getByRole('button', { name: 'Actie toevoegen' }).click();
    const action = session.report.getByLabel('Actie', { exact: true });
    await action.fill('y'.repeat(10_000));
    await expect(action).toHaveValue('y'.repeat(10_000));
    await expect(session.report.getByText('Te lang: 10.000 tekens, hoogstens 200. Maak het korter.')).toBeVisible();
    await expect(action).toHaveAttribute('aria-invalid', 'true');
    await session.report.getByRole('button', { name: 'Verslag opslaan' }).click();
    await expect(action).toBeVisible(); // not saved
    await action.fill(`Terugkoppeling ${'z'.repeat(150)}`);
    await session.report.getByLabel('Klaar op').fill(dateAhead(-2));
    await session.report.getByRole('button', { name: 'Verslag opslaan' }).click();
    const saved = session.report.locator('.action');
    await expect(saved).toContainText('Terugkoppeling');
    await expect(saved).toContainText('Te laat');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
    await checkScreen(page, 'sessions-05-past-session', { fullPage: true });
  });

  test('deletes a café after confirming: back to the list, which says so, and Back does not lead to the deleted page', async ({ page }) => {
    await planSession(page, { title: 'Netwerkcafé Opruimen', date: dateAhead(20), time: '15:30', capacity: '20' });
    await page.getByRole('button', { name: 'Verwijderen' }).click();
    const dialog = page.getByRole('dialog', { name: '‘Netwerkcafé Opruimen’ verwijderen?' });
    await expect(dialog).toContainText('Het netwerkcafé verdwijnt met programma, deelnemerslijst, verslag en acties.');
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect(page.getByText('Netwerkcafé ‘Netwerkcafé Opruimen’ is verwijderd.')).toBeVisible();
    await expect(page).toHaveURL(/#\/sessions$/);
    await expect(page.getByRole('link', { name: /Netwerkcafé Opruimen/ })).toHaveCount(0);
    // Back leads to the page before the café's (the form it was planned with), not to a page saying it is gone.
    await page.goBack();
    await expect(page).toHaveURL(/#\/sessions\/new$/);
  });

  test('imports an attendee list from Dutch Excel with a preview that names bad rows by line', async ({ page }) => {
    const session = await planSession(page, { title: 'Netwerkcafé Digitalisering', date: dateAhead(20), capacity: '10' });
    const sheet = iconv.encode(
      ['Naam;E-mail;Status', 'Coöperatie Gast;coop@voorbeeld.nl;aangemeld', 'Zonder Adres;geen-adres;', '"Bakker; Piet";piet@voorbeeld.nl;wachtlijst', 'Hélène Vink;helene@voorbeeld.nl;misschien'].join('\r\n'),
      'windows-1252',
    );
    const chooser = page.waitForEvent('filechooser');
    await session.attendees.getByRole('button', { name: 'Importeren uit CSV' }).click();
    await (await chooser).setFiles({ name: 'deelnemers.csv', mimeType: 'text/csv', buffer: sheet });
    const preview = session.attendees.getByRole('region', { name: 'Voorbeeld van deelnemers.csv' });
    await expect(preview.getByText('Gelezen als Windows-1252')).toBeVisible();
    await expect(preview.getByRole('row')).toHaveCount(3);
    await expect(preview.getByRole('row').nth(1)).toContainText('Coöperatie Gast');
    await expect(preview.getByRole('row').nth(2)).toContainText('Bakker; Piet');
    await expect(preview.getByRole('listitem')).toHaveText([
      'Regel 3: het e-mailadres is niet geldig.',
      'Regel 5: de status ‘misschien’ is onbekend; gebruik aangemeld, wachtlijst, aanwezig of afgemeld.',
    ]);
    await checkScreen(page, 'sessions-04-attendee-csv-preview', { fullPage: true });
    await preview.getByRole('button', { name: '2 wijzigingen toepassen' }).click();
    await expect(session.attendees.getByText('Deelnemerslijst bijgewerkt: 2 nieuw, 0 gewijzigd.')).toBeVisible();
    await expect(session.statusOf('Coöperatie Gast')).toHaveValue('aangemeld');
    // A place was free, so asking for the waiting list still gives one.
    await expect(session.statusOf('Bakker; Piet')).toHaveValue('aangemeld');
  });
});

test.describe('with the demo network', () => {
  test.use({ demo: true });

  test('the list of sessions and a session page with programme and attendees pass axe-core', async ({ page, host }) => {
    await new AppPage(page).open(host.url);
    await new OnboardingPage(page).createMyProfile(HR);
    const list = new SessionListPage(page);
    await list.open();
    // The demo's five sessions lie around today: the past months and at least one to come.
    await list.show('Komend');
    const upcoming = page.getByRole('list', { name: 'Komend' }).locator('.session-card');
    await expect(upcoming.first()).toBeVisible();
    const upcomingCount = await upcoming.count();
    await list.show('Afgelopen');
    await expect(page.getByRole('list', { name: 'Afgelopen' }).locator('.session-card')).toHaveCount(5 - upcomingCount);
    expect(upcomingCount).toBeGreaterThanOrEqual(1);
    await checkScreen(page, 'sessions-02-list', { fullPage: true });
    await list.cards.first().getByRole('link').first().click();
    const session = new SessionDetailPage(page);
    await expect(session.programmeItems).toHaveCount(4);
    await expect(session.attendees.locator('.attendee').first()).toBeVisible();
    await checkScreen(page, 'sessions-05-demo-session', { fullPage: true });
  });
});
