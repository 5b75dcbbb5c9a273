import { expect, type Locator, type Page } from '@playwright/test';
import { ProfileFormPage, type ProfileInput } from './ProfileFormPage';

/** The search box in the header: a combobox with results grouped by type. */
export class SearchBox {
  readonly input: Locator;
  readonly listbox: Locator;
  readonly options: Locator;
  readonly popup: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole('combobox', { name: 'Zoeken in Masternetwerk' });
    this.listbox = page.getByRole('listbox');
    this.options = this.listbox.getByRole('option');
    this.popup = page.locator('.global-search__popup');
  }

  group(name: string): Locator {
    return this.listbox.getByRole('group', { name });
  }

  /** Types letter by letter, as a person does. */
  async type(text: string): Promise<void> {
    await this.input.fill('');
    await this.input.pressSequentially(text);
  }

  /** The option that aria-activedescendant points at. */
  async activeOptionText(): Promise<string> {
    const id = await this.input.getAttribute('aria-activedescendant');
    expect(id, 'an option is active').toBeTruthy();
    return (await this.page.locator(`[id="${id}"]`).textContent()) ?? '';
  }
}

/** The full results page with its filters. */
export class SearchResultsPage {
  readonly input: Locator;
  readonly filters: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole('searchbox', { name: 'Waar zoek je naar?' });
    this.filters = page.getByRole('complementary', { name: 'Filters' });
    this.results = page.locator('.result');
  }

  filter(label: string): Locator {
    return this.filters.getByLabel(label, { exact: true });
  }

  typeButton(name: RegExp): Locator {
    return this.page.getByRole('group', { name: 'Soort' }).getByRole('button', { name });
  }

  group(name: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name}`) });
  }

  result(title: string | RegExp): Locator {
    return this.results.filter({ has: this.page.getByRole('heading', { name: title }) });
  }
}

/** "Wie weet iets van …?" */
export class ExpertsPage {
  readonly input: Locator;
  readonly experts: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByRole('searchbox', { name: 'Onderwerp' });
    this.experts = page.locator('.expert-list > li');
  }

  expert(name: string): Locator {
    return this.experts.filter({ has: this.page.getByRole('heading', { name }) });
  }

  evidence(name: string): Locator {
    return this.page.getByRole('list', { name: `Waarom ${name}` });
  }
}

/** The marketplace board. */
export class MarketplacePage {
  constructor(readonly page: Page) {}

  section(name: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name}`) });
  }

  match(want: string): Locator {
    return this.section('Vraag ontmoet aanbod').locator('.match').filter({ has: this.page.getByRole('heading', { name: want, exact: true }) });
  }
}

/** Adds a colleague through "Profiel toevoegen" (with offers and wants, which addColleague leaves out); returns the id. */
export async function addProfile(page: Page, input: ProfileInput & { name: string }): Promise<string> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Collega's" }).click();
  await page.getByRole('link', { name: 'Profiel toevoegen' }).click();
  const form = new ProfileFormPage(page);
  await form.fill(input);
  await form.submit('Profiel toevoegen');
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${input.name}`) })).toBeVisible();
  return /#\/members\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
}
