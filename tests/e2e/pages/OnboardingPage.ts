import { expect, type Locator, type Page } from '@playwright/test';
import { ProfileFormPage, type ProfileInput } from './ProfileFormPage';

export class OnboardingPage {
  readonly heading: Locator;
  readonly form: ProfileFormPage;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Welkom bij Masternetwerk — wie ben jij?' });
    this.form = new ProfileFormPage(page);
  }

  async startNewProfile(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mijn profiel maken' }).click();
  }

  /** Makes "my" profile from the welcome screen and waits for "Mijn profiel". */
  async createMyProfile(input: ProfileInput): Promise<void> {
    await expect(this.heading).toBeVisible();
    if (await this.page.getByRole('button', { name: 'Mijn profiel maken' }).isVisible()) await this.startNewProfile();
    await this.form.fill(input);
    await this.form.submit('Profiel aanmaken');
    await expect(this.page.getByRole('heading', { level: 1, name: new RegExp(`^${input.name}`) })).toBeVisible();
  }
}
