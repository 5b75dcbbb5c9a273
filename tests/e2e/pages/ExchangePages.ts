import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { startHost, stopHost, type Running } from '../fixtures';
import { AppPage } from './AppPage';
import { OnboardingPage } from './OnboardingPage';
import type { ProfileInput } from './ProfileFormPage';

/** The exchange overview, export and import pages. */
export class ExchangePages {
  constructor(readonly page: Page) {}

  async openOverview(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitwisselen' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: "Uitwisselen met collega's" })).toBeVisible();
  }

  /** The personal data table of the export preview. */
  get personalData(): Locator {
    return this.page.getByRole('table', { name: 'Persoonsgegevens in dit pakket' });
  }

  /** Saves the bundle from the export page and resolves with the file on disk. */
  async saveBundle(to: string): Promise<string> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Pakket opslaan (.mnw)' }).click();
    const download = await downloading;
    const file = path.join(to, download.suggestedFilename());
    await download.saveAs(file);
    return file;
  }

  /** Chooses a bundle on the import page through the system's file chooser. */
  async chooseBundle(file: string | { name: string; mimeType: string; buffer: Buffer }, button = 'Pakket kiezen'): Promise<void> {
    const choosing = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: button }).click();
    await (await choosing).setFiles(file);
  }

  /** Drops a file on the window, as dragging it from the desktop does. */
  async dropFile(name: string, bytes: Buffer): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, data }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], name, { type: 'application/octet-stream' }));
        return transfer;
      },
      { name, data: [...bytes] },
    );
    await this.page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await this.page.dispatchEvent('main', 'dragover', { dataTransfer });
    await this.page.dispatchEvent('main', 'drop', { dataTransfer });
  }

  changeRow(type: string): Locator {
    return this.page.getByRole('table', { name: 'Wijzigingen per soort' }).getByRole('row', { name: new RegExp(`^${type}`) });
  }
}

/** A second install on its own data directory: the colleague at another school, past onboarding as `me`. */
export async function otherInstall(browser: Browser, me: ProfileInput): Promise<{ page: Page; url: string; close: () => Promise<void> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'masternetwerk-e2e-other-'));
  const running: Running = await startHost(dataDir, false);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const shutDown = async () => {
    await context.close();
    await stopHost(running);
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await new AppPage(page).open(running.url);
    await new OnboardingPage(page).createMyProfile(me);
  } catch (error) {
    await shutDown();
    throw error;
  }
  return {
    page,
    url: running.url,
    async close() {
      await shutDown();
      expect(problems, 'problems in the second install').toEqual([]);
    },
  };
}
