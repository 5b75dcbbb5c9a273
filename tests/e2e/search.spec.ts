import { expect, saveScreenshot, test } from './fixtures';
import { checkScreen } from './pages/accessibility';
import { AppPage } from './pages/AppPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { addProfile, ExpertsPage, MarketplacePage, SearchBox, SearchResultsPage } from './pages/SearchPages';

test.use({ demo: true });

const ME = { name: 'Sanne Ünal', institution: 'Da Vinci College', function: 'Docent Nederlands', wants: ['Gamificatie leren toepassen'] };

test.beforeEach(async ({ page, host }) => {
  await new AppPage(page).open(host.url);
  await new OnboardingPage(page).createMyProfile(ME);
});

test('Ctrl+K focuses the box; "cafe" finds the netwerkcafé with the word marked; the keyboard opens it', async ({ page }) => {
  const box = new SearchBox(page);
  await page.getByRole('main').click();
  await page.keyboard.press('Control+K');
  await expect(box.input).toBeFocused();

  await box.input.pressSequentially('cafe');
  await expect(box.input).toHaveAttribute('aria-expanded', 'true');
  const cafes = box.group('Netwerkcafés').getByRole('option');
  await expect(cafes.first()).toBeVisible();
  // Typed without the accent, found with it, and the matched word is marked.
  await expect(cafes.first().locator('mark').first()).toHaveText('Netwerkcafé');
  await expect(box.group('Vragen').locator('mark').first()).toHaveText(/netwerkcafé/i);
  await checkScreen(page, 'search-01-dropdown');

  // Down to the first netwerkcafé, Enter opens it.
  const all = await box.options.allTextContents();
  const target = (await cafes.first().textContent())!;
  const index = all.indexOf(target);
  for (let i = 0; i <= index; i++) await box.input.press('ArrowDown');
  expect(await box.activeOptionText()).toBe(target);
  await expect(box.options.nth(index)).toHaveAttribute('aria-selected', 'true');
  const title = (await cafes.first().locator('.global-search__option-title').textContent())!;
  await box.input.press('Enter');
  await expect(page).toHaveURL(/#\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title.replace(/Demo$/, ''));
  await expect(box.listbox).toHaveCount(0);

  // Up wraps to the last option; Escape closes, a second Escape empties the box.
  await page.keyboard.press('Control+K');
  await box.input.pressSequentially('stage');
  await expect(box.options.first()).toBeVisible();
  await box.input.press('ArrowUp');
  expect(await box.activeOptionText()).toBe('Wie weet iets van „stage”?');
  await box.input.press('Escape');
  await expect(box.listbox).toHaveCount(0);
  await expect(box.input).toHaveAttribute('aria-expanded', 'false');
  await expect(box.input).toHaveValue('stage');
  await box.input.press('Escape');
  await expect(box.input).toHaveValue('');
});

test('a typo in a colleague\'s expertise still finds her; no results says so with a hint', async ({ page }) => {
  await addProfile(page, { name: 'Bram de Wit', institution: 'Summa College', expertise: ['Gamificatie'], offers: ['Gamificatie'] });
  const box = new SearchBox(page);
  await box.input.click();
  await box.type('gamifcatie');
  const colleagues = box.group("Collega's");
  await expect(colleagues.getByRole('option', { name: /Bram de Wit/ })).toBeVisible();
  await expect(colleagues.getByRole('option', { name: /Bram de Wit/ }).locator('mark').first()).toHaveText('Gamificatie');

  await box.type('xqzwv');
  await expect(box.popup).toContainText('Geen resultaten voor „xqzwv”');
  await expect(box.popup).toContainText('Controleer de spelling');
  await expect(box.input).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('status').filter({ hasText: 'Geen resultaten voor „xqzwv”' })).toHaveCount(1);
});

test('the results page: grouped, filtered by institution and type, combinable with text, kept in the address', async ({ page }) => {
  await addProfile(page, { name: 'Bram de Wit', institution: 'Summa College', expertise: ['Gamificatie'] });
  await addProfile(page, { name: 'Anna Zwart', institution: 'ROC Rijnland Vakcollege', expertise: ['Gamificatie in de zorg'] });
  const box = new SearchBox(page);
  await box.input.click();
  await box.type('gamificatie');
  await expect(box.options.first()).toBeVisible();
  await box.input.press('Enter');

  const results = new SearchResultsPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Zoeken' })).toBeVisible();
  await expect(results.input).toHaveValue('gamificatie');
  await expect(results.group("Collega's").getByRole('link', { name: 'Bram de Wit' })).toBeVisible();
  await expect(results.group("Collega's").getByRole('link', { name: 'Anna Zwart' })).toBeVisible();
  await expect(results.result('Anna Zwart')).toContainText('Gevonden in expertise: Gamificatie');

  await results.filter('Instelling').selectOption({ label: 'Summa College' });
  await expect(results.group("Collega's").getByRole('link', { name: 'Anna Zwart' })).toHaveCount(0);
  await expect(results.group("Collega's").getByRole('link', { name: 'Bram de Wit' })).toBeVisible();
  await expect(page).toHaveURL(/institution=Summa\+College/);

  // The filter stays while the text changes, and after a reload.
  await results.input.fill('');
  await results.input.pressSequentially('gamificatie bram');
  await expect(results.input).toHaveValue('gamificatie bram');
  await expect(results.results).toHaveCount(1);
  await page.reload();
  await expect(results.input).toHaveValue('gamificatie bram');
  await expect(results.filter('Instelling')).toHaveValue('Summa College');
  await expect(results.results).toHaveCount(1);

  // Filters alone browse; a type narrows; "Filters wissen" brings everything back.
  await results.input.fill('');
  await results.typeButton(/^Onderzoek/).click();
  await results.filter('Status').selectOption({ label: 'Afgerond' });
  await results.filter('Instelling').selectOption({ label: 'Alle instellingen' });
  await expect(results.results.first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Onderzoek' })).toBeVisible();
  await results.input.fill('zzzqqq');
  await expect(page.getByText('Geen resultaten voor „zzzqqq”')).toBeVisible();
  await expect(page.getByText('Er staan filters aan.')).toBeVisible();
  await page.getByRole('button', { name: 'Filters wissen' }).first().click();
  await expect(results.typeButton(/^Alles/)).toHaveAttribute('aria-pressed', 'true');

  await results.input.fill('formatief');
  await expect(results.group('Onderzoek').locator('mark').first()).toHaveText(/formatief/i);
  await results.filter('Gebied').selectOption({ label: 'Vakinhoud' });
  await expect(results.results.first()).toBeVisible();
  await checkScreen(page, 'search-02-results-filters');
});

test('"Wie weet iets van …?" ranks colleagues with their evidence, and links to it', async ({ page }) => {
  await addProfile(page, { name: 'Bram de Wit', institution: 'Summa College', expertise: ['Gamificatie'], offers: ['Gamificatie in de les'] });
  const app = new AppPage(page);
  await app.goTo('Wie weet wat?');
  const experts = new ExpertsPage(page);
  await expect(app.heading('Wie weet iets van…?')).toBeVisible();
  await expect(page.getByText('Over welk onderwerp zoek je een collega?')).toBeVisible();

  await experts.input.pressSequentially('gamificatie');
  await expect(experts.experts.first()).toContainText('Bram de Wit');
  await expect(experts.evidence('Bram de Wit')).toContainText('Expertise: Gamificatie');
  await expect(experts.evidence('Bram de Wit')).toContainText('Biedt aan: Gamificatie in de les');

  await experts.input.fill('feedback');
  // The true count, not the 20 shown; "meer" shows the next 20.
  const count = page.getByText(/^\d+ collega's weten iets van „feedback”$/);
  await expect(count).toBeVisible();
  const total = Number(/^(\d+)/.exec((await count.textContent())!)![1]);
  expect(total).toBeGreaterThan(20);
  await expect(experts.experts).toHaveCount(20);
  await expect(page.getByText(`20 van ${total} collega's getoond`)).toBeVisible();
  await page.getByRole('button', { name: "Meer collega's tonen" }).click();
  await expect(experts.experts).toHaveCount(Math.min(40, total));
  const first = experts.experts.first();
  const name = (await first.getByRole('heading').textContent())!.replace(/jij$/, '');
  const evidence = experts.evidence(name);
  await expect(evidence).toBeVisible();
  await expect(evidence.getByRole('listitem').first()).toContainText(/Expertise:|Biedt aan:|Onderzoek:/);
  await checkScreen(page, 'search-03-experts');

  const research = evidence.getByRole('listitem').filter({ hasText: 'Onderzoek:' }).getByRole('link').first();
  const researchTitle = (await research.textContent())!;
  await research.click();
  await expect(page).toHaveURL(/#\/research\/[0-9a-f-]{36}$/);
  await expect(app.heading(researchTitle)).toBeVisible();

  await page.goBack();
  await experts.input.fill('sterrenkunde op mars');
  await expect(page.getByText('Nog niemand gevonden die iets weet van „sterrenkunde op mars”')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Vraag stellen' })).toBeVisible();
});

test('the marketplace ties my want to a colleague\'s offer, shows shared offers and unmet wants', async ({ page }) => {
  await addProfile(page, { name: 'Bram de Wit', institution: 'Summa College', expertise: ['Gamificatie'], offers: ['Gamificatie in de les'] });
  const app = new AppPage(page);
  await app.goTo('Marktplaats');
  const market = new MarketplacePage(page);
  await expect(app.heading('Marktplaats: vraag en aanbod')).toBeVisible();

  const mine = market.match('Gamificatie leren toepassen');
  await expect(mine).toBeVisible();
  await expect(mine.getByRole('list', { name: 'Gevraagd door: Gamificatie leren toepassen' })).toContainText('Sanne Ünal');
  await expect(mine.getByRole('list', { name: 'Aangeboden door: Gamificatie in de les' }).getByRole('link', { name: 'Bram de Wit' })).toBeVisible();
  await expect(mine.locator('.match__because')).toHaveText('Gemeenschappelijk: gamificatie');
  // My own want comes first, marked as mine.
  await expect(market.section('Vraag ontmoet aanbod').locator('.match').first()).toContainText('Jouw vraag');
  await expect(market.section('Vraag ontmoet aanbod').locator('.match').first()).toContainText('Gamificatie leren toepassen');
  await expect(mine).toContainText('Over instellingen heen');

  const shared = market.section("Aanbod bij meerdere collega's");
  await expect(shared.locator('.topic-card').first()).toContainText(/\d+ collega's bieden dit aan/);
  await expect(market.section('Vraag zonder aanbod')).toBeVisible();
  await checkScreen(page, 'search-04-marketplace');
  await shared.getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'search-05-marketplace-shared');

  await mine.getByRole('link', { name: 'Bram de Wit' }).click();
  await expect(app.heading(/^Bram de Wit/)).toBeVisible();
});

test('just after the app opens, a search that waits for the index says "even geduld", then shows its results', async ({ page }) => {
  // The host answers as while its index still loads: not ready, and the search held until it is.
  let release = () => {};
  const loaded = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/invoke/search%3Astatus', (route) => route.fulfill({ json: { ok: true, value: { ready: false } } }));
  await page.route('**/api/invoke/search%3Aquery', async (route) => {
    await loaded;
    await route.continue();
  });

  const box = new SearchBox(page);
  await page.keyboard.press('Control+K');
  await box.input.pressSequentially('stage');
  await expect(box.popup).toContainText('De zoekindex wordt nog geladen, even geduld…');
  await expect(page.getByRole('status').filter({ hasText: 'even geduld' })).toHaveCount(1);
  await expect(box.listbox).toHaveCount(0);
  await checkScreen(page, 'search-06-index-loading');

  // The results page waits the same way, and says so.
  await box.input.press('Enter');
  await expect(page.getByRole('main').getByRole('status')).toHaveText('De zoekindex wordt nog geladen, even geduld…');
  await checkScreen(page, 'search-07-index-loading-page');

  release();
  await expect(new SearchResultsPage(page).results.first()).toBeVisible();
  await expect(page.getByRole('main').getByText('even geduld')).toHaveCount(0);
});
