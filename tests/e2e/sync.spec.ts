import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { checkScreen } from './pages/accessibility';
import { AppPage } from './pages/AppPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { SharedFolderSection } from './pages/SettingsPage';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('Instellingen → Uitwisselen: pick a shared folder, see the status and skipped files in Dutch, pause and resume', async ({ page, host }) => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'mnw-e2e-shared-'));
  try {
    writeFileSync(path.join(folder, 'lees mij.txt'), 'notities van de ICT-afdeling');
    const app = new AppPage(page);
    await app.open(host.url);
    await new OnboardingPage(page).createMyProfile({ name: 'Kees de Vries', institution: 'Summa College' });
    await app.goTo('Instellingen');
    const sync = new SharedFolderSection(page);

    await sync.useFolder(path.join(folder, 'bestaat-niet'));
    await expect(sync.folderError).toHaveText('Deze map bestaat niet of is geen map. Controleer het pad, of maak de map eerst aan.');
    await expect(sync.folder).toHaveAttribute('aria-invalid', 'true');

    await sync.useFolder(folder);
    await expect(sync.folderError).toBeHidden();
    await sync.syncNow();
    await expect(sync.fact('Status')).toHaveText('Actief: wijzigingen gaan vanzelf mee');
    await expect(sync.fact('Eigen segmenten geschreven')).toHaveText('1'); // my profile went into the folder
    await expect(sync.fact('Laatst gesynchroniseerd')).not.toHaveText('Nog niet');
    await sync.skipped.getByText('1 bestand overgeslagen').click();
    await expect(sync.skipped.getByRole('listitem')).toHaveText('lees mij.txt — geen bestand van Masternetwerk; blijft onaangeroerd.');
    await checkScreen(page, '40-sync-shared-folder', { fullPage: true });

    await sync.pause.click();
    await expect(sync.fact('Status')).toHaveText('Gepauzeerd');
    await expect(sync.resume).toHaveAttribute('aria-pressed', 'true');
    await sync.resume.click();
    await expect(sync.fact('Status')).toHaveText('Actief: wijzigingen gaan vanzelf mee');

    // The folder disappears (an unplugged drive): said in plain Dutch, nothing else changes.
    rmSync(folder, { recursive: true });
    await sync.syncNow();
    await expect(sync.problem).toContainText('De gedeelde map is niet bereikbaar');
    await checkScreen(page, '41-sync-folder-missing');
    mkdirSync(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test("a colleague's second computer: Uitwisselen shows its fingerprint, and confirming it brings its changes in", async ({ page, host }) => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'mnw-e2e-two-computers-'));
  try {
    execFileSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/e2e/makeSecondComputer.ts'), folder], { cwd: ROOT });
    const app = new AppPage(page);
    await app.open(host.url);
    await new OnboardingPage(page).createMyProfile({ name: 'Kees de Vries', institution: 'Summa College' });
    await app.goTo('Instellingen');
    const sync = new SharedFolderSection(page);
    await sync.useFolder(folder);
    await sync.syncNow();

    const notice = sync.section.locator('.sync-new-key');
    await expect(notice.getByText('Een nieuwe computer van Anna de Vries?')).toBeVisible();
    await expect(notice.locator('code')).toHaveText(/^[0-9A-F]{4}( [0-9A-F]{4}){15}$/);
    await checkScreen(page, '42-sync-new-key', { fullPage: true });

    await notice.getByRole('button', { name: 'Vingerafdruk klopt: vertrouw deze computer van Anna de Vries' }).click();
    await expect(notice).toHaveCount(0);
    await app.goTo("Collega's");
    await page.getByRole('link', { name: 'Anna de Vries' }).first().click();
    await expect(page.getByText('Techniek')).toBeVisible();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
