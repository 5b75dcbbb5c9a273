import { expect, type Locator, type Page } from '@playwright/test';

/** The PLG list (#/plgs) and one PLG's page (#/plgs/:id). */
export class PlgPages {
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.cards = page.getByRole('list', { name: "Alle PLG's" }).getByRole('article');
  }

  card(name: string): Locator {
    return this.cards.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  section(title: string | RegExp): Locator {
    return this.page.getByRole('region', { name: title });
  }

  /** The names linked in the side column's Coördinatoren or Leden. */
  people(title: 'Coördinatoren' | 'Leden'): Locator {
    return this.section(title).getByRole('list', { name: title }).getByRole('link');
  }

  async expectOpen(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
}
