import { expect, type Locator, type Page } from '@playwright/test';

/** The shell around every page: menu, banners, notices. */
export class AppPage {
  readonly nav: Locator;
  readonly main: Locator;
  readonly demoBanner: Locator;
  readonly notice: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    this.main = page.getByRole('main');
    this.demoBanner = page.getByRole('complementary', { name: 'Demo' });
    this.notice = page.locator('.notice-region');
  }

  /** Opens the app and waits until it has started (past the start-up screen). */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.locator('.app')).toBeVisible();
  }

  async goTo(label: string | RegExp): Promise<void> {
    await this.nav.getByRole('link', { name: label, exact: typeof label === 'string' }).click();
  }

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }
}
