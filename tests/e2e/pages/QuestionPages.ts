import { expect, type Locator, type Page } from '@playwright/test';

/** The vraagbank: its four lists. */
export class QuestionListPage {
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.rows = page.locator('.question-list').getByRole('article');
  }

  async show(view: 'Open vragen' | 'Mijn vragen' | 'Door mij beantwoord' | 'Langst onbeantwoord' | 'Alle vragen'): Promise<void> {
    await this.page.getByRole('button', { name: view, exact: true }).click();
    await expect(this.page.getByRole('button', { name: view, exact: true })).toHaveAttribute('aria-pressed', 'true');
  }

  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }
}

/** Asking (or editing) a question. */
export class QuestionFormPage {
  readonly form: Locator;
  readonly title: Locator;
  readonly similar: Locator;

  constructor(readonly page: Page) {
    this.form = page.locator('form.form');
    this.title = this.form.getByLabel('Je vraag', { exact: true });
    this.similar = this.form.getByRole('region', { name: 'Lijkt op een vraag die al gesteld is' });
  }

  async fill(input: { title: string; body?: string; tags?: string[] }): Promise<void> {
    await this.title.fill(input.title);
    if (input.body !== undefined) await this.form.getByLabel(/^Toelichting/).fill(input.body);
    const tags = this.form.getByLabel('Trefwoorden', { exact: true });
    for (const tag of input.tags ?? []) {
      await tags.fill(tag);
      await tags.press('Enter');
    }
  }

  async submit(): Promise<void> {
    await this.form.getByRole('button', { name: 'Vraag stellen' }).click();
  }
}

/** One question with its answers and "Wie kan helpen?". */
export class QuestionThreadPage {
  readonly title: Locator;
  readonly status: Locator;
  readonly answers: Locator;
  readonly helpers: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 });
    this.status = page.locator('.thread__header .status-pill');
    this.answers = page.locator('ol.answers > li');
    this.helpers = page.getByRole('region', { name: 'Wie kan helpen?' });
  }

  answer(text: string): Locator {
    return this.answers.filter({ hasText: text });
  }

  async postAnswer(body: string): Promise<void> {
    const before = await this.answers.count();
    await this.page.getByLabel('Antwoord', { exact: true }).fill(body);
    await this.page.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await expect(this.answers).toHaveCount(before + 1);
  }

  async accept(text: string): Promise<void> {
    await this.answer(text).getByRole('button', { name: 'Dit antwoord accepteren' }).click();
    await expect(this.answer(text).getByText('Geaccepteerd antwoord')).toBeVisible();
  }
}

/**
 * Makes another profile "me" in this browser tab. The settings screen has no
 * "switch profile" control yet, so this goes through the same API call the
 * onboarding screen makes (settings:update), then reloads as the user would.
 */
export async function switchMe(page: Page, memberId: string): Promise<void> {
  const result = await invoke(page, 'settings:update', { meId: memberId });
  expect(result.ok).toBe(true);
  await page.reload();
  await expect(page.locator('.app')).toBeVisible();
}

/** Who "me" is now, as the app reports it. */
export async function currentMeId(page: Page): Promise<string> {
  const result = await invoke(page, 'app:info', undefined);
  return (result.value as { settings: { meId: string } }).settings.meId;
}

/** A call to the preview host's API with the tab's token, as the UI itself makes it. */
async function invoke(page: Page, channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> {
  return page.evaluate(
    async ({ channel, input }) => {
      const token = sessionStorage.getItem('masternetwerk.previewToken') ?? '';
      const response = await fetch(`/api/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: input === undefined ? '' : JSON.stringify(input),
      });
      return (await response.json()) as { ok: boolean; value?: unknown };
    },
    { channel, input },
  );
}
