import { expect, test } from './fixtures';
import { ActivityFormPage, OverviewPage } from './pages/ActivityPages';
import { AppPage } from './pages/AppPage';
import { checkScreen } from './pages/accessibility';
import { OnboardingPage } from './pages/OnboardingPage';

test.use({ demo: true });

test.beforeEach(async ({ page, host }) => {
  await new AppPage(page).open(host.url);
  await new OnboardingPage(page).createMyProfile({ name: 'Hélène van der Berg', institution: 'ROC Rijnland Vakcollege' });
});

test('the overview shows charts with tables; a number opens the records behind it, by keyboard too', async ({ page }) => {
  test.setTimeout(120_000); // the demo network's overview page is long: axe checks all of it
  const app = new AppPage(page);
  await app.goTo('Overzicht');
  const overview = new OverviewPage(page);
  await overview.expectLoaded();
  // The demo has 60 activities over the four areas; the table says how many per area.
  const innovatie = overview.number('Activiteiten per gebied', 'Innovatie');
  const count = Number(await innovatie.textContent());
  expect(count).toBeGreaterThan(0);
  await expect(page.getByRole('region', { name: 'Activiteiten per fase' }).getByRole('img')).toHaveCount(0); // the chart image is decorative; the table carries it
  await checkScreen(page, 'activities-01-overview', { fullPage: true });

  await innovatie.focus();
  await page.keyboard.press('Enter');
  await expect(overview.records.getByRole('heading')).toBeFocused();
  await expect(overview.records.getByRole('listitem')).toHaveCount(count);
  await checkScreen(page, 'activities-02-overview-records');
  const first = overview.records.getByRole('link').first();
  const title = (await first.textContent())!;
  await first.click();
  await expect(app.heading(title)).toBeVisible();
  await expect(page.getByText('Innovatie').first()).toBeVisible();
  await checkScreen(page, 'activities-03-activity');

  // A period that ends before it starts is said at the field; the numbers wait for a valid period.
  await app.goTo('Overzicht');
  await overview.expectLoaded();
  await page.getByLabel('Van').fill('2026-05-01');
  await page.getByLabel('Tot en met').fill('2026-01-01');
  await expect(page.getByLabel('Tot en met')).toHaveAccessibleDescription('De einddatum ligt vóór de begindatum. Kies een latere datum.');
  await expect(page.getByRole('button', { name: 'Rapport (PDF)' })).toBeDisabled();
});

test('add an activity: bad input is explained at the field; links show both ways; edit keeps the rest', async ({ page }) => {
  const app = new AppPage(page);
  await app.goTo('Activiteiten');
  await page.getByRole('link', { name: 'Activiteit toevoegen' }).click();
  const form = new ActivityFormPage(page);
  await form.field('Titel').fill('Werkplaats formatief handelen');
  await form.field(/^Startdatum/).fill('2026-03-01');
  await form.field(/^Einddatum/).fill('2026-02-01');
  await form.form.getByRole('textbox', { name: /^Effect op het team/ }).fill('x'.repeat(10_000));
  await form.save();
  // Nothing was saved: still the form, with a Dutch message at each field.
  await expect(form.errorOf('area')).toHaveText('Kies minstens één gebied.');
  await expect(form.errorOf('endDate')).toHaveText('De einddatum ligt vóór de startdatum. Kies een latere einddatum.');
  await expect(form.errorOf('effect')).toHaveText('Deze tekst is te lang: gebruik hoogstens 4.000 tekens.');
  await expect(form.form.getByRole('checkbox', { name: 'Innovatie' })).toBeFocused();
  await checkScreen(page, 'activities-04-form-errors', { fullPage: true });

  await form.form.getByRole('checkbox', { name: 'Vakinhoud' }).check();
  await form.field(/^Einddatum/).fill('2026-06-30');
  await form.form.getByRole('textbox', { name: /^Effect op het team/ }).fill('Collega’s geven vaker korte feedback tijdens de les.');
  await form.form.getByRole('button', { name: 'Partner toevoegen' }).click();
  await form.field('Naam of omschrijving van partner 1').fill('sectie Nederlands');
  const research = await form.form.getByLabel('Kies onderzoek…').locator('option').nth(1).textContent();
  await form.linkResearch(research!);
  await form.save();

  await expect(app.heading('Werkplaats formatief handelen')).toBeVisible();
  await expect(app.notice).toContainText('is opgeslagen');
  await expect(page.getByRole('region', { name: 'Masteropgeleide docent(en)' })).toContainText('Hélène van der Berg');
  await expect(page.getByText('sectie Nederlands')).toBeVisible();
  await checkScreen(page, 'activities-05-activity-new', { fullPage: true });

  // The research page lists the activity that used it, and leads back to it.
  await page.getByRole('region', { name: 'Gekoppeld aan' }).getByRole('link', { name: research! }).click();
  await expect(app.heading(research!)).toBeVisible();
  const related = page.getByRole('region', { name: 'Activiteiten die dit gebruiken' });
  await expect(related.getByRole('link', { name: 'Werkplaats formatief handelen' })).toBeVisible();
  await related.getByRole('link', { name: 'Werkplaats formatief handelen' }).click();

  await page.getByRole('link', { name: 'Bewerken' }).click();
  await form.field('Titel').fill('Werkplaats formatief handelen 2.0');
  await form.form.getByRole('combobox', { name: 'Fase' }).selectOption('Geborgd');
  await form.save();
  await expect(app.heading('Werkplaats formatief handelen 2.0')).toBeVisible();
  await expect(page.getByText('Geborgd').first()).toBeVisible();
  await expect(page.getByText('sectie Nederlands')).toBeVisible();
});
