import { expect, type Locator, type Page } from '@playwright/test';

export class SettingsPage {
  constructor(readonly page: Page) {}

  language(name: 'Nederlands' | 'English'): Locator {
    return this.page.getByRole('radio', { name });
  }

  async chooseLanguage(name: 'Nederlands' | 'English'): Promise<void> {
    await this.language(name).check();
  }
}

/** Instellingen → "Uitwisselen via een gedeelde map". */
export class SharedFolderSection {
  readonly section: Locator;
  readonly folder: Locator;
  readonly folderError: Locator;
  readonly skipped: Locator;
  readonly problem: Locator;
  readonly pause: Locator;
  readonly resume: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Uitwisselen via een gedeelde map' });
    this.folder = this.section.getByLabel('Gedeelde map', { exact: true });
    this.folderError = this.section.locator('#sync-folder-error');
    this.skipped = this.section.locator('details');
    this.problem = this.section.getByRole('alert');
    this.pause = this.section.getByRole('button', { name: 'Pauzeren' });
    this.resume = this.section.getByRole('button', { name: 'Hervatten' });
  }

  async useFolder(folder: string): Promise<void> {
    await this.folder.fill(folder);
    await this.section.getByRole('button', { name: 'Map gebruiken' }).click();
  }

  async syncNow(): Promise<void> {
    const button = this.section.getByRole('button', { name: 'Nu synchroniseren' });
    await button.click();
    await expect(button).toBeEnabled();
  }

  fact(term: string): Locator {
    return this.section.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
  }
}
