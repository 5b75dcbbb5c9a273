import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { ColleaguesPage } from './pages/ColleaguesPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { checkScreen } from './pages/accessibility';
import { ProfileFormPage } from './pages/ProfileFormPage';
import { ProfilePage } from './pages/ProfilePage';
import { invoke } from './previewApi';

test.use({ demo: true });

const ME = { name: 'Sanne Ünal', institution: 'Da Vinci College', function: 'Docent Nederlands' };

test.beforeEach(async ({ page, host }) => {
  await new AppPage(page).open(host.url);
  await new OnboardingPage(page).createMyProfile(ME);
  await new AppPage(page).goTo("Collega's");
});

test('browse demo colleagues, show more, filter by institution and open a profile', async ({ page }) => {
  const colleagues = new ColleaguesPage(page);
  await expect(colleagues.count).toHaveText("121 collega's");
  await expect(colleagues.cards).toHaveCount(24);
  await expect(colleagues.cards.filter({ hasText: 'Demo' })).toHaveCount(24 - (await colleagues.card(ME.name).count()));
  await expect(page.getByText('24 van 121 getoond')).toBeVisible();

  await colleagues.moreButton.click();
  await expect(colleagues.cards).toHaveCount(48);
  // Keyboard users continue where the new colleagues start.
  await expect(colleagues.cards.nth(24).getByRole('link')).toBeFocused();

  const institutions = await colleagues.institutionFilter.locator('option').allTextContents();
  expect(institutions[0]).toBe('Alle instellingen');
  const chosen = institutions.find((i) => i !== 'Alle instellingen' && i !== ME.institution)!;
  await colleagues.filterByInstitution(chosen);
  await expect(colleagues.count).toContainText(`bij ${chosen}`);
  const shown = await colleagues.cards.count();
  expect(shown).toBeGreaterThan(0);
  for (const place of await colleagues.cards.locator('.member-card__place').allTextContents()) expect(place).toContain(chosen);

  const name = (await colleagues.cards.first().getByRole('link').textContent())!;
  await colleagues.open(name);
  const profile = new ProfilePage(page);
  await expect(profile.name).toContainText(name);
  await expect(profile.name).toContainText('Demo');
  await expect(page.getByText(chosen).first()).toBeVisible();
  await expect(profile.section('Masteropleiding')).toBeVisible();
  await expect(profile.section("PLG's")).toBeVisible();
  await expect(page.getByRole('link', { name: /@/ })).toHaveAttribute('href', /^mailto:/);

  // Back to the list: the filter is still set.
  await page.getByRole('link', { name: "Terug naar collega's" }).click();
  await expect(colleagues.institutionFilter.locator('option:checked')).toHaveText(chosen);
});

test('delete a colleague after confirming', async ({ page }) => {
  const colleagues = new ColleaguesPage(page);
  const name = (await colleagues.cards.first().getByRole('link').textContent())!;
  await colleagues.open(name);
  const profile = new ProfilePage(page);
  await expect(profile.name).toContainText(name);

  // Cancelling keeps the profile.
  await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Profiel van ${name} verwijderen?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(profile.name).toContainText(name);

  await profile.delete();
  await expect(page.getByRole('heading', { level: 1, name: "Collega's" })).toBeVisible();
  await expect(new AppPage(page).notice).toContainText(`Het profiel van ${name} is verwijderd.`);
  await expect(colleagues.count).toHaveText("120 collega's");
  await expect(colleagues.list.getByRole('link', { name, exact: true })).toHaveCount(0);
});

test('deleting my own profile brings back the welcome screen', async ({ page }) => {
  await new AppPage(page).goTo('Mijn profiel');
  const profile = new ProfilePage(page);
  await expect(profile.name).toContainText(ME.name);
  await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Je eigen profiel verwijderen?' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(new OnboardingPage(page).heading).toBeVisible();
});

test('remove all demo data in one action; my own profile stays', async ({ page }) => {
  const app = new AppPage(page);
  await expect(app.demoBanner).toContainText('Je bekijkt demogegevens');
  await app.demoBanner.getByRole('button', { name: 'Demogegevens verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Demogegevens verwijderen?' });
  await expect(dialog).toContainText('Profielen en bijdragen die je zelf hebt gemaakt, blijven staan.');
  await dialog.getByRole('button', { name: 'Demogegevens verwijderen' }).click();

  await expect(app.demoBanner).toHaveCount(0);
  await expect(app.notice).toContainText('demo-onderdelen verwijderd');
  const colleagues = new ColleaguesPage(page);
  await expect(colleagues.count).toHaveText('1 collega');
  await expect(colleagues.cards).toHaveCount(1);
  await expect(colleagues.card(ME.name)).toContainText('jij');
  await expect(colleagues.cards.filter({ hasText: 'Demo' })).toHaveCount(0);

  await app.goTo('Instellingen');
  await expect(page.getByText('Er staan geen demogegevens in Masternetwerk.')).toBeVisible();
});

test('a change made in another window shows up without reloading', async ({ page, host }) => {
  const colleagues = new ColleaguesPage(page);
  await expect(colleagues.count).toHaveText("121 collega's");

  const other = await page.context().newPage();
  await new AppPage(other).open(host.url);
  await new AppPage(other).goTo("Collega's");
  const name = (await new ColleaguesPage(other).cards.first().getByRole('link').textContent())!;
  await new ColleaguesPage(other).open(name);
  await new ProfilePage(other).delete();
  await expect(new ColleaguesPage(other).count).toHaveText("120 collega's");

  await expect(colleagues.count).toHaveText("120 collega's");
  await expect(colleagues.list.getByRole('link', { name, exact: true })).toHaveCount(0);
});

test('a new profile with the e-mail address of a colleague, or a year after next year, is refused at the field', async ({ page, host }) => {
  const taken = (await invoke(host.url, 'members:list', { limit: 1 })).items[0]!;
  await page.getByRole('link', { name: 'Profiel toevoegen' }).first().click();
  const form = new ProfileFormPage(page);
  await form.fill({ name: 'Nieuwe Collega', email: taken.email.toUpperCase(), institution: 'Da Vinci College', degree: { programme: 'Master Leren en Innoveren', institute: 'Hogeschool Rotterdam', year: '2099' } });
  // A topic over 60 characters stays in the box with the limit at the field, not cut.
  const long = `Formatief handelen ${'en nog meer '.repeat(5)}`.trim();
  await form.addTags('Expertise', [long]);
  await expect(form.tagInput('Expertise')).toHaveValue(long);
  await expect(form.errorOf(form.tagInput('Expertise'))).toHaveText(`Een onderwerp mag hoogstens 60 tekens zijn; dit zijn er ${long.length}. Maak het korter.`);
  await expect(form.chips('Expertise')).toHaveCount(0);
  await form.tagInput('Expertise').fill('Formatief handelen');
  await form.tagInput('Expertise').press('Enter');
  await expect(form.chips('Expertise')).toHaveText(['Formatief handelen']);
  await form.submit('Profiel toevoegen');
  await expect(form.errorOf(form.field('Jaar van afronding'))).toHaveText('Het jaartal mag hoogstens volgend jaar zijn.');
  await form.field('Jaar van afronding').fill(String(new Date().getFullYear() + 1));
  await form.submit('Profiel toevoegen');
  await expect(form.errorOf(form.field(/^E-mailadres/))).toHaveText("Dit e-mailadres hoort al bij een ander profiel. Zoek die collega op bij Collega's, of gebruik een ander adres.");
  await checkScreen(page, 'colleagues-05-duplicate-email');
  await new AppPage(page).goTo("Collega's");
  await expect(new ColleaguesPage(page).count).toHaveText("121 collega's");
});
