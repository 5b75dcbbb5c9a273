import { expect, type Locator, type Page } from '@playwright/test';

/** The activity form (new and edit). */
export class ActivityFormPage {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.locator('form.form');
  }

  field(label: string | RegExp): Locator {
    return this.form.getByLabel(label, { exact: typeof label === 'string' });
  }

  /** The message shown under a field (tied to it with aria-describedby). */
  errorOf(id: string): Locator {
    return this.form.locator(`#activity-${id}-error`);
  }

  async linkResearch(title: string): Promise<void> {
    await this.form.getByLabel('Kies onderzoek…').selectOption({ label: title });
    await this.form.getByRole('group', { name: 'Onderzoek' }).getByRole('button', { name: 'Koppelen' }).click();
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: 'Opslaan' }).click();
  }
}

/** The Overzicht page. */
export class OverviewPage {
  readonly records: Locator;

  constructor(readonly page: Page) {
    this.records = page.getByRole('region', { name: /^Achter dit getal/ });
  }

  table(title: string): Locator {
    return this.page.getByRole('region', { name: title }).getByRole('table');
  }

  /** The number in a table row and column, as a button that opens the records behind it. */
  number(title: string, row: string): Locator {
    return this.table(title).getByRole('row', { name: new RegExp(`^${row}`) }).getByRole('button');
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
    await expect(this.table('Activiteiten per gebied')).toBeVisible();
  }
}
