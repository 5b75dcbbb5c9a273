import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { checkScreen } from './pages/accessibility';
import { AppPage } from './pages/AppPage';
import { LearningLogPage, PopPageObject } from './pages/LearningPages';
import { OnboardingPage } from './pages/OnboardingPage';
import { switchMe } from './pages/QuestionPages';
import { invoke } from './previewApi';

const ME = { name: 'Fenna Brouwer', institution: 'ROC Rijnland Vakcollege' };

test('log a learning activity: bad input is named at its field, the entry is private and in the learner report', async ({ page, host }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await new OnboardingPage(page).createMyProfile(ME);
  const log = new LearningLogPage(page);
  await log.open();
  await expect(page.getByText('Nog niets in je leerlog')).toBeVisible();
  await checkScreen(page, 'learning-01-empty');

  await page.getByRole('link', { name: 'Leeractiviteit toevoegen' }).first().click();
  await log.field('Titel').fill('   ');
  await log.save();
  await expect(log.errorOf('Titel')).toHaveText('Geef de leeractiviteit een titel.');
  await expect(log.errorOf('Soort leeractiviteit')).toHaveText('Kies een van de elf soorten leeractiviteit.');
  await expect(log.field('Titel')).toBeFocused();
  await checkScreen(page, 'learning-02-form-errors', { fullPage: true });

  await log.field('Datum').fill('2026-03-14');
  await log.field('Titel').fill('Gesprek met praktijkopleiders over stage');
  await log.field('Soort leeractiviteit').selectOption({ label: '2. Interactie, discussie, samenwerken en delen' });
  await log.field(/^3\. Leeropbrengsten/).fill('Studenten missen feedback halverwege de stage.');
  await expect(page.getByRole('radio', { name: /Alleen ik \(privé\)/ })).toBeChecked();
  await log.save();

  await expect(page.getByRole('heading', { level: 1, name: 'Gesprek met praktijkopleiders over stage' })).toBeVisible();
  await expect(page.locator('.learning-entry')).toContainText('Studenten missen feedback halverwege de stage.');
  await expect(page.locator('.learning-entry .badge--visibility')).toHaveText('Privé');
  await checkScreen(page, 'learning-03-entry');

  await log.open();
  await expect(log.rows).toHaveCount(1);
  await expect(log.rows.first()).toContainText('2. Interactie, discussie, samenwerken en delen');
  // A period whose end lies before its start is named at the field, not silently ignored.
  await page.getByLabel('Van', { exact: true }).fill('2026-06-01');
  await page.getByLabel('Tot en met', { exact: true }).fill('2026-01-01');
  await expect(page.locator('#learning-filter-to-error')).toHaveText('De einddatum ligt vóór de begindatum.');
  await page.getByLabel('Van', { exact: true }).fill('2026-01-01');
  await page.getByLabel('Tot en met', { exact: true }).fill('2026-12-31');
  await expect(log.rows).toHaveCount(1);
  await checkScreen(page, 'learning-04-log', { fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Leerverslag als Markdown' }).click();
  const file = await (await download).path();
  const markdown = await readFile(file, 'utf8');
  expect(markdown).toContain('# Leerverslag Fenna Brouwer');
  expect(markdown).toContain('## 2. Interactie, discussie, samenwerken en delen (informeel)');
  expect(markdown).toContain('**3. Leeropbrengsten** — Studenten missen feedback halverwege de stage.');

  // Private: nothing of it leaves in a bundle.
  const preview = await invoke(host.url, 'bundles:exportPreview', { scope: { kind: 'all' } });
  expect(preview.counts.learning).toBe(0);
  expect(preview.left.personal).toBe(1);
});

test('a POP with a SMARTI goal: an end before the start is refused at the field, steps and progress are kept', async ({ page, host }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await new OnboardingPage(page).createMyProfile(ME);
  const pop = new PopPageObject(page);
  await pop.open();
  await expect(page.getByText('Nog geen doelen.')).toBeVisible();
  await pop.form.getByRole('button', { name: 'Doel toevoegen' }).click();
  const goal = pop.goal(0);
  await goal.getByLabel('Doel in één zin').fill('Formatief handelen in mijn lessen');
  await goal.getByLabel('Specifiek — wat precies?').fill('Elke les eindigt met een exit ticket.');
  await goal.getByLabel('Meetbaar — hoe weet je dat het gelukt is?').fill('80% van mijn lessen.');
  await goal.getByLabel('Acceptabel — afgesproken met wie?').fill('Mijn teamleider');
  await goal.getByLabel('Tijdgebonden — start').fill('2026-09-01');
  await goal.getByLabel('Tijdgebonden — einde').fill('2026-02-01');
  await goal.getByRole('button', { name: 'Stap toevoegen' }).click();
  await goal.getByLabel('Stap', { exact: true }).fill('Drie exit tickets uitproberen');
  await goal.getByLabel('Klaar').check();
  await goal.getByRole('button', { name: 'Stap toevoegen' }).click();
  await goal.getByLabel('Stap', { exact: true }).nth(1).fill('Ervaringen delen in het team');
  await pop.save();
  await expect(goal.locator('#pop-goals-0-end-error')).toHaveText('De einddatum ligt vóór de startdatum.');
  await expect(goal.getByLabel('Tijdgebonden — einde')).toBeFocused();
  await checkScreen(page, 'pop-01-error', { fullPage: true });

  await goal.getByLabel('Tijdgebonden — einde').fill('2027-02-01');
  await pop.save();
  await expect(page.getByText('Je POP is opgeslagen.')).toBeVisible();
  // Progress comes from the steps: one of two done; the plan is due for renewal four years after it was drawn up.
  await expect(pop.goal(0).locator('.pop-progress')).toContainText('1 van 2 stappen en acties klaar');
  await expect(page.locator('.pop-form .notice').first()).toContainText('Vernieuwen uiterlijk');

  await page.goto(await host.restart());
  await pop.open();
  await expect(pop.goal(0).getByLabel('Doel in één zin')).toHaveValue('Formatief handelen in mijn lessen');
  await expect(pop.goal(0).getByLabel('Stap', { exact: true })).toHaveCount(2);
  await checkScreen(page, 'pop-02-saved', { fullPage: true });
});

test.describe('with the demo network', () => {
  test.use({ demo: true });

  test('team overview shows counts only for groups of five or more; a café is logged with one click', async ({ page, host }) => {
    const app = new AppPage(page);
    await app.open(host.url);
    await new OnboardingPage(page).createMyProfile(ME);
    await app.goTo('Teamoverzicht');
    await expect(app.heading('Teamoverzicht')).toBeVisible();
    const table = page.getByRole('table', { name: 'Leeractiviteiten per soort en team' });
    await expect(table).toBeVisible();
    const overview = await invoke(host.url, 'team:overview', {});
    const shown = overview.teams.filter((r) => !r.suppressed);
    const hidden = overview.teams.filter((r) => r.suppressed);
    expect(shown.length).toBeGreaterThan(0);
    expect(hidden.length).toBeGreaterThan(0);
    await expect(table.getByText('te weinig deelnemers')).toHaveCount(hidden.length);
    for (const row of shown) expect(row.contributors).toBeGreaterThanOrEqual(5);
    await checkScreen(page, 'team-01-overview', { fullPage: true });

    // Someone who attended a café logs it from the session page.
    const sessions = await invoke(host.url, 'sessions:list', { view: 'past' });
    const session = sessions.items[0]!.session;
    const attendee = session.attendees.find((a) => a.memberId && !session.programme.some((p) => p.presenterIds.includes(a.memberId!)))!;
    await switchMe(page, attendee.memberId!);
    await page.evaluate((id) => void (location.hash = `#/sessions/${id}`), session.id);
    const button = page.getByRole('button', { name: 'Zet in mijn leerlog' });
    await expect(button).toBeVisible();
    await button.click();
    await expect(page.getByText('In je leerlog gezet.')).toBeVisible();
    await checkScreen(page, 'learning-05-cafe-logged');
    const mine = await invoke(host.url, 'learning:list', {});
    const logged = mine.items.find((e) => e.links.sessionId === session.id)!;
    expect(logged.title).toBe(`Netwerkcafé bijgewoond: ${session.title}`);
    expect(logged.visibility).toBe('prive');

    // The organiser issues a presenter's badge on the café page; it shows on the presenter's profile and can be exported as the signed file.
    const presenterId = session.programme.flatMap((p) => p.presenterIds)[0]!;
    const presenter = await invoke(host.url, 'members:get', { id: presenterId });
    await switchMe(page, session.organiserIds[0]!);
    await page.evaluate((id) => void (location.hash = `#/sessions/${id}`), session.id);
    const issuing = page.getByRole('region', { name: 'Badges voor presentatoren' });
    await issuing.getByRole('button', { name: `Badge uitreiken aan ${presenter.name}` }).click();
    await expect(page.getByText(`Badge uitgereikt aan ${presenter.name}.`)).toBeVisible();
    await issuing.scrollIntoViewIfNeeded();
    await checkScreen(page, 'learning-06-cafe-badges');
    const badge = (await invoke(host.url, 'badges:list', { memberId: presenterId })).find((b) => b.source === 'cafe' && b.sourceId === session.id)!;
    await page.evaluate((id) => void (location.hash = `#/members/${id}`), presenterId);
    const badges = page.getByRole('region', { name: 'Badges' });
    await expect(badges.getByText(badge.name)).toBeVisible();
    const download = page.waitForEvent('download');
    await badges.locator('.badge-card', { hasText: badge.name }).getByRole('button', { name: 'Exporteren' }).click();
    expect((await readFile(await (await download).path(), 'utf8')).trim()).toBe(badge.jws);
    await badges.scrollIntoViewIfNeeded();
    await checkScreen(page, 'learning-06-profile-badges');
  });
});
