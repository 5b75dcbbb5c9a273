import { expect, test } from './fixtures';
import { checkScreen } from './pages/accessibility';
import { AppPage } from './pages/AppPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { QuestionFormPage, QuestionListPage, QuestionThreadPage, currentMeId, switchMe } from './pages/QuestionPages';
import { ResearchFormPage, ResearchListPage } from './pages/ResearchPages';

const ME = { name: 'Hélène van der Berg', institution: 'ROC Rijnland', expertise: ['Formatief handelen'] };

test.describe('with the demo network', () => {
  test.use({ demo: true });

  test('research list, a result, the form, an import preview and a question thread look finished and pass axe-core', async ({ page, host }) => {
    // Eight screens through axe-core on the demo network: more than the default minute on a busy machine.
    test.slow();
    const app = new AppPage(page);
    await app.open(host.url);
    await new OnboardingPage(page).createMyProfile(ME);

    await app.goTo('Onderzoek');
    const list = new ResearchListPage(page);
    await expect(list.cards).toHaveCount(24);
    await checkScreen(page, 'research-01-list');

    await list.cards.first().getByRole('heading').getByRole('link').click();
    await expect(page.getByRole('region', { name: 'Auteurs' })).toBeVisible();
    await checkScreen(page, 'research-02-result', { fullPage: true });

    await app.goTo('Onderzoek');
    await page.getByRole('link', { name: 'Onderzoek toevoegen' }).click();
    const form = new ResearchFormPage(page);
    await form.fill({ title: 'Formatief handelen in de bol', coAuthors: ['Anouk van der Meer'] });
    await form.field('Jaar').fill('19');
    await form.publish();
    await expect(form.form.getByRole('alert').first()).toContainText('veld');
    await checkScreen(page, 'research-03-form-errors');

    await app.goTo('Onderzoek');
    await page.getByRole('link', { name: 'Referenties importeren' }).click();
    await page.getByLabel('RIS- of CSL-JSON-bestand kiezen').setInputFiles({
      name: 'zotero-export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify([
          { type: 'report', title: 'Leren van en met elkaar in de PLG', author: [{ family: 'Berg', given: 'Hélène', 'non-dropping-particle': 'van der' }], issued: { 'date-parts': [[2024]] }, publisher: 'ROC Rijnland', keyword: 'PLG, teamleren' },
          { type: 'article-journal', title: 'Masteropgeleide docenten in het mbo', author: [{ family: 'Visser', given: 'Joke' }], issued: { 'date-parts': [[2022]] }, DOI: '10.5555/mbo.2022.3' },
          { type: 'report', author: [{ family: 'Zonder', given: 'Titel' }] },
        ]),
      ),
    });
    await expect(page.getByRole('heading', { name: '2 referenties worden geïmporteerd' })).toBeVisible();
    await checkScreen(page, 'research-04-import-preview', { fullPage: true });

    // A thread: my question with "Wie kan helpen?", answered by a demo colleague.
    const meId = await currentMeId(page);
    await app.goTo('Vraagbank');
    await expect(new QuestionListPage(page).rows.first()).toBeVisible();
    await checkScreen(page, 'questions-01-list');
    await page.getByRole('link', { name: 'Vraag stellen' }).first().click();
    const ask = new QuestionFormPage(page);
    await ask.fill({
      title: 'Wie heeft ervaring met formatief evalueren tijdens de stage?',
      body: 'In ons team **Zorg en Welzijn** willen we feedback tijdens de stage beter benutten.\n\n- Wat werkt bij jullie?\n- Welke formulieren gebruiken jullie?',
      tags: ['formatief handelen', 'feedback'],
    });
    await ask.title.focus();
    await expect(ask.similar.getByRole('link').first()).toBeVisible();
    await checkScreen(page, 'questions-02-ask');
    await ask.submit();
    const thread = new QuestionThreadPage(page);
    await expect(thread.helpers.locator('.helper')).toHaveCount(5);
    // Each helper shows the evidence; "meer" shows five more.
    await expect(thread.helpers.locator('.helper').first().locator('.helper__reason').first()).toContainText(/Expertise:|Biedt aan:|Onderzoek:|Beantwoordde eerder:|Presenteerde:/);
    const helperLink = thread.helpers.locator('.helper__name').first();
    const helperId = /\/members\/([0-9a-f-]{36})$/.exec((await helperLink.getAttribute('href'))!)![1]!;
    await checkScreen(page, 'questions-03-thread-open', { fullPage: true });
    await thread.helpers.getByRole('button', { name: "Meer collega's tonen" }).click();
    await expect(thread.helpers.locator('.helper')).toHaveCount(10);

    await switchMe(page, helperId);
    await thread.postAnswer('Wij werken met **drie vragen** die de student vooraf zelf formuleert:\n\n1. Wat wil ik laten zien?\n2. Waar twijfel ik over?\n3. Welke feedback wil ik?');
    await switchMe(page, meId);
    await thread.accept('Wij werken met');
    await expect(thread.status).toHaveText('Beantwoord');
    await checkScreen(page, 'questions-04-thread-answered', { fullPage: true });
  });
});

test('empty states of research and the question bank look finished and pass axe-core', async ({ page, host }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await new OnboardingPage(page).createMyProfile({ name: 'Kees de Vries', institution: 'Albeda' });
  await expect(page.getByRole('region', { name: 'Onderzoek' })).toContainText('Je hebt nog geen onderzoek gedeeld.');

  await app.goTo('Onderzoek');
  await expect(page.getByText('Nog geen onderzoek gedeeld')).toBeVisible();
  await checkScreen(page, 'research-05-empty');
  await new ResearchListPage(page).showDrafts();
  await expect(page.getByText('Geen concepten')).toBeVisible();
  await checkScreen(page, 'research-06-drafts-empty');

  await app.goTo('Vraagbank');
  const questions = new QuestionListPage(page);
  await expect(page.getByText('Geen open vragen')).toBeVisible();
  await checkScreen(page, 'questions-05-empty-open');
  await questions.show('Door mij beantwoord');
  await expect(page.getByText('Je hebt nog geen vragen beantwoord')).toBeVisible();
  await checkScreen(page, 'questions-06-empty-answered-by-me');
  await questions.show('Mijn vragen');
  await expect(page.getByText('Je hebt nog geen vragen gesteld')).toBeVisible();
  await questions.show('Langst onbeantwoord');
  await expect(page.getByText('Niemand wacht op een antwoord')).toBeVisible();
});
