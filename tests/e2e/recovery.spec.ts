import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, saveScreenshot, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { ProfileFormPage } from './pages/ProfileFormPage';
import { ProfilePage } from './pages/ProfilePage';

test('a damaged data file is restored from its backup, and the app says so in Dutch', async ({ page, host }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await new OnboardingPage(page).createMyProfile({ name: 'Hélène Coöperatie', institution: 'ROC Nijmegen' });

  // Two saves with a restart after each: the second snapshot keeps the first as its backup.
  await app.open(await host.restart());
  await app.goTo('Mijn profiel');
  await new ProfilePage(page).edit();
  const form = new ProfileFormPage(page);
  await form.field(/^Functie/).fill('Practor');
  await form.submit('Profiel opslaan');
  await expect(app.notice).toContainText('is opgeslagen');
  await app.open(await host.restart());
  await expect(app.nav).toBeVisible();

  const files = await readdir(host.dataDir);
  const backedUp = files.filter((f) => /^shard-\d+\.json\.bak1$/.test(f)).map((f) => f.replace(/\.bak1$/, ''));
  expect(backedUp.length).toBeGreaterThan(0);
  await writeFile(path.join(host.dataDir, backedUp[0]!), '{"format":1,"shard":', 'utf8');

  await app.open(await host.restart());
  const alert = page.getByRole('alert').filter({ hasText: 'Een gegevensbestand was beschadigd en is hersteld' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(new RegExp(`${backedUp[0]} is hersteld uit een reservekopie van (ma|di|wo|do|vr|za|zo) \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2}`));
  await expect(alert).toContainText(/Er zijn geen gegevens verloren gegaan\.|Recente wijzigingen kunnen ontbreken\./);
  await saveScreenshot(page, '13-recovery-alert');

  await app.goTo('Mijn profiel');
  await expect(new ProfilePage(page).name).toContainText('Hélène Coöperatie');
  await alert.getByRole('button', { name: 'Melding sluiten' }).click();
  await expect(alert).toHaveCount(0);
});
