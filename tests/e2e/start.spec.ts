import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { emptyMemberFields } from '../../shared/domain/member';
import { expect, test } from './fixtures';
import { checkScreen } from './pages/accessibility';
import { AppPage } from './pages/AppPage';
import { ExchangePages } from './pages/ExchangePages';
import { OnboardingPage } from './pages/OnboardingPage';
import { PlgPages } from './pages/PlgPages';
import { invoke } from './previewApi';
import { researchFields } from './records';
import { START_NEWS } from './startNews';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const cafe = (title: string, organiserIds: string[]) => ({
  title,
  theme: 'Feedback',
  start: '2027-01-14T15:30',
  minutes: 120,
  location: 'Aula',
  onlineLink: '',
  organiserIds,
  plgId: null,
  description: '',
  preparation: '',
  capacity: null,
});

/** Sanne's records, shared with Bram's laptop: a question, a café they organise together, one of his, and their research. */
async function sanneShares(hostUrl: string, work: string): Promise<{ toBram: string; jointCafeId: string }> {
  const { meId } = (await invoke(hostUrl, 'app:info')).settings;
  const bram = await invoke(hostUrl, 'members:save', { fields: { ...emptyMemberFields(), name: START_NEWS.bram, institution: 'Albeda', email: 'bram@albeda.nl' } });
  await invoke(hostUrl, 'questions:save', { fields: { title: START_NEWS.question, body: 'Wie heeft tips?', tags: [], area: 'vakinhoud' } });
  const joint = await invoke(hostUrl, 'sessions:save', { fields: cafe(START_NEWS.jointCafe, [meId!, bram.id]) });
  await invoke(hostUrl, 'sessions:save', { fields: cafe(START_NEWS.bramsCafe, [bram.id]) });
  await invoke(hostUrl, 'research:save', { fields: researchFields(START_NEWS.research, [meId!, bram.id]) });
  const exported = await invoke(hostUrl, 'exchange:export', { scope: { kind: 'all' } });
  if (exported.status !== 'ok') throw new Error(exported.refusal.message);
  const toBram = path.join(work, 'van-sanne.mnw');
  await writeFile(toBram, Buffer.from(exported.value.dataBase64, 'base64'));
  return { toBram, jointCafeId: joint.id };
}

test('the start page lists what came in since my last visit, each item leading to its record; the next visit is calm', async ({ page, host }) => {
  test.setTimeout(180_000);
  const work = await mkdtemp(path.join(os.tmpdir(), 'masternetwerk-e2e-start-'));
  try {
    const app = new AppPage(page);
    await app.open(host.url);
    await new OnboardingPage(page).createMyProfile({ name: START_NEWS.sanne, institution: 'ROC Rijnland' });

    // The very first visit: nothing to compare with yet; the page says what it will show.
    await expect(app.nav.getByRole('link').first()).toHaveText('Start');
    await app.goTo('Start');
    await expect(app.heading('Welkom terug, Sanne')).toBeVisible();
    await expect(page.getByText(/^Fijn dat je er bent! Vanaf je volgende bezoek zie je hier/)).toBeVisible();
    await checkScreen(page, 'start-01-first-visit');

    // Bram works on his laptop after this visit; his bundle comes back and Sanne imports it.
    const { toBram, jointCafeId } = await sanneShares(host.url, work);
    const fromBram = path.join(work, 'van-bram.mnw');
    // Not execFileSync: a blocked test process would reuse a connection the preview host closed meanwhile.
    await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/e2e/makeStartNews.ts'), toBram, fromBram], { cwd: ROOT });
    // Attendee lists never travel in bundles: a guest registers here, at Sanne's desk.
    await invoke(host.url, 'sessions:register', { id: jointCafeId, attendee: { kind: 'guest', name: 'Gast van Albeda', email: 'gast@albeda.nl' } });
    const exchange = new ExchangePages(page);
    await exchange.openOverview();
    await page.getByRole('link', { name: 'Pakket importeren' }).click();
    await exchange.chooseBundle(fromBram);
    await page.getByRole('checkbox', { name: /vingerafdruk/ }).check();
    await page.getByRole('button', { name: /^Importeren \(/ }).click();
    await expect(page.getByText(/onderdelen veranderd/)).toBeVisible();

    // Opening the app again: #/ is the start page, with what came since the visit before.
    await page.goto(await host.restart());
    await expect(app.heading('Welkom terug, Sanne')).toBeVisible();
    const news = page.getByRole('list', { name: 'Nieuw sinds je vorige bezoek' });
    const item = (kind: string) => news.getByRole('listitem').filter({ has: page.getByText(kind, { exact: true }) });
    await expect(item('Antwoord op je vraag')).toContainText(`${START_NEWS.question}Van ${START_NEWS.bram}`);
    await expect(item('Aanmelding voor je netwerkcafé')).toContainText(`${START_NEWS.jointCafe}Gast van Albeda`);
    await expect(item('Actie voor jou')).toContainText(`${START_NEWS.action}Uit ${START_NEWS.bramsCafe}`);
    await expect(item('Onderzoek bijgewerkt op een andere computer')).toContainText(`${START_NEWS.research}Gewijzigd: Samenvatting`);
    await expect(item('Netwerkcafé bijgewerkt op een andere computer')).toContainText(`${START_NEWS.jointCafe}Gewijzigd: PLG`);
    await expect(item(`Voorstel van ${START_NEWS.bram} (Profiel)`)).toContainText('Wil wijzigen: Functie.');
    await expect(news.getByRole('listitem')).toHaveCount(6);
    await checkScreen(page, 'start-02-news', { fullPage: true });

    // Each item leads to its record.
    await item('Antwoord op je vraag').getByRole('link', { name: START_NEWS.question }).click();
    await expect(page.getByText(START_NEWS.answer)).toBeVisible();
    await app.goTo('Start');
    await item('Actie voor jou').getByRole('link', { name: START_NEWS.bramsCafe }).click();
    await expect(app.heading(START_NEWS.bramsCafe)).toBeVisible();
    await expect(page.getByText(START_NEWS.action)).toBeVisible();
    await app.goTo('Start');
    await item('Netwerkcafé bijgewerkt op een andere computer').getByRole('link', { name: START_NEWS.jointCafe }).click();

    // The café's PLG came from Bram's laptop; he coordinates it, so Sanne sees no edit button.
    await page.getByRole('link', { name: START_NEWS.plg }).click();
    const plgs = new PlgPages(page);
    await plgs.expectOpen(START_NEWS.plg);
    await expect(plgs.people('Coördinatoren')).toHaveText([START_NEWS.bram]);
    await expect(plgs.section('Netwerkcafés').getByRole('link', { name: START_NEWS.jointCafe })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Bewerken', exact: true })).toHaveCount(0);
    await expect(page.getByText('Alleen de coördinatoren van deze PLG passen de naam, beschrijving en coördinatoren aan.')).toBeVisible();
    await checkScreen(page, 'plgs-04-not-coordinator', { fullPage: true });

    // The next opening: nothing new, said in one line, with the usual ways on.
    await page.goto(await host.restart());
    await expect(page.getByText('Niets nieuws sinds je vorige bezoek. Fijn dat je er weer bent!')).toBeVisible();
    await expect(news).toHaveCount(0);
    await checkScreen(page, 'start-03-nothing-new');
    await page.getByRole('link', { name: /^Vraagbank/ }).and(page.locator('.entry-card')).click();
    await expect(app.heading('Vraagbank')).toBeVisible();
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
