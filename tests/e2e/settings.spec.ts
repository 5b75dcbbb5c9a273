import { expect, saveScreenshot, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { SettingsPage } from './pages/SettingsPage';

const DUTCH_MENU = ["Collega's", 'Mijn profiel', 'Onderzoek', 'Vraagbank', 'Netwerkcafés', 'Activiteiten', 'Overzicht', 'Leerlog', 'Mijn POP', 'Teamoverzicht', 'Wie weet wat?', 'Marktplaats', 'Uitwisselen', 'Mijn gegevens', 'Instellingen'];
const ENGLISH_MENU = ['Colleagues', 'My profile', 'Research', 'Question bank', 'Network cafés', 'Activities', 'Overview', 'Learning log', 'My POP', 'Team overview', 'Who knows what?', 'Marketplace', 'Exchange', 'My data', 'Settings'];

test('switch the app to English and back to Dutch; the choice is remembered', async ({ page, host }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await new OnboardingPage(page).createMyProfile({ name: 'Kees de Vries', institution: 'Summa College' });
  await app.goTo('Instellingen');
  const settings = new SettingsPage(page);
  await expect(settings.language('Nederlands')).toBeChecked();
  await expect(page.getByText(host.dataDir)).toBeVisible();

  await settings.chooseLanguage('English');
  await expect(app.heading('Settings')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const englishNav = page.getByRole('navigation', { name: 'Main menu' });
  await expect(englishNav.getByRole('link')).toHaveText(ENGLISH_MENU);

  await page.reload();
  await expect(app.heading('Settings')).toBeVisible();
  await englishNav.getByRole('link', { name: 'Colleagues' }).click();
  await expect(page.getByText('1 colleague', { exact: true })).toBeVisible();
  await expect(page).toHaveTitle('Colleagues · Masternetwerk');
  await saveScreenshot(page, '14-english-colleagues');
  await englishNav.getByRole('link', { name: 'Settings' }).click();

  await settings.chooseLanguage('Nederlands');
  await expect(app.heading('Instellingen')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(app.nav.getByRole('link')).toHaveText(DUTCH_MENU);
});
