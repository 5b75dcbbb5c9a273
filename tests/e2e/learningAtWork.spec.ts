import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { emptyMemberFields } from '../../shared/domain';
import { expect, test } from './fixtures';
import { checkScreen } from './pages/accessibility';
import { AppPage } from './pages/AppPage';
import { LearningLogPage, PopPageObject } from './pages/LearningPages';
import { OnboardingPage } from './pages/OnboardingPage';
import { switchMe } from './pages/QuestionPages';
import { invoke } from './previewApi';

const ME = { name: 'Fenna Brouwer', institution: 'ROC Rijnland Vakcollege' };

/** Opens a page by its address, as a link elsewhere in the app would. */
async function openHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => void (location.hash = h), hash);
}

test('an activity is picked on a leerlog entry and a POP goal; the link shows both ways, a private entry only to its owner', async ({ page, host }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await new OnboardingPage(page).createMyProfile(ME);
  const meId = (await invoke(host.url, 'app:info')).settings.meId!;
  const colleague = await invoke(host.url, 'members:save', { fields: { ...emptyMemberFields(), name: 'Bram Ünal', institution: ME.institution } });
  const activity = await invoke(host.url, 'activities:save', {
    fields: {
      title: 'Ontwikkeldriedaagse Zorg en Welzijn',
      description: '',
      institution: ME.institution,
      teams: [],
      area: ['innovatie'],
      initiative: 'docent',
      carriedOutBy: '',
      memberIds: [meId, colleague.id],
      collaborators: [{ kind: 'teamleider', name: '' }],
      phase: 'lopend',
      startDate: '2026-01-05',
      endDate: null,
      effect: '',
      effectTags: [],
      plgId: null,
      researchIds: [],
      questionIds: [],
      sessionIds: [],
      marketplace: [],
    },
  });

  // The entry form offers the activities I take part in.
  const log = new LearningLogPage(page);
  await log.open();
  await page.getByRole('link', { name: 'Leeractiviteit toevoegen' }).first().click();
  await log.field('Titel').fill('Herontwerp van de stageweek');
  await log.field('Soort leeractiviteit').selectOption({ label: '5. Experimenteren en innoveren' });
  await log.field(/^Activiteit waar ik aan meedoe/).selectOption({ label: activity.title });
  await log.field(/^Activiteit waar ik aan meedoe/).scrollIntoViewIfNeeded();
  await checkScreen(page, 'learning-07-form-activity');
  await log.save();
  await expect(page.getByRole('heading', { level: 1, name: 'Herontwerp van de stageweek' })).toBeVisible();
  await expect(page.locator('.learning-entry__link', { hasText: 'Activiteit' }).getByRole('link', { name: activity.title })).toBeVisible();
  await checkScreen(page, 'learning-08-entry-activity');

  // …and the activity's page lists the entry.
  await page.getByRole('link', { name: activity.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: activity.title })).toBeVisible();
  const learning = page.getByRole('region', { name: 'Leren bij deze activiteit' });
  await expect(learning.getByRole('link', { name: 'Herontwerp van de stageweek' })).toBeVisible();

  // A POP goal links the same activity, with a link to it; the activity lists the goal too.
  const pop = new PopPageObject(page);
  await pop.open();
  await pop.form.getByRole('button', { name: 'Doel toevoegen' }).click();
  const goal = pop.goal(0);
  await goal.getByLabel('Doel in één zin').fill('Stages formatief begeleiden');
  await goal.getByRole('group', { name: 'Activiteiten waar ik aan meedoe' }).getByLabel(activity.title).check();
  await pop.save();
  await expect(page.getByText('Je POP is opgeslagen.')).toBeVisible();
  await expect(goal.locator('.pop-progress')).toContainText('1 activiteiten');
  const toActivity = goal.locator('.pop-linked').getByRole('link', { name: activity.title });
  await toActivity.scrollIntoViewIfNeeded();
  await checkScreen(page, 'pop-03-activity-linked');
  await toActivity.click();
  await expect(learning.getByRole('link', { name: 'Stages formatief begeleiden' })).toBeVisible();
  await expect(learning.getByRole('listitem')).toHaveCount(2);
  await checkScreen(page, 'activities-learning-links');

  // A colleague in the same activity sees neither my private entry nor my private POP's goal.
  await switchMe(page, colleague.id);
  await openHash(page, `#/activities/${activity.id}`);
  await expect(learning.getByText('Nog geen leerlog-regels of POP-doelen die je mag zien gekoppeld aan deze activiteit.')).toBeVisible();
  await expect(learning.getByRole('link')).toHaveCount(0);
});

test.describe('with the demo network', () => {
  test.use({ demo: true });

  test('a PLG colleague issues the badge for a reached POP goal; the owner sees it on the POP and the profile and exports it', async ({ page, host }) => {
    const app = new AppPage(page);
    await app.open(host.url);
    await new OnboardingPage(page).createMyProfile(ME);
    const members = (await invoke(host.url, 'members:list', { offset: 0, limit: 500 })).items;
    const plgs = await invoke(host.url, 'plgs:list');
    const owner = members.find((m) => m.plgIds.length > 0 && members.some((c) => c.id !== m.id && c.plgIds.includes(m.plgIds[0]!)))!;
    const plg = plgs.find((p) => p.id === owner.plgIds[0])!;
    const colleague = members.find((c) => c.id !== owner.id && c.plgIds.includes(plg.id))!;
    const outsider = members.find((c) => c.id !== owner.id && !c.plgIds.some((id) => owner.plgIds.includes(id)))!;
    const title = 'Feedback halverwege de stage';

    // The owner marks a goal reached and shares the POP: the page says who issues the badge.
    await switchMe(page, owner.id);
    const pop = new PopPageObject(page);
    await pop.open();
    await pop.form.getByRole('button', { name: 'Doel toevoegen' }).click();
    const goal = pop.goals.last();
    await goal.getByLabel('Doel in één zin').fill(title);
    await goal.getByLabel('Status').selectOption({ label: 'Behaald' });
    await pop.form.getByLabel('Deel mijn POP met het netwerk').check();
    await pop.save();
    await expect(page.getByText('Je POP is opgeslagen.')).toBeVisible();
    const request = pop.goals.filter({ hasText: title }).locator('.goal-badge');
    await expect(request.getByRole('heading', { name: 'Badge aanvragen' })).toBeVisible();
    await expect(request).toContainText('Een badge voor je eigen POP-doel kun je niet zelf uitgeven: dat doet een collega uit je PLG.');
    await expect(request).toContainText(`Vraag een collega uit ${plg.name} om de badge uit te geven`);
    await request.scrollIntoViewIfNeeded();
    await checkScreen(page, 'pop-04-badge-request');

    // Someone outside the owner's PLGs is offered nothing to issue.
    await switchMe(page, outsider.id);
    await openHash(page, `#/members/${owner.id}`);
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${owner.name}`) })).toBeVisible();
    await expect(page.getByRole('button', { name: /^Badge uitgeven/ })).toHaveCount(0);

    // A PLG colleague issues it on the owner's profile.
    await switchMe(page, colleague.id);
    await openHash(page, `#/members/${owner.id}`);
    const badges = page.getByRole('region', { name: 'Badges' });
    const issue = badges.getByRole('button', { name: `Badge uitgeven voor ‘${title}’` });
    await expect(issue).toBeVisible();
    await badges.scrollIntoViewIfNeeded();
    await checkScreen(page, 'learning-09-issue-goal-badge');
    await issue.click();
    await expect(page.getByText(`Badge uitgegeven voor ‘${title}’.`)).toBeVisible();
    await expect(badges.locator('.badge-card', { hasText: `POP-doel behaald: ${title}` })).toBeVisible();
    await expect(issue).toHaveCount(0);

    // The owner sees the badge on the goal and on the profile, and exports the signed file.
    await switchMe(page, owner.id);
    await pop.open();
    const received = pop.goals.filter({ hasText: title }).locator('.goal-badge');
    await expect(received.getByRole('heading', { name: 'Badge voor dit doel' })).toBeVisible();
    const download = page.waitForEvent('download');
    await received.getByRole('button', { name: 'Exporteren' }).click();
    const jws = (await readFile(await (await download).path(), 'utf8')).trim();
    expect(await invoke(host.url, 'badges:verify', { jws })).toMatchObject({ valid: true, subject: `urn:uuid:${owner.id}`, achievement: { name: `POP-doel behaald: ${title}` } });
    await received.scrollIntoViewIfNeeded();
    await checkScreen(page, 'pop-05-badge-received');
    await app.goTo('Mijn profiel');
    await expect(page.getByRole('region', { name: 'Badges' }).locator('.badge-card', { hasText: `POP-doel behaald: ${title}` })).toBeVisible();
  });

  test('the Overzicht has a section "Leren op het werk": counts per kind per team, a group under five as "te weinig deelnemers"', async ({ page, host }) => {
    test.setTimeout(120_000); // the demo network's overview page is long: axe checks all of it
    const app = new AppPage(page);
    await app.open(host.url);
    await new OnboardingPage(page).createMyProfile(ME);
    await app.goTo('Overzicht');
    const section = page.getByRole('region', { name: 'Leren op het werk' });
    const table = section.getByRole('table', { name: 'Tabel: Leren op het werk' });
    await expect(table).toBeVisible();
    const { learning } = await invoke(host.url, 'overview:get', { filter: {} });
    const hidden = learning.teams.filter((r) => r.suppressed);
    const shown = learning.teams.filter((r) => !r.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    expect(shown.length).toBeGreaterThan(0);
    for (const row of hidden) {
      const cells = table.getByRole('row', { name: new RegExp(`^${row.institution} · ${row.team}`) }).getByRole('cell');
      await expect(cells).toHaveText(['te weinig deelnemers']);
    }
    for (const row of shown) {
      const cells = table.getByRole('row', { name: new RegExp(`^${row.institution} · ${row.team}`) }).getByRole('cell');
      await expect(cells).toHaveText(learning.kinds.map((k) => String(row.counts[k])));
    }
    await section.scrollIntoViewIfNeeded();
    await checkScreen(page, 'overview-learning', { fullPage: true });

    // The institution filter narrows the section as it does the rest of the page.
    const institution = hidden[0]!.institution;
    await page.getByLabel('Instelling', { exact: true }).selectOption(institution);
    await expect(table.getByRole('row')).toHaveCount(1 + learning.teams.filter((r) => r.institution === institution).length);
    await expect(table.getByText('te weinig deelnemers')).toHaveCount(hidden.filter((r) => r.institution === institution).length);
  });
});
