import type { PlgDetail } from '../../shared/contract';
import { expect, test } from './fixtures';
import { checkScreen } from './pages/accessibility';
import { AppPage } from './pages/AppPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { PlgPages } from './pages/PlgPages';
import { ProfileFormPage } from './pages/ProfileFormPage';
import { ProfilePage } from './pages/ProfilePage';
import { SearchBox } from './pages/SearchPages';
import { invoke } from './previewApi';

test.use({ demo: true });

const ME = { name: 'Hélène van der Berg', institution: 'ROC Rijnland Vakcollege' };

/** The demo PLG with the most cafés: its page then shows a bit of everything. */
async function busiestPlg(hostUrl: string): Promise<PlgDetail> {
  const details = await Promise.all((await invoke(hostUrl, 'plgs:list')).map((p) => invoke(hostUrl, 'plgs:get', { id: p.id })));
  return details.sort((a, b) => b.sessions.length - a.sessions.length || b.research.length - a.research.length)[0]!;
}

test('a PLG mentioned on my profile leads to its page: coordinators, members, cafés, research and questions; by keyboard too', async ({ page, host }) => {
  test.setTimeout(120_000);
  const app = new AppPage(page);
  await app.open(host.url);
  await new OnboardingPage(page).createMyProfile(ME);
  const plg = await busiestPlg(host.url);
  const name = (id: string) => plg.people.find((p) => p.id === id)!.name;

  // I join the PLG in my profile; the profile then names it as a link.
  const profile = new ProfilePage(page);
  await profile.edit();
  await new ProfileFormPage(page).form.getByRole('group', { name: 'Professionele leergemeenschappen' }).getByLabel(plg.plg.name).check();
  await new ProfileFormPage(page).submit('Profiel opslaan');
  await profile.section("PLG's").getByRole('link', { name: plg.plg.name }).click();

  const plgs = new PlgPages(page);
  await plgs.expectOpen(plg.plg.name);
  await expect(plgs.people('Coördinatoren')).toHaveText(plg.plg.coordinatorIds.map(name));
  await expect(plgs.section('Leden')).toContainText(`${plg.memberIds.length + 1} collega's noemen deze PLG in hun profiel.`);
  await expect(plgs.people('Leden').filter({ hasText: ME.name })).toHaveCount(1);
  await expect(plgs.section('Netwerkcafés').getByRole('article')).toHaveCount(Math.min(plg.sessions.length, 4));
  await expect(plgs.section('Netwerkcafés').getByRole('link', { name: plg.sessions[0]!.session.title }).first()).toBeVisible();
  await expect(plgs.section('Onderzoek')).toContainText('Onderzoek heeft zelf geen PLG.');
  await expect(plgs.section('Onderzoek').getByRole('link', { name: plg.research[0]!.title, exact: true })).toBeVisible();
  await expect(plgs.section('Vragen').getByRole('link', { name: plg.questions[0]!.title, exact: true })).toBeVisible();
  // Made on this computer (the demo): it may be edited here.
  await expect(page.getByRole('link', { name: 'Bewerken', exact: true })).toBeVisible();
  await checkScreen(page, 'plgs-02-page', { fullPage: true });

  // Keyboard: from the back link, Tab reaches the first coordinator; Enter opens the profile, which links back.
  const coordinator = name(plg.plg.coordinatorIds[0]!);
  await page.getByRole('link', { name: "Terug naar PLG's" }).focus();
  for (let i = 0; i < 60; i++) {
    if ((await page.evaluate(() => document.activeElement?.textContent ?? '')) === coordinator) break;
    await page.keyboard.press('Tab');
  }
  await expect(plgs.people('Coördinatoren').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(profile.name).toContainText(coordinator);
  await expect(profile.section("PLG's").getByRole('listitem').filter({ hasText: plg.plg.name })).toContainText('coördinator');
  await profile.section("PLG's").getByRole('link', { name: plg.plg.name }).click();

  // A café of the PLG names it, as a link back.
  await plgs.section('Netwerkcafés').getByRole('link', { name: plg.sessions[0]!.session.title }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: plg.sessions[0]!.session.title })).toBeVisible();
  await page.getByRole('link', { name: plg.plg.name }).click();
  await plgs.expectOpen(plg.plg.name);

  // Editing: I become a coordinator too.
  await page.getByRole('link', { name: 'Bewerken', exact: true }).click();
  const form = new ProfileFormPage(page);
  const box = form.form.getByRole('combobox', { name: 'Coördinatoren' });
  await box.fill('Hélène');
  const option = page.getByRole('listbox', { name: 'Suggesties voor Coördinatoren' }).getByRole('option', { name: /Hélène van der Berg/ });
  await expect(option).toBeVisible();
  while ((await option.getAttribute('aria-selected')) !== 'true') await box.press('ArrowDown');
  await box.press('Enter');
  await form.field(/^Beschrijving/).fill('Wij onderzoeken samen hoe feedback in de beroepspraktijk landt.');
  await checkScreen(page, 'plgs-03-edit');
  await form.submit('Wijzigingen opslaan');
  await expect(app.notice).toContainText(`De PLG ${plg.plg.name} is opgeslagen.`);
  await expect(plgs.people('Coördinatoren')).toHaveText([...plg.plg.coordinatorIds.map(name), ME.name]);
  await expect(plgs.section('Over deze PLG')).toContainText('Wij onderzoeken samen hoe feedback in de beroepspraktijk landt.');

  // The list in the menu: every PLG, mine marked.
  await app.goTo("PLG's");
  await expect(plgs.cards).toHaveCount(5);
  await expect(plgs.card(plg.plg.name)).toContainText('Jij bent lid');
  await expect(plgs.card(plg.plg.name)).toContainText(`${plg.memberIds.length + 1} leden`);
  await checkScreen(page, 'plgs-01-list', { fullPage: true });
});

test('search finds a PLG and opens its page', async ({ page, host }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await new OnboardingPage(page).createMyProfile(ME);
  const [first] = await invoke(host.url, 'plgs:list');
  const box = new SearchBox(page);
  await box.type(first!.name);
  await box.group("PLG's").getByRole('option', { name: new RegExp(first!.name) }).click();
  await new PlgPages(page).expectOpen(first!.name);
});
