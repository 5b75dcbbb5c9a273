import { expect, test } from './fixtures';
import { checkScreen } from './pages/accessibility';
import { AppPage } from './pages/AppPage';
import { MyDataPage } from './pages/MyDataPage';
import { OnboardingPage } from './pages/OnboardingPage';
import { ProfileFormPage } from './pages/ProfileFormPage';
import { ProfilePage } from './pages/ProfilePage';
import { invoke } from './previewApi';

const ME = { name: 'Kees de Vries', institution: 'Albeda', email: 'kees@albeda.example.nl', bio: 'Mijn eigen verhaal.' };
const HELENE = {
  name: "Hélène 't Hart",
  institution: 'ROC Rijnland',
  email: 'helene@rijnland.example.nl',
  function: 'Docent-onderzoeker',
  bio: 'Dit is alleen voor Hélène zelf.',
};

test.beforeEach(async ({ page, host }) => {
  await new AppPage(page).open(host.url);
  await new OnboardingPage(page).createMyProfile(ME);
});

test('a colleague’s “alleen ik” and other-institution fields are not shown to me, and editing keeps them', async ({ page, host }) => {
  const app = new AppPage(page);
  await app.goTo("Collega's");
  await page.getByRole('link', { name: 'Profiel toevoegen' }).first().click();
  const form = new ProfileFormPage(page);
  await form.fill(HELENE);
  await form.field('Zichtbaarheid van Over mij').selectOption({ label: 'Alleen ik' });
  await form.field('Zichtbaarheid van E-mailadres').selectOption({ label: 'Eigen instelling' });
  await form.submit('Profiel toevoegen');

  const profile = new ProfilePage(page);
  await expect(profile.name).toContainText(HELENE.name);
  await expect(page.getByText(HELENE.function)).toBeVisible();
  await expect(page.getByText(HELENE.bio)).toHaveCount(0);
  await expect(page.getByText(HELENE.email)).toHaveCount(0);
  await expect(profile.section('Over mij')).toContainText('Nog geen beschrijving.');

  // The edit form says the fields are there without showing them; saving keeps what was stored.
  await profile.edit();
  await expect(form.name).toHaveValue(HELENE.name);
  await expect(page.getByText('Afgeschermd: de eigenaar van dit profiel deelt dit gegeven niet met jou.')).toHaveCount(2);
  await expect(form.field('Zichtbaarheid van Over mij')).toHaveCount(0);
  await checkScreen(page, 'privacy-02-edit-with-hidden-fields', { fullPage: true });
  await form.field(/^Team of opleiding/).fill('Zorg en Welzijn');
  await form.submit('Profiel opslaan');
  await expect(profile.name).toContainText(HELENE.name);
  const stored = (await invoke(host.url, 'members:list', { limit: 10 })).items.find((m) => m.name === HELENE.name)!;
  expect(stored).toMatchObject({ team: 'Zorg en Welzijn', bio: HELENE.bio, email: HELENE.email, fieldVisibility: { bio: 'prive', email: 'instelling' } });
});

test('my own “alleen ik” fields are shown to me', async ({ page }) => {
  await page.getByRole('link', { name: 'Mijn profiel bewerken' }).click();
  const form = new ProfileFormPage(page);
  await form.field('Zichtbaarheid van Over mij').selectOption({ label: 'Alleen ik' });
  await form.submit('Profiel opslaan');
  await expect(new ProfilePage(page).section('Over mij')).toContainText(ME.bio);
});

test('Mijn gegevens: see what is kept, download it as JSON, read the key warning, and erase my profile', async ({ page, host }) => {
  const app = new AppPage(page);
  await app.goTo('Mijn gegevens');
  const myData = new MyDataPage(page);
  await expect(myData.heading).toBeVisible();
  // The preview host has no OS keychain: the page says the signing key is a plain file.
  await expect(myData.keyNotice).toContainText('Je ondertekensleutel is niet beschermd door het besturingssysteem');
  await expect(myData.held).toContainText('0 onderzoeksresultaten waarvan je auteur of partner bent');
  await checkScreen(page, 'privacy-01-my-data', { fullPage: true });

  const { fileName, document } = await myData.download();
  expect(fileName).toMatch(/^mijn-gegevens-kees-de-vries-\d{4}-\d{2}-\d{2}\.json$/);
  expect(document).toMatchObject({ format: 'masternetwerk-mijn-gegevens', isMe: true, profile: { name: ME.name, email: ME.email, bio: ME.bio } });

  await myData.erase();
  await expect(new OnboardingPage(page).heading).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Je profiel is gewist.' })).toBeVisible();
  const all = await invoke(host.url, 'members:list', { limit: 10 });
  expect(all.total).toBe(0);
  expect((await invoke(host.url, 'app:info')).settings.meId).toBeNull();
});
