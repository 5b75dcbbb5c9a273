import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel, type Handlers } from '../../shared/contract';
import { COLLECTION_NAMES, COLLECTIONS } from '../../shared/domain';
import type { Result } from '../../shared/result';
import { openApp, type AppContext } from '../../main/core/app';
import { dispatch } from '../../main/core/dispatch';
import { createHandlers } from '../../main/core/handlers';
import { expectNoPoisoning, expectUnpolluted, FUZZ_TIMEOUT, hostileJson, nearValid, runs } from './helpers/fuzz';
import { base64, pngBytes, profile, researchFields } from './researchFixtures';
import { sessionDetails } from './sessionsFixtures';
import { activityFields } from './activityFixtures';

/**
 * Every IPC channel, fed what a compromised page could send: arbitrary JSON
 * and valid inputs with a few things changed. Whatever arrives, the answer
 * is a Result — a value that matches the channel's output schema, or a coded
 * error other than `internal` — a refused call writes nothing, nothing
 * reaches Object.prototype, and every stored record still passes its schema.
 */

const ARBITRARY_RUNS = runs(40);
const NEAR_VALID_RUNS = runs(150);

let work: string;
let cwd: string;
let app: AppContext;
let handlers: Handlers;
let samples: Record<Channel, unknown>;
let pool: unknown[];
let commits = 0;
let lastStack = '';
/** What the inputs got: refused by the schema, refused by the handler (coded), or answered. */
const outcomes = { schema: 0, coded: 0, answered: 0 };

/** The same handlers, remembering the stack of whatever one throws, for the failure message. */
function keepingStacks(inner: Handlers): Handlers {
  const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [channel, handler] of Object.entries(inner) as [string, (input: unknown) => Promise<unknown>][]) {
    wrapped[channel] = async (input) => {
      try {
        return await handler(input);
      } catch (error) {
        lastStack = error instanceof Error ? (error.stack ?? error.message) : String(error);
        throw error;
      }
    };
  }
  return wrapped as unknown as Handlers;
}

const ok = async <T,>(channel: Channel, input?: unknown): Promise<T> => {
  const result = await dispatch(handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.value as T;
};

type Rec = { id: string };

/** A small network with one of everything, so valid inputs reach deep into each handler. */
async function seed(): Promise<Record<Channel, unknown>> {
  const me = await ok<Rec>('members:save', { fields: profile('Sanne de Vries', { email: 'sanne@rijnland.nl', bio: 'Docent-onderzoeker' }) });
  const other = await ok<Rec>('members:save', { fields: profile("Hélène 't Hart", { email: 'helene@albeda.nl', institution: 'Albeda' }) });
  await ok('settings:update', { meId: me.id });
  const research = await ok<Rec>('research:save', { fields: researchFields([me.id], { partnerIds: [other.id] }) });
  const question = await ok<Rec>('questions:save', { fields: { title: 'Hoe geef je feedback op stage?', body: 'Tips?', tags: ['feedback'], area: 'vakinhoud' } });
  const answered = await ok<{ answers: Rec[] }>('questions:answer', { questionId: question.id, body: 'Kort en vaak.' });
  const session = await ok<Rec>('sessions:save', { fields: sessionDetails({ organiserIds: [me.id], capacity: 2 }) });
  const registered = await ok<{ attendee: Rec }>('sessions:register', { id: session.id, attendee: { kind: 'guest', name: 'Gast Een', email: 'gast@example.nl' } });
  const plgFields = { name: 'PLG Feedback', description: 'Feedback in de beroepspraktijk.', institutions: ['ROC Rijnland', 'Albeda'], coordinatorIds: [me.id] };
  const plg = await ok<Rec>('plgs:save', { fields: plgFields });
  const activity = await ok<Rec>('activities:save', { fields: activityFields([me.id, other.id], { researchIds: [research.id], sessionIds: [session.id] }) });
  const png = await ok<{ sha256: string }>('attachments:add', { name: 'poster.png', dataBase64: base64(pngBytes()) });
  const { value: exported } = await ok<{ value: { dataBase64: string } }>('exchange:export', { scope: { kind: 'all' } });
  const staged = await ok<{ token: string }>('exchange:stage', { name: 'netwerk.mnw', dataBase64: exported.dataBase64 });
  const csv = Buffer.from('naam;e-mail;instelling;team;expertise\nJan Jansen;jan@rijnland.nl;ROC Rijnland;Zorg;feedback, coaching\n');
  const ris = Buffer.from('TY  - RPRT\nTI  - Feedback in de bol\nAU  - de Vries, Sanne\nPY  - 2024\nER  - \n');
  const file = { fileName: 'lijst.csv', dataBase64: csv.toString('base64') };
  const citations = { fileName: 'zotero.ris', dataBase64: ris.toString('base64') };
  const action = { text: 'Verslag delen', ownerId: me.id, due: '2026-04-01', status: 'open' };
  const answers = { inventariseren: 'Gelezen', beschrijven: '', leeropbrengsten: 'Feedback werkt', doorwerking: '', verklaren: '' };
  const links = { sessionId: null, researchId: null, questionId: null, activityId: null, goalId: null };
  const entryFields = { date: '2026-03-14', title: 'Artikel over feedback', happened: 'Gelezen', withWhom: '', kind: 'bronnen', answers, links, visibility: 'aggregaat' };
  const entry = await ok<Rec>('learning:save', { fields: entryFields });
  const goal = { title: 'Formatief handelen', specifiek: 'Feedback', meetbaar: 'Rubric', acceptabel: 'Teamleider', realistisch: 'Ja', start: '2026-01-01', end: '2026-06-30', inspirerend: 'Studenten', steps: [{ text: 'Lezen', due: '2026-02-01', done: false }], status: 'bezig', evaluations: [], links: { learningIds: [entry.id], wants: [], actionIds: [], activityIds: [] } };
  const popInput = { visibility: 'prive', planStart: '2025-09-01', lastConversation: null, nextConversation: '2026-06-01', goals: [goal] };

  const all: Record<Channel, unknown> = {
    'app:info': undefined,
    'settings:update': { language: 'nl', meId: me.id },
    'demo:remove': {},
    'links:open': { url: 'https://www.mboraad.nl' },
    'sync:status': undefined,
    'sync:setFolder': { folder: null },
    'sync:pause': { paused: true },
    'sync:now': undefined,
    'sync:newInstallId': undefined,
    'sync:confirmKey': { installId: '0123456789abcdef', fingerprint: '14AC BA23' },
    'bundles:exportPreview': { scope: { kind: 'selection', ids: [research.id] } },
    'bundles:undo': undefined,
    'conflicts:list': undefined,
    'conflicts:resolve': { id: `members/${other.id}/bio`, pick: 'local' },
    'suggestions:list': { recordId: research.id },
    'trust:list': undefined,
    'trust:setCurator': { installId: '0123456789abcdef', curator: true },
    'suggestions:decide': { id: `research/${research.id}/0123456789abcdef`, accept: true },
    'conflicts:resolveAll': { pick: 'incoming', ids: [`members/${other.id}/bio`] },
    'members:list': { institution: 'Albeda', offset: 0, limit: 10 },
    'members:get': { id: other.id },
    'members:save': { id: other.id, fields: profile("Hélène 't Hart", { email: 'helene@albeda.nl', institution: 'Albeda', fieldVisibility: { bio: 'prive' } }) },
    'members:delete': { id: other.id },
    'members:adoptDemo': { id: other.id },
    'members:facets': undefined,
    'plgs:list': undefined,
    'plgs:summaries': undefined,
    'plgs:get': { id: plg.id },
    'plgs:save': { id: plg.id, fields: { ...plgFields, coordinatorIds: [me.id, other.id] } },
    'start:news': undefined,
    'research:list': { memberId: me.id, drafts: 'include', status: 'afgerond', area: 'onderzoek', offset: 0, limit: 5 },
    'research:get': { id: research.id },
    'research:save': { id: research.id, fields: researchFields([me.id], { attachments: [{ sha256: png.sha256, name: 'poster.png', mediaType: 'image/png', size: pngBytes().length }] }) },
    'research:delete': { id: research.id },
    'research:cite': { format: 'ris', ids: [research.id] },
    'research:importPreview': citations,
    'research:import': citations,
    'attachments:add': { name: 'poster.png', dataBase64: base64(pngBytes()) },
    'attachments:open': { researchId: research.id, sha256: png.sha256 },
    'attachments:download': { researchId: research.id, sha256: png.sha256 },
    'questions:list': { view: 'all', offset: 0, limit: 10 },
    'questions:get': { id: question.id },
    'questions:save': { id: question.id, fields: { title: 'Hoe geef je feedback op stage?', body: 'Meer tips?', tags: [], area: null } },
    'questions:delete': { id: question.id },
    'questions:answer': { questionId: question.id, body: 'Met een rubric.' },
    'questions:accept': { questionId: question.id, answerId: answered.answers[0]!.id },
    'questions:setStatus': { id: question.id, status: 'gesloten' },
    'questions:similar': { title: 'feedback stage', excludeId: question.id, limit: 3 },
    'questions:helpers': { id: question.id, limit: 3 },
    'sessions:list': { view: 'mine', role: 'organiser', offset: 0, limit: 10 },
    'sessions:get': { id: session.id },
    'sessions:save': { id: session.id, fields: sessionDetails({ organiserIds: [me.id], onlineLink: 'https://meet.example.nl/abc' }) },
    'sessions:delete': { id: session.id },
    'sessions:choices': undefined,
    'sessions:saveProgramme': {
      id: session.id,
      programme: [{ kind: 'presentatie', title: 'Onderzoek', minutes: 30, presenterIds: [me.id], researchIds: [research.id], questionIds: [question.id] }],
    },
    'sessions:register': { id: session.id, attendee: { kind: 'member', memberId: other.id } },
    'sessions:setAttendance': { id: session.id, attendeeId: registered.attendee.id, status: 'aanwezig' },
    'sessions:removeAttendee': { id: session.id, attendeeId: registered.attendee.id },
    'sessions:saveReport': { id: session.id, notes: 'Goed gesprek.', outcomes: 'Drie acties.', actions: [action] },
    'sessions:actionsOf': { memberId: me.id },
    'sessions:ics': { id: session.id },
    'sessions:attendeesCsv': { id: session.id },
    'sessions:attendeesPreview': { id: session.id, file },
    'sessions:attendeesImport': { id: session.id, file },
    'memberCsv:preview': { file },
    'memberCsv:import': { file },
    'exchange:export': { scope: { kind: 'session', id: session.id } },
    'exchange:stage': { name: 'netwerk.mnw', dataBase64: exported.dataBase64 },
    'exchange:inspect': { token: staged.token },
    'exchange:import': { token: staged.token, acceptKey: true },
    'exchange:progress': { token: staged.token },
    'exchange:cancel': { token: staged.token },
    'exchange:discard': { token: staged.token },
    'exchange:conflicts': { recordId: other.id },
    'exchange:status': undefined,
    'search:query': { text: 'feedback stage', types: ['research', 'questions'], filters: { institution: 'ROC Rijnland', year: 2024 }, limit: 5, perType: 2 },
    'search:experts': { topic: 'feedback', limit: 3 },
    'search:marketplace': undefined,
    'search:status': undefined,
    'privacy:export': { memberId: me.id },
    'privacy:erase': { memberId: other.id },
    'activities:list': { filter: { from: '2025-01-01', to: '2026-12-31', institution: 'ROC Rijnland', area: 'innovatie' }, phase: 'lopend', memberId: me.id, offset: 0, limit: 10 },
    'activities:get': { id: activity.id },
    'activities:save': { id: activity.id, fields: activityFields([me.id], { questionIds: [question.id] }) },
    'activities:delete': { id: activity.id },
    'activities:linkedTo': { id: research.id },
    'activities:choices': {},
    'overview:get': { filter: { from: '2025-01-01', institution: 'ROC Rijnland' } },
    'overview:records': { filter: {}, cell: 'area:innovatie' },
    'overview:report': { filter: { to: '2026-12-31' }, format: 'csv' },
    'learning:list': { period: { from: '2026-01-01', to: '2026-12-31' }, kind: 'bronnen', offset: 0, limit: 10 },
    'learning:get': { id: entry.id },
    'learning:save': { id: entry.id, fields: { ...entryFields, title: 'Artikel gelezen' } },
    'learning:delete': { id: entry.id },
    'learning:choices': undefined,
    'learning:linkedToActivity': { id: activity.id },
    'learning:logSession': { sessionId: session.id },
    'learning:report': { period: { from: '2026-01-01', to: '2026-12-31' }, format: 'md' },
    'pop:get': undefined,
    'pop:save': popInput,
    'pop:pdf': undefined,
    'team:overview': { team: 'Zorg', period: { from: '2026-01-01', to: null } },
    'badges:list': { memberId: me.id },
    'badges:issueForSession': { sessionId: session.id, memberId: me.id },
    'badges:issueForGoal': { goalId: entry.id },
    'badges:forGoals': { memberId: me.id },
    'badges:verify': { jws: 'eyJhbGciOiJFZERTQSJ9.e30.AAAA' },
    'badges:setVisibility': { id: entry.id, visibility: 'prive' },
    'backup:make': undefined,
    'backup:restore': { dataBase64: Buffer.from('geen zip').toString('base64'), targetDir: path.join(os.tmpdir(), 'mnw-fuzz-restore-never-made') },
  };
  return all;
}

/** Every leaf of the samples: right-shaped values to drop in the wrong place. */
function leaves(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => leaves(v, out));
  else out.push(value);
  return out;
}

/**
 * Path arguments may only name files in the fuzz directory, so the fuzzer
 * cannot write around the machine: separators and `..` become `_`, every
 * other character (NUL, surrogates, 300-byte names) is kept.
 */
function confinePaths(channel: Channel, input: unknown): unknown {
  if (!channel.startsWith('bundles:') || !contract[channel].input.safeParse(input).success) return input;
  const file = (input as { file?: unknown } | undefined)?.file;
  if (typeof file !== 'string') return input;
  return { ...(input as object), file: path.join(work, file.replace(/[\\/:]|\.\./g, '_')) };
}

async function check(channel: Channel, input: unknown): Promise<void> {
  const before = commits;
  let result: Result<unknown>;
  try {
    result = await dispatch(handlers, channel, confinePaths(channel, input));
  } catch (error) {
    throw new Error(`${channel} threw instead of answering: ${String(error)}`);
  }
  expectUnpolluted();
  outcomes[result.ok ? 'answered' : result.error.code === 'invalid_input' && result.error.issues ? 'schema' : 'coded']++;
  if (result.ok) {
    const parsed = contract[channel].output.safeParse(result.value);
    if (!parsed.success) throw new Error(`${channel} answered outside its output schema: ${parsed.error.message}`);
  } else {
    if (result.error.code === 'internal') throw new Error(`${channel} crashed: ${result.error.message}\n${lastStack}`);
    expect(typeof result.error.message).toBe('string');
    if (commits !== before) throw new Error(`${channel} refused (${result.error.code}) but wrote to the store`);
  }
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'mnw-fuzz-ipc-'));
  // Relative paths that slip through land here, not in the repository.
  cwd = process.cwd();
  process.chdir(work);
  app = await openApp({ dataDir: path.join(work, 'data') });
  handlers = keepingStacks(createHandlers(app));
  samples = await seed();
  pool = leaves(samples);
  app.store.onChange(() => commits++);
});

afterAll(async () => {
  console.log(`IPC fuzzing: ${outcomes.schema} refused by the contract schema, ${outcomes.coded} refused by a handler with a code, ${outcomes.answered} answered`);
  await app?.close();
  process.chdir(cwd);
  await rm(work, { recursive: true, force: true });
});

describe(`every IPC channel (${CHANNELS.length}) under fuzzing`, () => {
  it('has a valid sample input for every channel, and each sample is accepted', async () => {
    expect(Object.keys(samples).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(contract[channel].input.safeParse(samples[channel]).success, channel).toBe(true);
  });

  it(`answers ${CHANNELS.length * ARBITRARY_RUNS} arbitrary JSON inputs with a Result and never crashes`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNELS), hostileJson, (channel, input) => check(channel, input)),
      { numRuns: CHANNELS.length * ARBITRARY_RUNS },
    );
  }, FUZZ_TIMEOUT);

  it(`answers ${CHANNELS.length * NEAR_VALID_RUNS} near-valid inputs with a Result and never crashes`, async () => {
    for (const channel of CHANNELS) {
      await fc.assert(
        fc.asyncProperty(nearValid(samples[channel], pool), (input) => check(channel, input)),
        { numRuns: NEAR_VALID_RUNS },
      );
    }
  }, FUZZ_TIMEOUT);

  it('leaves only valid records behind and no prototype or global changed', async () => {
    for (const type of COLLECTION_NAMES) {
      for (const record of app.repos[type].listAll()) {
        const parsed = COLLECTIONS[type].record.safeParse(record);
        expect(parsed.success, `${type} ${record.id}: ${parsed.error?.message}`).toBe(true);
      }
    }
    expectNoPoisoning();
  });
});
