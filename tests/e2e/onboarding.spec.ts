import { expect, saveScreenshot, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { ColleaguesPage } from './pages/ColleaguesPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { ProfileFormPage } from './pages/ProfileFormPage';
import { ProfilePage } from './pages/ProfilePage';

test('create my profile on first start, edit it, and find it unchanged after a restart', async ({ page, host }) => {
  const app = new AppPage(page);
  const onboarding = new OnboardingPage(page);
  await app.open(host.url);
  await expect(onboarding.heading).toBeVisible();
  await expect(app.nav).toHaveCount(0);

  await onboarding.createMyProfile({
    name: "Fatma 't Hart",
    email: 'f.thart@rocmn.nl',
    function: 'Docent',
    institution: 'ROC Midden Nederland',
    team: 'Zorg en Welzijn',
    degree: { programme: 'Master Leren en Innoveren', institute: 'Hogeschool Utrecht', year: '2019' },
    expertise: ['Formatief handelen', 'Differentiatie'],
    offers: ['Feedback geven'],
    areas: ['Vakinhoud'],
    roles: ['Begeleider / coach'],
    bio: 'Ik werk aan formatief handelen in ons team.',
  });
  const profile = new ProfilePage(page);
  await expect(profile.name).toContainText('jij');
  await expect(app.nav.getByRole('link', { name: 'Mijn profiel' })).toHaveAttribute('aria-current', 'page');
  await expect(profile.section('Expertise').getByRole('listitem')).toHaveText(['Formatief handelen', 'Differentiatie']);
  await expect(profile.section('Masteropleiding')).toContainText('Master Leren en Innoveren');

  await profile.edit();
  const form = new ProfileFormPage(page);
  await expect(form.name).toHaveValue("Fatma 't Hart");
  await form.field(/^Functie/).fill('Docent-onderzoeker');
  await form.chips('Expertise').filter({ hasText: 'Differentiatie' }).getByRole('button', { name: 'Differentiatie verwijderen' }).click();
  await form.addTags('Expertise', ['Praktijkonderzoek', 'Klassenmanagement']);
  // Backspace in the empty box takes the last chip away again.
  await form.tagInput('Expertise').press('Backspace');
  await expect(form.chips('Expertise')).toHaveText(['Formatief handelen', 'Praktijkonderzoek']);
  await form.addTags('Vraag', ['Onderzoek begeleiden']);
  await form.form.getByRole('group', { name: 'Gebieden' }).getByLabel('Onderzoek').check();
  await form.submit('Profiel opslaan');

  await expect(app.notice).toContainText("Het profiel van Fatma 't Hart is opgeslagen.");
  await expect(profile.name).toContainText("Fatma 't Hart");
  await expect(page.getByText('Docent-onderzoeker')).toBeVisible();

  await page.goto(await host.restart());
  await expect(page.locator('.app')).toBeVisible();
  // The app opens on the start page now; the colleagues are one click away.
  await app.goTo("Collega's");
  const colleagues = new ColleaguesPage(page);
  await expect(colleagues.card("Fatma 't Hart")).toContainText('jij');
  await app.goTo('Mijn profiel');
  await expect(profile.name).toContainText("Fatma 't Hart");
  await expect(page.getByText('Docent-onderzoeker')).toBeVisible();
  await expect(profile.section('Expertise').getByRole('listitem')).toHaveText(['Formatief handelen', 'Praktijkonderzoek']);
  await expect(profile.section(/^Vraag/).getByRole('listitem')).toHaveText(['Onderzoek begeleiden']);
  await expect(profile.section('Gebieden').getByRole('listitem')).toHaveText(['Vakinhoud', 'Onderzoek']);
  await expect(profile.section('Rollen').getByRole('listitem')).toHaveText(['Begeleider / coach']);
});

test('a too-short name gets a Dutch message at the field and nothing is saved', async ({ page, host }) => {
  const app = new AppPage(page);
  const onboarding = new OnboardingPage(page);
  await app.open(host.url);
  const form = onboarding.form;
  await form.fill({ name: 'J', institution: 'ROC Tilburg', expertise: ['Burgerschap'] });
  await form.submit('Profiel aanmaken');

  const error = form.errorOf(form.name);
  await expect(error).toHaveText('De naam is te kort: vul minstens 2 tekens in.');
  await expect(form.name).toHaveAttribute('aria-invalid', 'true');
  await expect(form.name).toHaveAccessibleDescription(/De naam is te kort: vul minstens 2 tekens in\./);
  await expect(form.name).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Niets is opgeslagen');
  await expect(form.institution).not.toHaveAttribute('aria-invalid', 'true');

  // Nothing was saved: after a reload the app still has no profiles at all, so the form opens straight away.
  await page.reload();
  await expect(onboarding.heading).toBeVisible();
  await expect(form.name).toHaveValue('');
  await expect(page.getByRole('button', { name: 'Mijn profiel kiezen' })).toHaveCount(0);
});

test.describe('with demo data', () => {
  test.use({ demo: true });

  test('"Ik sta er al in" makes an existing profile mine', async ({ page, host }) => {
    const app = new AppPage(page);
    const onboarding = new OnboardingPage(page);
    await app.open(host.url);
    await expect(onboarding.heading).toBeVisible();
    await page.getByRole('button', { name: 'Mijn profiel kiezen' }).click();
    const choices = page.getByRole('group', { name: 'Welk profiel is van jou?' }).getByRole('radio');
    await expect(choices).toHaveCount(12);
    const name = (await page.locator('.person-option__name').nth(3).textContent())!;
    await page.getByLabel('Zoek op je naam of instelling').fill(name.split(' ').at(-1)!);
    await page.getByRole('radio', { name: new RegExp(name) }).check();
    // A demo profile goes with the demo: choosing it makes a real copy that is mine, and says so first.
    await expect(page.getByText('Dit is een voorbeeldprofiel uit de demo.')).toBeVisible();
    await saveScreenshot(page, '15-onboarding-existing');
    await page.getByRole('button', { name: 'Kopiëren als mijn profiel' }).click();
    const profile = new ProfilePage(page);
    await expect(profile.name).toContainText(name);
    await expect(profile.name).toContainText('jij');
    await expect(page.locator('.profile__header .badge--demo')).toHaveCount(0);
  });
});
