import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../main/core/app';
import { call, failure } from './researchFixtures';
import { useTempDirs } from './helpers/tempDirs';
import { colleagues, createSession, openAt, sessionDetails } from './sessionsFixtures';

const tempDir = useTempDirs('mnw-sessions-');
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

describe('netwerkcafé sessions', () => {
  it('are created, listed as upcoming, past and mine, changed and deleted', async () => {
    const app = await openAt(await tempDir());
    const [me, hélène] = await colleagues(app, ['Sanne de Vries', "Hélène 't Hart"]);
    const coming = await createSession(app, { organiserIds: [me!.id], capacity: 30 });
    const earlier = await createSession(app, { title: 'Netwerkcafé Onderzoek in de klas', start: '2026-02-12T15:30', organiserIds: [hélène!.id] });
    // Ended 30 minutes ago: 11:00–11:30 UTC is 12:00–12:30 in Amsterdam (winter time).
    const justOver = await createSession(app, { title: 'Korte sessie', start: '2026-03-01T12:00', minutes: 30, organiserIds: [hélène!.id] });

    expect(coming).toMatchObject({ title: 'Netwerkcafé Formatief handelen', programme: [], attendees: [], actions: [] });
    const upcoming = await call(app, 'sessions:list', { view: 'upcoming' });
    expect(upcoming.items.map((i) => i.session.id)).toEqual([coming.id]);
    expect(upcoming.items[0]).toMatchObject({ myRoles: ['organiser'], ended: false });
    expect(upcoming.people).toEqual([expect.objectContaining({ id: me!.id, name: 'Sanne de Vries' })]);
    const past = await call(app, 'sessions:list', { view: 'past' });
    expect(past.items.map((i) => i.session.title)).toEqual(['Korte sessie', 'Netwerkcafé Onderzoek in de klas']);

    // Presenting in one, attending another: all three show under "mine", each with its role.
    await call(app, 'sessions:saveProgramme', {
      id: earlier.id,
      programme: [{ kind: 'presentatie', title: 'Mijn onderzoek', minutes: 30, presenterIds: [me!.id], researchIds: [], questionIds: [] }],
    });
    await call(app, 'sessions:register', { id: justOver.id, attendee: { kind: 'member', memberId: me!.id } });
    const mine = await call(app, 'sessions:list', { view: 'mine' });
    expect(mine.items.map((i) => [i.session.id, i.myRoles])).toEqual([
      [coming.id, ['organiser']],
      [justOver.id, ['attendee']],
      [earlier.id, ['presenter']],
    ]);
    expect((await call(app, 'sessions:list', { view: 'mine', role: 'presenter' })).items.map((i) => i.session.id)).toEqual([earlier.id]);

    const changed = await call(app, 'sessions:save', { id: coming.id, fields: sessionDetails({ title: 'Netwerkcafé Feedback', organiserIds: [me!.id] }) });
    expect(changed.title).toBe('Netwerkcafé Feedback');
    expect((await call(app, 'sessions:get', { id: coming.id })).session.title).toBe('Netwerkcafé Feedback');

    await call(app, 'sessions:delete', { id: coming.id });
    expect((await failure(app, 'sessions:get', { id: coming.id })).code).toBe('not_found');
    expect((await call(app, 'sessions:list', { view: 'upcoming' })).total).toBe(0);
    await app.close();

    // Everything above was written to disk.
    const reopened = await openApp({ dataDir: app.dataDir, readOnly: true });
    expect(reopened.repos.sessions.list().map((s) => s.title).sort()).toEqual(['Korte sessie', 'Netwerkcafé Onderzoek in de klas']);
    await reopened.close();
  });

  it('refuses a session without a title or with a duration under a quarter of an hour', async () => {
    const app = await openAt(await tempDir());
    const error = await failure(app, 'sessions:save', { fields: sessionDetails({ title: '', minutes: 5 }) });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => i.path).sort()).toEqual(['fields.minutes', 'fields.title']);
    await app.close();
  });

  it('keeps the programme in the order given, with ids for new items, and shows linked research and questions by title', async () => {
    const app = await openAt(await tempDir());
    const [me] = await colleagues(app, ['Sanne de Vries']);
    const research = await call(app, 'research:save', {
      fields: {
        title: 'Feedback tijdens de stage', question: '', summary: 'Samenvatting', method: '', findings: '', status: 'afgerond', area: 'onderzoek',
        initiative: 'docent', institution: 'ROC Rijnland', year: 2025, tags: [], authorIds: [me!.id], partnerIds: [], links: [], attachments: [], draft: false,
      },
    });
    const question = await call(app, 'questions:save', { fields: { title: 'Hoe organiseer je een intervisie?', body: 'Tips?', tags: [], area: 'vakinhoud' } });
    const session = await createSession(app);
    const first = await call(app, 'sessions:saveProgramme', {
      id: session.id,
      programme: [
        { kind: 'presentatie', title: 'Onderzoek uit het netwerk', minutes: 30, presenterIds: [me!.id], researchIds: [research.id], questionIds: [] },
        { kind: 'rondetafel', title: 'Vragen uit de vraagbank', minutes: 45, presenterIds: [], researchIds: [], questionIds: [question.id] },
      ],
    });
    expect(first.programme.map((p) => p.title)).toEqual(['Onderzoek uit het netwerk', 'Vragen uit de vraagbank']);
    expect(first.programme.every((p) => /^[0-9a-f-]{36}$/.test(p.id))).toBe(true);

    // Moving the second item up is saving the list in its new order; ids stay.
    const reordered = await call(app, 'sessions:saveProgramme', { id: session.id, programme: [first.programme[1]!, first.programme[0]!] });
    expect(reordered.programme.map((p) => p.id)).toEqual([first.programme[1]!.id, first.programme[0]!.id]);

    const detail = await call(app, 'sessions:get', { id: session.id });
    expect(detail.research).toEqual([{ id: research.id, title: 'Feedback tijdens de stage' }]);
    expect(detail.questions).toEqual([{ id: question.id, title: 'Hoe organiseer je een intervisie?' }]);
    expect(detail.people.map((p) => p.name)).toEqual(['Sanne de Vries']);

    const choices = await call(app, 'sessions:choices');
    expect(choices.research.map((r) => r.id)).toContain(research.id);
    expect(choices.questions.map((q) => q.id)).toContain(question.id);
    await app.close();
  });
});

describe('attendees and the waiting list', () => {
  it('puts people on the waiting list when the session is full and moves the first up when someone cancels', async () => {
    const app = await openAt(await tempDir());
    const [anna, bram, cem, daan] = await colleagues(app, ['Anna Jansen', 'Bram de Boer', 'Cem Yılmaz', 'Daan Visser']);
    const session = await createSession(app, { capacity: 2 });
    const register = (memberId: string) => call(app, 'sessions:register', { id: session.id, attendee: { kind: 'member', memberId } });

    expect((await register(anna!.id)).attendee?.status).toBe('aangemeld');
    expect((await register(bram!.id)).attendee?.status).toBe('aangemeld');
    const cemOnList = (await register(cem!.id)).attendee!;
    expect(cemOnList.status).toBe('wachtlijst');
    const guest = await call(app, 'sessions:register', { id: session.id, attendee: { kind: 'guest', name: 'Ümit Ünal', email: 'umit@voorbeeld.nl' } });
    expect(guest.attendee).toMatchObject({ status: 'wachtlijst', memberId: null, name: 'Ümit Ünal' });

    // Registering twice is refused.
    const twice = await failure(app, 'sessions:register', { id: session.id, attendee: { kind: 'member', memberId: anna!.id } });
    expect(twice.issues?.[0]?.code).toBe('already_registered');

    // Anna cancels: Cem, first on the waiting list, moves up; the guest still waits.
    const annaId = guest.session.attendees.find((a) => a.memberId === anna!.id)!.id;
    const cancelled = await call(app, 'sessions:setAttendance', { id: session.id, attendeeId: annaId, status: 'afgemeld' });
    expect(cancelled.promoted.map((a) => a.name)).toEqual(['Cem Yılmaz']);
    const statusOf = (list: typeof cancelled.session.attendees) => Object.fromEntries(list.map((a) => [a.name, a.status]));
    expect(statusOf(cancelled.session.attendees)).toEqual({ 'Anna Jansen': 'afgemeld', 'Bram de Boer': 'aangemeld', 'Cem Yılmaz': 'aangemeld', 'Ümit Ünal': 'wachtlijst' });

    // Anna wants to come after all: the session is full, so she joins the back of the waiting list, on her old line.
    const back = await register(anna!.id);
    expect(back.attendee).toMatchObject({ id: annaId, status: 'wachtlijst' });
    expect(back.session.attendees).toHaveLength(4);

    // Removing Bram frees a place for the guest, who has waited longest.
    const bramId = back.session.attendees.find((a) => a.memberId === bram!.id)!.id;
    const removed = await call(app, 'sessions:removeAttendee', { id: session.id, attendeeId: bramId });
    expect(removed.promoted.map((a) => a.name)).toEqual(['Ümit Ünal']);

    // A larger capacity lets Anna in too; Daan registers with a place free.
    const bigger = await call(app, 'sessions:save', { id: session.id, fields: sessionDetails({ capacity: 4 }) });
    expect(statusOf(bigger.attendees)).toEqual({ 'Anna Jansen': 'aangemeld', 'Cem Yılmaz': 'aangemeld', 'Ümit Ünal': 'aangemeld' });
    expect((await register(daan!.id)).attendee?.status).toBe('aangemeld');

    // Marking presence afterwards keeps the place; presence is recorded even when the session is full.
    const present = await call(app, 'sessions:setAttendance', { id: session.id, attendeeId: cemOnList.id, status: 'aanwezig' });
    expect(present.attendee?.status).toBe('aanwezig');
    expect(present.promoted).toEqual([]);
    await app.close();
  });

  it("lists a session's actions on their owners, open ones first", async () => {
    const app = await openAt(await tempDir());
    const [anna, bram] = await colleagues(app, ['Anna Jansen', 'Bram de Boer']);
    const first = await createSession(app);
    const second = await createSession(app, { title: 'Netwerkcafé Digitalisering', start: '2026-04-09T15:30' });
    await call(app, 'sessions:saveReport', {
      id: first.id,
      notes: '## Wat ging goed\n\n- Veel **voorbeelden**',
      outcomes: 'Drie teams willen verder.',
      actions: [
        { text: 'Verslag delen met de teams', ownerId: anna!.id, due: '2026-03-21', status: 'klaar' },
        { text: 'Intervisie plannen', ownerId: anna!.id, due: '2026-04-01', status: 'open' },
        { text: 'Marktplaats voorbereiden', ownerId: bram!.id, due: null, status: 'bezig' },
      ],
    });
    await call(app, 'sessions:saveReport', {
      id: second.id,
      notes: '',
      outcomes: '',
      actions: [{ text: 'Lesvoorbeelden verzamelen', ownerId: anna!.id, due: '2026-03-25', status: 'open' }],
    });

    const annas = await call(app, 'sessions:actionsOf', { memberId: anna!.id });
    expect(annas.map((a) => [a.action.text, a.sessionTitle])).toEqual([
      ['Lesvoorbeelden verzamelen', 'Netwerkcafé Digitalisering'],
      ['Intervisie plannen', 'Netwerkcafé Formatief handelen'],
      ['Verslag delen met de teams', 'Netwerkcafé Formatief handelen'],
    ]);
    expect((await call(app, 'sessions:actionsOf', { memberId: bram!.id })).map((a) => a.action.status)).toEqual(['bezig']);
    const saved = (await call(app, 'sessions:get', { id: first.id })).session;
    expect(saved.notes).toContain('**voorbeelden**');
    expect(saved.actions.every((a) => a.id.length === 36)).toBe(true);

    // A deleted session's actions are gone from the profile.
    await call(app, 'sessions:delete', { id: second.id });
    expect((await call(app, 'sessions:actionsOf', { memberId: anna!.id })).map((a) => a.action.text)).not.toContain('Lesvoorbeelden verzamelen');
    await app.close();
  });
});

describe('attendee lists and member sheets as CSV', () => {
  it('exports the attendee list as Dutch Excel CSV and reads it back without changes', async () => {
    const app = await openAt(await tempDir());
    const [anna] = await colleagues(app, ['Anna Jansen']);
    const session = await createSession(app);
    await call(app, 'sessions:register', { id: session.id, attendee: { kind: 'member', memberId: anna!.id } });
    await call(app, 'sessions:register', { id: session.id, attendee: { kind: 'guest', name: "Joëlle 't Hart", email: 'joelle@voorbeeld.nl' } });

    const csv = await call(app, 'sessions:attendeesCsv', { id: session.id });
    expect(csv.fileName).toBe('deelnemers-netwerkcafe-formatief-handelen-2026-03-14.csv');
    const bytes = Buffer.from(csv.dataBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('Naam;E-mail;Status;Aangemeld op');
    expect(text).toContain("Joëlle 't Hart;joelle@voorbeeld.nl;aangemeld;");

    const again = await call(app, 'sessions:attendeesImport', { id: session.id, file: { fileName: csv.fileName, dataBase64: csv.dataBase64 } });
    expect(again.result).toEqual({ added: 0, updated: 0, unchanged: 2, skipped: 0 });
    expect((await call(app, 'sessions:get', { id: session.id })).session.attendees).toHaveLength(2);
    await app.close();
  });

  it('imports a Windows-1252 sheet: colleagues matched by e-mail, guests added, a full session fills its waiting list, bad rows named by line', async () => {
    const app = await openAt(await tempDir());
    const [anna, bram] = await colleagues(app, ['Anna Jansen', 'Bram de Boer']);
    const session = await createSession(app, { capacity: 2 });
    await call(app, 'sessions:register', { id: session.id, attendee: { kind: 'member', memberId: bram!.id } });
    const sheet = iconv.encode(
      [
        'Naam;E-mail;Status',
        `Anna J.;${anna!.email.toUpperCase()};aangemeld`,
        'Coöperatie Gast;gast@voorbeeld.nl;',
        'Zonder Adres;geen-adres;aangemeld',
        'Bram de Boer;bram.de.boer@rijnland.nl;afgemeld',
        'Hélène Vink;helene@voorbeeld.nl;misschien',
        '"Regel met',
        'een enter";regel@voorbeeld.nl;aanwezig',
        '"Bakker; Piet";piet@voorbeeld.nl;wachtlijst',
      ].join('\r\n'),
      'windows-1252',
    );
    const file = { fileName: 'deelnemers.csv', dataBase64: b64(sheet) };

    const preview = await call(app, 'sessions:attendeesPreview', { id: session.id, file });
    if (!preview.ok) throw new Error('preview failed');
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.rows.map((r) => [r.line, r.name, r.change, r.result])).toEqual([
      [2, 'Anna Jansen', 'new', 'aangemeld'],
      // Full at the time of its row, but Bram's cancellation two rows later frees his place.
      [3, 'Coöperatie Gast', 'new', 'aangemeld'],
      [5, 'Bram de Boer', 'updated', 'afgemeld'],
      // Behind the guest in the queue, so still waiting.
      [9, 'Bakker; Piet', 'new', 'wachtlijst'],
    ]);
    expect(preview.rows[0]!.memberId).toBe(anna!.id);
    expect(preview.problems.map((p) => [p.line, p.code, p.field, p.detail])).toEqual([
      [4, 'invalid_email', 'email', null],
      [6, 'bad_status', 'status', 'misschien'],
      [7, 'single_line', 'name', null],
    ]);
    // The preview changed nothing.
    expect((await call(app, 'sessions:get', { id: session.id })).session.attendees).toHaveLength(1);

    const imported = await call(app, 'sessions:attendeesImport', { id: session.id, file });
    expect(imported.result).toEqual({ added: 3, updated: 1, unchanged: 0, skipped: 3 });
    const after = (await call(app, 'sessions:get', { id: session.id })).session.attendees;
    expect(Object.fromEntries(after.map((a) => [a.name, a.status]))).toEqual({
      'Bram de Boer': 'afgemeld',
      'Anna Jansen': 'aangemeld',
      'Coöperatie Gast': 'aangemeld',
      'Bakker; Piet': 'wachtlijst',
    });
    await app.close();
  });

  it('says why a file cannot be read at all', async () => {
    const app = await openAt(await tempDir());
    const session = await createSession(app);
    const noName = await call(app, 'sessions:attendeesPreview', { id: session.id, file: { fileName: 'x.csv', dataBase64: b64('E-mail;Status\r\na@b.nl;aangemeld') } });
    expect(noName).toMatchObject({ ok: false, problem: { code: 'missing_columns' } });
    const workbook = await call(app, 'sessions:attendeesPreview', { id: session.id, file: { fileName: 'x.xlsx', dataBase64: b64(Buffer.from('PK\x03\x04rest')) } });
    expect(workbook).toMatchObject({ ok: false, problem: { code: 'not_text' } });
    await app.close();
  });

  it('adds colleagues from an HR sheet, leaves existing e-mail addresses alone, and reports bad rows by line', async () => {
    const app = await openAt(await tempDir());
    const [anna] = await colleagues(app, ['Anna Jansen']);
    const sheet = [
      'Naam;E-mail;Instelling;Team;Expertise',
      `Anna Jansen;${anna!.email};ROC Anders;Zorg;feedback`,
      'Ümit Ünal;umit@mborijnland.nl;ROC Rijnland;Techniek;"formatief handelen, didactiek"',
      ';leeg@voorbeeld.nl;ROC Rijnland;;',
      'Joke Smit;joke@voorbeeld.nl;;Zorg;',
      'Piet Bakker;UMIT@mborijnland.nl;ROC Rijnland;;',
    ].join('\r\n');
    const file = { fileName: 'hr.csv', dataBase64: b64(sheet) };
    const preview = await call(app, 'memberCsv:preview', { file });
    if (!preview.ok) throw new Error('preview failed');
    expect(preview.rows.map((r) => [r.line, r.fields.name, r.existingId])).toEqual([
      [2, 'Anna Jansen', anna!.id],
      [3, 'Ümit Ünal', null],
    ]);
    expect(preview.rows[1]!.fields.expertise).toEqual(['formatief handelen', 'didactiek']);
    expect(preview.problems.map((p) => [p.line, p.code, p.field])).toEqual([
      [4, 'required_missing', 'name'],
      [5, 'required_missing', 'institution'],
      [6, 'duplicate_email', 'email'],
    ]);
    expect(preview.problems[2]!.detail).toBe('3');

    const imported = await call(app, 'memberCsv:import', { file });
    expect(imported.result).toEqual({ added: 1, updated: 0, unchanged: 1, skipped: 3 });
    const names = (await call(app, 'members:list', {})).items.map((m) => m.name);
    expect(names.sort()).toEqual(['Anna Jansen', 'Ümit Ünal']);
    expect((await call(app, 'members:get', { id: anna!.id })).institution).toBe('ROC Rijnland');
    await app.close();
  });

  it('reports a row without an e-mail address by its line, and importing the same sheet again adds nobody twice', async () => {
    const app = await openAt(await tempDir());
    const sheet = ['Naam;E-mail;Instelling;Team;Expertise', 'Joke Smit;;ROC Rijnland;Zorg;', 'Ümit Ünal;umit@mborijnland.nl;ROC Rijnland;;'].join('\r\n');
    const file = { fileName: 'hr.csv', dataBase64: b64(sheet) };
    const first = await call(app, 'memberCsv:import', { file });
    expect(first.result).toMatchObject({ added: 2, unchanged: 0 });
    if (!first.preview.ok) throw new Error('preview failed');
    expect(first.preview.warnings.map((w) => [w.line, w.code])).toEqual([[2, 'no_email']]);

    // The same sheet again, with the name typed without accents and another case: matched, not added.
    const again = { fileName: 'hr.csv', dataBase64: b64(sheet.replace('Joke Smit;;ROC Rijnland', 'joke smit;;ROC rijnland')) };
    const second = await call(app, 'memberCsv:import', { file: again });
    expect(second.result).toMatchObject({ added: 0, unchanged: 2 });
    if (!second.preview.ok) throw new Error('preview failed');
    expect(second.preview.rows.map((r) => r.existingId)).toEqual(first.ids);
    expect((await call(app, 'members:list', {})).total).toBe(2);
    await app.close();
  });

  it('writes the session as an iCalendar event named after it', async () => {
    const app = await openAt(await tempDir());
    const session = await createSession(app);
    const ics = await call(app, 'sessions:ics', { id: session.id });
    expect(ics.fileName).toBe('netwerkcafe-formatief-handelen-2026-03-14.ics');
    expect(ics.text).toContain(`UID:${session.id}@masternetwerk`);
    expect(ics.text).toContain('DTSTART;TZID=Europe/Amsterdam:20260314T153000');
    expect(ics.text).toContain('DTEND;TZID=Europe/Amsterdam:20260314T173000');
    await app.close();
  });
});
