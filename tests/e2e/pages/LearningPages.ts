import { expect, type Locator, type Page } from '@playwright/test';

/** The leerlog list, the entry form and an entry page. */
export class LearningLogPage {
  readonly rows: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.rows = page.locator('.learning-list > li');
    this.form = page.locator('form.form');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Leerlog' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Leerlog' })).toBeVisible();
  }

  field(label: string | RegExp): Locator {
    return this.form.getByLabel(label, { exact: typeof label === 'string' });
  }

  errorOf(label: string | RegExp): Locator {
    return this.form.locator('.field', { has: this.page.getByLabel(label, { exact: typeof label === 'string' }) }).locator('.field__error');
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Opslaan' }).click();
  }
}

/** Mijn POP: the cycle and the goals. */
export class PopPageObject {
  readonly form: Locator;
  readonly goals: Locator;

  constructor(readonly page: Page) {
    this.form = page.locator('form.pop-form');
    this.goals = page.locator('.pop-goal');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn POP' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Mijn POP' })).toBeVisible();
    await expect(this.form).toBeVisible();
  }

  goal(index: number): Locator {
    return this.goals.nth(index);
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'POP opslaan' }).click();
  }
}
