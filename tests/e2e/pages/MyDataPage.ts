import { type Locator, type Page } from '@playwright/test';

/** "Mijn gegevens": what is kept about me, the download, the key notice and erasing my profile. */
export class MyDataPage {
  readonly heading: Locator;
  readonly held: Locator;
  readonly keyNotice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Mijn gegevens' });
    this.held = page.getByRole('list', { name: 'Wat Masternetwerk over je bewaart' });
    this.keyNotice = page.getByRole('status').filter({ hasText: 'ondertekensleutel' });
  }

  /** Downloads the JSON document and returns it parsed, with the file name it was offered under. */
  async download(): Promise<{ fileName: string; document: Record<string, unknown> }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Download mijn gegevens (JSON)' }).click(),
    ]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { fileName: download.suggestedFilename(), document: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> };
  }

  async erase(): Promise<void> {
    await this.page.getByRole('button', { name: 'Mijn profiel wissen' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Ja, wissen' }).click();
  }
}
