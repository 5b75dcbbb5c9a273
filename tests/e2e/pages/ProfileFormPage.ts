import { type Locator, type Page } from '@playwright/test';

export interface ProfileInput {
  name?: string;
  email?: string;
  function?: string;
  institution?: string;
  team?: string;
  degree?: { programme: string; institute: string; year: string };
  expertise?: string[];
  offers?: string[];
  wants?: string[];
  areas?: string[];
  roles?: string[];
  bio?: string;
  visibility?: string;
}

/** The profile form, as onboarding, "Profiel toevoegen" and editing show it. */
export class ProfileFormPage {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.locator('form.form');
  }

  field(label: string | RegExp): Locator {
    return this.form.getByLabel(label, { exact: typeof label === 'string' });
  }

  get name() {
    return this.field('Naam');
  }

  get institution() {
    return this.field('Instelling');
  }

  tagInput(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  chips(label: string): Locator {
    return this.form.getByRole('list', { name: `Gekozen: ${label}` }).getByRole('listitem');
  }

  async addTags(label: string, tags: string[]): Promise<void> {
    const input = this.tagInput(label);
    for (const tag of tags) {
      await input.fill(tag);
      await input.press('Enter');
    }
  }

  async fill(input: ProfileInput): Promise<void> {
    if (input.name !== undefined) await this.name.fill(input.name);
    if (input.email !== undefined) await this.field(/^E-mailadres/).fill(input.email);
    if (input.function !== undefined) await this.field(/^Functie/).fill(input.function);
    if (input.institution !== undefined) await this.institution.fill(input.institution);
    if (input.team !== undefined) await this.field(/^Team of opleiding/).fill(input.team);
    if (input.degree) {
      await this.field('Opleiding').fill(input.degree.programme);
      await this.field('Hogeschool of universiteit').fill(input.degree.institute);
      await this.field('Jaar van afronding').fill(input.degree.year);
    }
    if (input.expertise) await this.addTags('Expertise', input.expertise);
    if (input.offers) await this.addTags('Aanbod', input.offers);
    if (input.wants) await this.addTags('Vraag', input.wants);
    for (const area of input.areas ?? []) await this.form.getByRole('group', { name: 'Gebieden' }).getByLabel(area).check();
    for (const role of input.roles ?? []) await this.form.getByRole('group', { name: 'Rollen' }).getByLabel(role).check();
    if (input.bio !== undefined) await this.field(/^Over mij/).fill(input.bio);
    if (input.visibility) await this.field('Wie mag je profiel zien?').selectOption({ label: input.visibility });
  }

  async submit(label: string | RegExp): Promise<void> {
    await this.form.getByRole('button', { name: label }).click();
  }

  /** The message tied to a field by aria-describedby. */
  errorOf(field: Locator): Locator {
    return field.locator('xpath=ancestor::div[contains(@class,"field")][1]').locator('.field__error');
  }
}
