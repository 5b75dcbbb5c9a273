import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { ColleaguesPage } from './pages/ColleaguesPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { ProfileFormPage } from './pages/ProfileFormPage';
import { ProfilePage } from './pages/ProfilePage';

test.use({ demo: true });

/** Every screen a user meets, checked by axe-core (WCAG 2.x A and AA) and saved as a screenshot to look at. */
async function expectAccessible(page: Page, screenshot: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe violations on ${screenshot}`).toEqual([]);
  await saveScreenshot(page, screenshot);
}

test('onboarding, colleague list, profile, edit form and settings pass axe-core', async ({ page, host }) => {
  const app = new AppPage(page);
  const onboarding = new OnboardingPage(page);
  await app.open(host.url);
  await expect(onboarding.heading).toBeVisible();
  await expectAccessible(page, '01-onboarding');

  await onboarding.startNewProfile();
  await expectAccessible(page, '02-onboarding-form');
  await onboarding.form.fill({ name: 'Hélène van der Berg', institution: 'ROC Amsterdam', function: 'Docent-onderzoeker', expertise: ['Formatief handelen'] });
  await onboarding.form.submit('Profiel aanmaken');
  await expect(app.heading(/^Hélène van der Berg/)).toBeVisible();

  await app.goTo("Collega's");
  const colleagues = new ColleaguesPage(page);
  await expect(colleagues.cards).toHaveCount(24);
  await expectAccessible(page, '03-colleagues');

  const first = colleagues.cards.nth(1).getByRole('link');
  const name = (await first.textContent())!;
  await first.click();
  const profile = new ProfilePage(page);
  await expect(profile.name).toContainText(name);
  await expect(profile.section('Expertise')).toBeVisible();
  await expectAccessible(page, '04-profile');

  await profile.edit();
  const form = new ProfileFormPage(page);
  await form.name.fill('J');
  await form.submit('Profiel opslaan');
  await expect(form.errorOf(form.name)).toHaveText('De naam is te kort: vul minstens 2 tekens in.');
  await expectAccessible(page, '05-edit-form-error');

  await app.goTo('Instellingen');
  await expect(app.heading('Instellingen')).toBeVisible();
  await expectAccessible(page, '06-settings');
});

test.describe('in a small window (1024×700)', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('list, profile, full edit form and the delete dialog fit and pass axe-core', async ({ page, host }) => {
    const app = new AppPage(page);
    await app.open(host.url);
    await new OnboardingPage(page).createMyProfile({ name: 'Jan-Willem van Oosterhout-Ramdas', institution: 'Koning Willem I College' });
    await expectAccessible(page, '07-small-my-profile');

    await app.goTo("Collega's");
    const colleagues = new ColleaguesPage(page);
    await expect(colleagues.cards).toHaveCount(24);
    await expectAccessible(page, '08-small-colleagues');
    // Nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);

    await colleagues.cards.first().getByRole('link').click();
    await expectAccessible(page, '09-small-profile');
    await page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page, '10-small-delete-dialog');
    await page.keyboard.press('Escape');

    await new ProfilePage(page).edit();
    const form = new ProfileFormPage(page);
    await form.field('Jaar van afronding').fill('19');
    await form.field(/^E-mailadres/).fill('niet-een-adres');
    await form.submit('Profiel opslaan');
    await expect(form.errorOf(form.field('Jaar van afronding'))).toHaveText('Het jaartal moet 1950 of later zijn.');
    await expect(form.errorOf(form.field(/^E-mailadres/))).toContainText('Dit is geen geldig e-mailadres.');
    await expectAccessible(page, '11-small-edit-errors');
    await saveScreenshot(page, '12-edit-form-full', { fullPage: true });
  });
});
