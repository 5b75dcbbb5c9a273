import { expect, test } from './fixtures';
import { checkScreen } from './pages/accessibility';

test('the preview opened without its key says so and where to find the address', async ({ page, host }) => {
  const withoutKey = new URL(host.url);
  withoutKey.search = '';
  await page.goto(withoutKey.toString());
  const alert = page.getByRole('alert').first();
  await expect(alert).toContainText('Deze link mist zijn sleutel.');
  await expect(alert).toContainText('terminalvenster');
  await expect(alert).toContainText('?token=');
  await expect(page.getByText('even niet bereikbaar')).toHaveCount(0);
  // Retrying cannot help here, so it is not offered.
  await expect(page.getByRole('button', { name: 'Opnieuw proberen' })).toHaveCount(0);
  await checkScreen(page, 'preview-without-key');

  // The address with its key still opens the app in the same tab.
  await page.goto(host.url);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /Welkom bij Masternetwerk/ })).toBeVisible();
});
