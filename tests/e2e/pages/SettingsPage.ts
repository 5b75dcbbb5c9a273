import { type Locator, type Page } from '@playwright/test';

export class SettingsPage {
  constructor(readonly page: Page) {}

  language(name: 'Nederlands' | 'English'): Locator {
    return this.page.getByRole('radio', { name });
  }

  async chooseLanguage(name: 'Nederlands' | 'English'): Promise<void> {
    await this.language(name).check();
  }
}
