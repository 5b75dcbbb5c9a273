import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { QuestionFormPage, QuestionThreadPage } from './pages/QuestionPages';
import { ResearchDetailPage, ResearchFormPage } from './pages/ResearchPages';

/** Everything a hostile colleague (or a hostile import) could put in a Markdown field. */
const HOSTILE = [
  'Gewone tekst met **vet**.',
  '',
  "<script>window.__pwned = 'script'; alert('script')</script> Tekst na het script blijft staan.",
  '',
  "[klik hier](javascript:window.__pwned='link';alert('link'))",
  '',
  "<img src=\"x\" onerror=\"window.__pwned='img';alert('img')\">",
  '',
  "<a href=\"#\" onclick=\"window.__pwned='click';alert('click')\">html-link</a>",
  '',
  "<div onmouseover=\"alert('hover')\">beweeg hierover</div>",
  '',
  '![plaatje](https://tracker.example/pixel.png)',
  '',
  '[data-link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '',
  '[veilige link](https://www.mboraad.nl)',
].join('\n');

/** Records what would show an attack: dialogs, requests leaving the loopback host, navigation. */
function watch(page: Page, origin: string) {
  const dialogs: string[] = [];
  const outside: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:image/svg')) outside.push(url);
  });
  return { dialogs, outside };
}

async function expectInert(page: Page, markdown: ReturnType<Page['locator']>) {
  const before = page.url();
  await expect(markdown.locator('strong')).toHaveText('vet');
  // A tag is dropped, the writer's words around it are not; the script's code never shows.
  await expect(markdown).toContainText('Tekst na het script blijft staan.');
  await expect(markdown).toContainText('beweeg hierover');
  await expect(markdown).not.toContainText('__pwned');
  // Nothing executable made it into the page.
  await expect(markdown.locator('script, img, iframe, object, embed, [onerror], [onclick], [onmouseover]')).toHaveCount(0);
  await expect(markdown.locator('a[href^="javascript:"], a[href^="data:"], a[href="#"]')).toHaveCount(0);
  await expect(markdown.getByRole('link', { name: /veilige link/ })).toHaveAttribute('href', 'https://www.mboraad.nl');
  // The javascript: link is plain text now; clicking it does nothing.
  await markdown.getByText('klik hier').click();
  await markdown.getByText('data-link').click();
  await expect(markdown).toContainText('[afbeelding: plaatje]');
  expect(page.url()).toBe(before);
  expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
}

test('Markdown with scripts, javascript: links and event handlers renders inert in research and questions', async ({ page, host }) => {
  const origin = new URL(host.url).origin;
  const seen = watch(page, origin);
  const app = new AppPage(page);
  await app.open(host.url);
  await new OnboardingPage(page).createMyProfile({ name: 'Kees de Vries', institution: 'Albeda' });

  await app.goTo('Onderzoek');
  await page.getByRole('link', { name: 'Onderzoek toevoegen' }).first().click();
  const form = new ResearchFormPage(page);
  await form.fill({ title: 'Een onderzoek met vreemde tekens', summary: HOSTILE, findings: HOSTILE });
  await form.publish();
  await expect(new ResearchDetailPage(page).title).toHaveText('Een onderzoek met vreemde tekens');
  for (const section of ['Samenvatting', 'Bevindingen']) await expectInert(page, page.getByRole('region', { name: section }).locator('.markdown'));

  await app.goTo('Vraagbank');
  await page.getByRole('link', { name: 'Vraag stellen' }).first().click();
  const ask = new QuestionFormPage(page);
  await ask.fill({ title: 'Wat doet deze tekst hier?', body: HOSTILE });
  await ask.submit();
  const thread = new QuestionThreadPage(page);
  await expect(thread.title).toHaveText('Wat doet deze tekst hier?');
  await expectInert(page, page.locator('.thread__body'));
  await thread.postAnswer(HOSTILE);
  await expectInert(page, thread.answers.first().locator('.markdown'));

  // After a reload (a fresh render from stored data) it is just as inert.
  await page.reload();
  await expectInert(page, page.locator('.thread__body'));

  expect(seen.dialogs).toEqual([]);
  expect(seen.outside).toEqual([]);
});
