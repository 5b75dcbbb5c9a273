import { type Locator, type Page } from '@playwright/test';

export class ColleaguesPage {
  readonly list: Locator;
  readonly cards: Locator;
  readonly institutionFilter: Locator;
  readonly count: Locator;
  readonly moreButton: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: "Collega's" });
    this.cards = this.list.getByRole('article');
    this.institutionFilter = page.getByLabel('Instelling');
    this.count = page.locator('.toolbar__count');
    this.moreButton = page.getByRole('button', { name: 'Meer tonen' });
  }

  card(name: string): Locator {
    return this.cards.filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async filterByInstitution(label: string): Promise<void> {
    await this.institutionFilter.selectOption({ label });
  }

  async open(name: string): Promise<void> {
    await this.list.getByRole('link', { name, exact: true }).click();
  }
}
