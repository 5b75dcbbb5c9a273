import { expect, type Locator, type Page } from '@playwright/test';

export interface SessionInput {
  title: string;
  theme?: string;
  date: string;
  time?: string;
  minutes?: string;
  location?: string;
  capacity?: string;
  description?: string;
}

export interface ProgrammeItemInput {
  kind?: string;
  title: string;
  minutes: string;
  presenters?: string[];
}

/** A date some weeks ahead as the date field takes it, so "upcoming" stays true whenever the tests run. */
export function dateAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** The list of netwerkcafés. */
export class SessionListPage {
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.cards = page.locator('.session-card');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Netwerkcafés' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Netwerkcafés' })).toBeVisible();
  }

  async show(view: 'Komend' | 'Afgelopen' | 'Van mij'): Promise<void> {
    await this.page.getByRole('group', { name: 'Welke netwerkcafés' }).getByRole('button', { name: view }).click();
  }

  card(title: string): Locator {
    return this.cards.filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }
}

/** The form for a new netwerkcafé or its details. */
export class SessionFormPage {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.locator('form.form');
  }

  /** By its label; optional fields add "(optioneel)" to theirs. */
  field(label: string): Locator {
    return this.form.getByLabel(new RegExp(`^${label}( \\(optioneel\\))?$`));
  }

  async fill(input: SessionInput): Promise<void> {
    await this.field('Titel').fill(input.title);
    if (input.theme !== undefined) await this.field('Thema').fill(input.theme);
    await this.field('Datum').fill(input.date);
    if (input.time !== undefined) await this.field('Begintijd').fill(input.time);
    if (input.minutes !== undefined) await this.field('Duur in minuten').fill(input.minutes);
    if (input.location !== undefined) await this.field('Locatie').fill(input.location);
    if (input.capacity !== undefined) await this.field('Maximum aantal deelnemers').fill(input.capacity);
    if (input.description !== undefined) await this.field('Beschrijving').fill(input.description);
  }

  async submit(label = 'Netwerkcafé opslaan'): Promise<void> {
    await this.form.getByRole('button', { name: label }).click();
  }
}

/** One netwerkcafé: header, programme, attendees, report. */
export class SessionDetailPage {
  readonly title: Locator;
  readonly programme: Locator;
  readonly programmeItems: Locator;
  readonly attendees: Locator;
  readonly report: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 });
    this.programme = page.getByRole('region', { name: 'Programma' });
    this.programmeItems = this.programme.locator('.programme__item');
    this.attendees = page.getByRole('region', { name: 'Deelnemers' });
    this.report = page.getByRole('region', { name: 'Verslag en acties' });
  }

  /** Adds a programme item through the inline form and waits until it is in the list. */
  async addItem(item: ProgrammeItemInput): Promise<void> {
    await this.programme.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
    const form = this.programme.getByRole('form', { name: 'Nieuw programma-onderdeel' });
    if (item.kind) await form.getByLabel('Soort').selectOption({ label: item.kind });
    await form.getByLabel('Titel', { exact: true }).fill(item.title);
    await form.getByLabel('Minuten', { exact: true }).fill(item.minutes);
    for (const name of item.presenters ?? []) {
      const picker = form.getByRole('combobox', { name: 'Presentatoren' });
      await picker.fill(name.split(' ')[0]!);
      await form.getByRole('option', { name: new RegExp(name) }).click();
    }
    await form.getByRole('button', { name: 'Onderdeel toevoegen' }).click();
    await expect(this.programmeItems.filter({ hasText: item.title })).toBeVisible();
  }

  async itemTitles(): Promise<string[]> {
    return (await this.programmeItems.locator('.programme__title').allTextContents()).map((t) => t.replace(/^\S+( en aanbod \(marktplaats\))?\s/, '').trim());
  }

  async registerColleague(name: string): Promise<void> {
    await this.attendees.getByRole('radio', { name: 'Collega' }).check();
    // Typed without accents: the picker finds "Ümit Ünal" from "umit".
    const picker = this.attendees.getByRole('combobox', { name: 'Welke collega' });
    await picker.fill(name.normalize('NFD').replace(/\p{M}/gu, '').split(' ')[0]!);
    await this.attendees.getByRole('option', { name: new RegExp(name) }).click();
    await this.attendees.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  }

  async registerGuest(name: string, email: string): Promise<void> {
    await this.attendees.getByRole('radio', { name: 'Gast' }).check();
    await this.attendees.getByLabel('Naam van de gast').fill(name);
    await this.attendees.getByLabel('E-mailadres').fill(email);
    await this.attendees.getByRole('button', { name: 'Gast aanmelden' }).click();
  }

  statusOf(name: string): Locator {
    return this.attendees.getByLabel(`Status van ${name}`);
  }

  /** What the attendee panel just announced to screen readers. */
  get announcement(): Locator {
    return this.attendees.locator('p.visually-hidden[role="status"]');
  }
}

/** Plans a netwerkcafé from the list and lands on its page. */
export async function planSession(page: Page, input: SessionInput): Promise<SessionDetailPage> {
  const list = new SessionListPage(page);
  await list.open();
  await page.getByRole('link', { name: 'Netwerkcafé plannen' }).first().click();
  const form = new SessionFormPage(page);
  await form.fill(input);
  await form.submit();
  const detail = new SessionDetailPage(page);
  await expect(detail.title).toHaveText(input.title);
  return detail;
}
