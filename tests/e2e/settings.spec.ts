import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, saveScreenshot, test } from './fixtures';
import { checkScreen } from './pages/accessibility';
import { AppPage } from './pages/AppPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { SettingsPage } from './pages/SettingsPage';

const DUTCH_MENU = ['Start', "Collega's", 'Mijn profiel', "PLG's", 'Onderzoek', 'Vraagbank', 'Netwerkcafés', 'Activiteiten', 'Overzicht', 'Leerlog', 'Mijn POP', 'Teamoverzicht', 'Wie weet wat?', 'Marktplaats', 'Uitwisselen', 'Mijn gegevens', 'Instellingen'];
const ENGLISH_MENU = ['Start', 'Colleagues', 'My profile', 'PLGs', 'Research', 'Question bank', 'Network cafés', 'Activities', 'Overview', 'Learning log', 'My POP', 'Team overview', 'Who knows what?', 'Marketplace', 'Exchange', 'My data', 'Settings'];

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

test('make a backup of the data folder and restore it into a new folder, never over the one in use', async ({ page, host }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await new OnboardingPage(page).createMyProfile({ name: 'Kees de Vries', institution: 'Summa College' });
  await app.goTo('Instellingen');
  const backup = page.getByRole('region', { name: 'Reservekopie' });

  const download = page.waitForEvent('download');
  await backup.getByRole('button', { name: 'Reservekopie maken' }).click();
  const zip = await download;
  expect(zip.suggestedFilename()).toMatch(/^masternetwerk-reservekopie-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(backup.getByRole('status')).toContainText(`Reservekopie ${zip.suggestedFilename()} opgeslagen`);
  const zipPath = (await zip.path())!;

  const restore = async (targetDir: string) => {
    await backup.getByLabel('Nieuwe map').fill(targetDir);
    const chooser = page.waitForEvent('filechooser');
    await backup.getByRole('button', { name: 'Reservekopie kiezen en terugzetten' }).click();
    await (await chooser).setFiles(zipPath);
  };
  await restore(host.dataDir);
  await expect(backup.getByText('Dit is de map die nu open is.', { exact: false })).toBeVisible();
  const target = path.join(await mkdtemp(path.join(os.tmpdir(), 'masternetwerk-e2e-restore-')), 'teruggezet');
  await restore(target);
  await expect(backup.getByRole('status')).toContainText('Reservekopie teruggezet');
  await expect(backup.getByRole('status')).toContainText(target);
  expect(existsSync(path.join(target, 'install.json'))).toBe(true);
  await checkScreen(page, 'settings-02-backup', { fullPage: true });
});
