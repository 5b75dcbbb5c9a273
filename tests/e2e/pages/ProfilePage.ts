import { type Locator, type Page } from '@playwright/test';

export class ProfilePage {
  readonly name: Locator;

  constructor(readonly page: Page) {
    this.name = page.getByRole('heading', { level: 1 });
  }

  section(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: title });
  }

  async edit(): Promise<void> {
    await this.page.getByRole('link', { name: /bewerken/i }).click();
  }

  /** Deletes through the confirmation dialog. */
  async delete(): Promise<void> {
    await this.page.getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Ja, verwijderen' }).click();
  }
}
