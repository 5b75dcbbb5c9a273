import { expect, test } from './fixtures';
import { AppPage } from './pages/AppPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { currentMeId, QuestionFormPage, QuestionListPage, QuestionThreadPage, switchMe } from './pages/QuestionPages';
import { addColleague } from './pages/ResearchPages';

const QUESTION = 'Hoe geef je feedback op stageverslagen?';

test('ask a question, see the similar-question hint, answer it as a colleague, accept it; all there after a restart', async ({ page, host }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await new OnboardingPage(page).createMyProfile({ name: 'Anna Zwart', institution: 'Summa College' });
  const annaId = await currentMeId(page);
  const bramId = await addColleague(page, { name: 'Bram de Wit', institution: 'Summa College', expertise: ['Feedback'] });

  await app.goTo('Vraagbank');
  const list = new QuestionListPage(page);
  await expect(page.getByText('Geen open vragen')).toBeVisible();
  await page.getByRole('link', { name: 'Vraag stellen' }).first().click();
  const form = new QuestionFormPage(page);
  await form.fill({ title: QUESTION, body: 'Studenten lezen de feedback **niet**. Wie heeft een werkwijze?', tags: ['feedback', 'stage'] });
  await form.submit();

  const thread = new QuestionThreadPage(page);
  await expect(thread.title).toHaveText(QUESTION);
  await expect(thread.status).toHaveText('Open');
  await expect(page.locator('.thread__body strong')).toHaveText('niet');
  // Bram's expertise matches a tag of the question, and the panel says so.
  const bram = thread.helpers.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Bram de Wit' }) });
  await expect(bram.getByRole('list', { name: 'Waarom Bram de Wit' })).toContainText('Expertise: Feedback');

  // Asking again: the question that is already there shows while typing.
  await app.goTo('Vraagbank');
  await page.getByRole('link', { name: 'Vraag stellen' }).first().click();
  await form.title.pressSequentially('Feedback op stageverslagen geven');
  await expect(form.similar.getByRole('link', { name: QUESTION })).toBeVisible();
  await expect(form.similar).toContainText('gemeenschappelijk: feedback, stageverslagen');
  await form.form.getByRole('button', { name: 'Annuleren' }).click();

  await switchMe(page, bramId);
  await app.goTo('Vraagbank');
  await list.row(QUESTION).getByRole('link').click();
  await thread.postAnswer('Laat studenten eerst zelf drie vragen bij hun verslag formuleren.');
  await expect(thread.answer('Laat studenten').getByRole('link', { name: 'Bram de Wit' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dit antwoord accepteren' })).toHaveCount(0);
  await app.goTo('Vraagbank');
  await list.show('Door mij beantwoord');
  await expect(list.rows).toHaveCount(1);

  await switchMe(page, annaId);
  await app.goTo('Vraagbank');
  await list.show('Mijn vragen');
  await list.row(QUESTION).getByRole('link').click();
  await thread.accept('Laat studenten');
  await expect(thread.status).toHaveText('Beantwoord');
  await expect(thread.helpers).toHaveCount(0);

  await page.goto(await host.restart());
  await app.goTo('Vraagbank');
  await list.show('Mijn vragen');
  await expect(list.row(QUESTION)).toContainText('Beantwoord');
  await list.row(QUESTION).getByRole('link').click();
  await expect(thread.answer('Laat studenten')).toContainText('Geaccepteerd antwoord');
  await expect(thread.answer('Laat studenten')).toContainText('Bram de Wit');
});

test('the asker deletes a question after confirming: back to the Vraagbank, which says so, and the question is gone', async ({ page, host }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await new OnboardingPage(page).createMyProfile({ name: 'Anna Zwart', institution: 'Summa College' });
  await app.goTo('Vraagbank');
  await page.getByRole('link', { name: 'Vraag stellen' }).first().click();
  const form = new QuestionFormPage(page);
  await form.fill({ title: QUESTION, body: 'Wie heeft een werkwijze?', tags: ['feedback'] });
  await form.submit();
  await expect(new QuestionThreadPage(page).title).toHaveText(QUESTION);

  await page.getByRole('button', { name: 'Verwijderen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Vraag verwijderen?' });
  await expect(dialog).toContainText(`„${QUESTION}” en alle antwoorden verdwijnen voor iedereen.`);
  await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByText('De vraag is verwijderd.')).toBeVisible();
  await expect(page).toHaveURL(/#\/questions$/);
  await expect(page.getByRole('link', { name: QUESTION })).toHaveCount(0);
});
