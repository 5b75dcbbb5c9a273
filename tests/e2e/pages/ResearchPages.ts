import { expect, type Locator, type Page } from '@playwright/test';

export interface ResearchInput {
  title: string;
  coAuthors?: string[];
  partners?: string[];
  summary?: string;
  findings?: string;
  tags?: string[];
  links?: string;
  files?: { name: string; mimeType: string; buffer: Buffer }[];
}

/** "Onderzoek": the list with its filters, export and selection. */
export class ResearchListPage {
  readonly list: Locator;
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByRole('list', { name: /^(Onderzoek|Concepten)$/ });
    this.cards = this.list.getByRole('article');
  }

  card(title: string): Locator {
    return this.cards.filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  async showDrafts(): Promise<void> {
    await this.page.getByRole('button', { name: 'Concepten', exact: true }).click();
  }

  async exportAs(format: 'RIS (Zotero, EndNote)' | 'BibTeX' | 'CSL-JSON', button: string | RegExp) {
    await this.page.getByLabel('Exportformaat').selectOption({ label: format });
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    return download;
  }
}

/** The research form (new and edit). */
export class ResearchFormPage {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.locator('form.form');
  }

  field(label: string | RegExp): Locator {
    return this.form.getByLabel(label, { exact: typeof label === 'string' });
  }

  /** Picks a colleague from the suggestions, by keyboard as a user would. */
  async pick(label: 'Auteurs' | 'Partners', name: string): Promise<void> {
    const box = this.form.getByRole('combobox', { name: label });
    await box.fill(name.split(' ')[0]!);
    const option = this.page.getByRole('listbox', { name: `Suggesties voor ${label}` }).getByRole('option', { name: new RegExp(name) });
    await expect(option).toBeVisible();
    while ((await option.getAttribute('aria-selected')) !== 'true') await box.press('ArrowDown');
    await box.press('Enter');
    await expect(this.form.getByRole('list', { name: `Gekozen: ${label}` }).getByText(name, { exact: true })).toBeVisible();
  }

  async addFiles(files: NonNullable<ResearchInput['files']>): Promise<void> {
    await this.field('Bestanden toevoegen').setInputFiles(files);
  }

  attachmentProblems(): Locator {
    return this.form.locator('.attachment-input').getByRole('alert');
  }

  async fill(input: ResearchInput): Promise<void> {
    await this.field('Titel').fill(input.title);
    for (const name of input.coAuthors ?? []) await this.pick('Auteurs', name);
    for (const name of input.partners ?? []) await this.pick('Partners', name);
    if (input.summary !== undefined) await this.field(/^Samenvatting/).fill(input.summary);
    if (input.findings !== undefined) await this.field(/^Bevindingen/).fill(input.findings);
    for (const tag of input.tags ?? []) {
      await this.field('Trefwoorden').fill(tag);
      await this.field('Trefwoorden').press('Enter');
    }
    if (input.links !== undefined) await this.field(/^Links/).fill(input.links);
    if (input.files) {
      await this.addFiles(input.files);
      for (const file of input.files) await expect(this.form.getByRole('list', { name: 'Bijlagen' }).getByText(file.name, { exact: true })).toBeVisible();
    }
  }

  async publish(): Promise<void> {
    await this.form.getByRole('button', { name: 'Publiceren' }).click();
  }
}

/** One result's page. */
export class ResearchDetailPage {
  readonly title: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 });
  }

  people(label: 'Auteurs' | 'Partners'): Locator {
    return this.page.getByRole('list', { name: label }).getByRole('link');
  }

  attachments(): Locator {
    return this.page.getByRole('list', { name: 'Bijlagen' }).getByRole('listitem');
  }
}

/** Adds a colleague through "Profiel toevoegen" and returns the new profile's id (from its address). */
export async function addColleague(page: Page, input: { name: string; institution: string; expertise?: string[] }): Promise<string> {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Collega's" }).click();
  await page.getByRole('link', { name: 'Profiel toevoegen' }).click();
  const form = page.locator('form.form');
  await form.getByLabel('Naam', { exact: true }).fill(input.name);
  await form.getByLabel('Instelling', { exact: true }).fill(input.institution);
  for (const tag of input.expertise ?? []) {
    await form.getByLabel('Expertise', { exact: true }).fill(tag);
    await form.getByLabel('Expertise', { exact: true }).press('Enter');
  }
  await form.getByRole('button', { name: 'Profiel toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${input.name}`) })).toBeVisible();
  return /#\/members\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
}
