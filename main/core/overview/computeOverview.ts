import { MIN_GROUP, type Overview, type OverviewFilter, type OverviewRecord } from '../../../shared/contract';
import { ACTIVITY_PHASES, AREAS, INITIATIVES, type Activity, type CafeSession, type Member, type Question } from '../../../shared/domain';
import { compareDutch } from '../../../shared/text/names';
import type { AppContext } from '../app';
import { learningIndex } from '../learning/learningIndex';
import { boardFor } from './boardCache';
import { keepsActivity, keepsMember, keepsQuestion, keepsSession } from './filter';

/**
 * The one place the overview's numbers are made (STYLE.md: the page, the
 * PDF and `overview --json` all draw these). Every number is a count of
 * "cells" that `walk` hands out, record by record, in a single pass; the
 * click-through (`overviewRecords`) walks the same way and keeps the
 * records of one cell, so a number and the list behind it always agree.
 */

type RecordType = OverviewRecord['type'];
type Visit = (cell: string, type: RecordType, record: Activity | CafeSession | Question | Member) => void;

const NOTABLE = 8;
const NOTABLE_PHASES: Record<string, number> = { geborgd: 0, afgerond: 1, lopend: 2 };
const month = (iso: string) => iso.slice(0, 7);

interface Walked {
  activities: Activity[];
  sessions: CafeSession[];
  questions: Question[];
  members: Member[];
  institutions: string[];
  isolated: Member[];
}

/** A shared activity is one with someone else in it: another master teacher or a collaborator. */
const isShared = (a: Activity) => a.memberIds.length > 1 || a.collaborators.length > 0;

function walk(app: AppContext, filter: OverviewFilter, visit: Visit): Walked {
  const member = (id: string) => app.repos.members.find(id);
  const everyone = app.repos.members.list();
  const members = everyone.filter((m) => keepsMember(filter, m));
  const institutions = [...new Set(everyone.map((m) => m.institution).filter(Boolean))].sort(compareDutch);
  const institutionIndex = new Map(institutions.map((name, i) => [name, i]));

  const activities = app.repos.activities.list().filter((a) => keepsActivity(filter, a));
  const inShared = new Set<string>();
  for (const a of activities) {
    visit('activities', 'activities', a);
    for (const area of a.area) visit(`area:${area}`, 'activities', a);
    visit(`phase:${a.phase}`, 'activities', a);
    visit(`initiative:${a.initiative}`, 'activities', a);
    visit(`initiative:${a.institution}:${a.initiative}`, 'activities', a);
    if (a.collaborators.length === 0) visit('withoutCollaborators', 'activities', a);
    if (isShared(a)) for (const id of a.memberIds) inShared.add(id);
    // The collaboration picture: which schools' master teachers work together in it.
    const schools = [...new Set(a.memberIds.map((id) => institutionIndex.get(member(id)?.institution ?? '')).filter((i): i is number => i !== undefined))].sort((x, y) => x - y);
    if (schools.length === 1 && a.memberIds.length > 1) visit(`pair:${schools[0]}:${schools[0]}`, 'activities', a);
    for (let i = 0; i < schools.length; i++) for (let j = i + 1; j < schools.length; j++) visit(`pair:${schools[i]}:${schools[j]}`, 'activities', a);
  }

  const sessions = app.repos.sessions.list().filter((s) => keepsSession(filter, s, member));
  for (const s of sessions) {
    visit('sessions', 'sessions', s);
    visit(`sessions:${month(s.start)}`, 'sessions', s);
  }

  const questions = app.repos.questions.list().filter((q) => keepsQuestion(filter, q, member));
  for (const q of questions) {
    const m = month(q.createdAt);
    const state = q.answers.length > 0 ? 'answered' : 'unanswered';
    visit('questions:asked', 'questions', q);
    visit(`questions:${state}`, 'questions', q);
    visit(`questions:${m}:asked`, 'questions', q);
    visit(`questions:${m}:${state}`, 'questions', q);
  }

  const isolated = members.filter((m) => m.masterDegree !== null && m.visibility !== 'prive' && !inShared.has(m.id)).sort((a, b) => compareDutch(a.name, b.name));
  for (const m of isolated) visit('isolated', 'members', m);
  return { activities, sessions, questions, members, institutions, isolated };
}

/** Counts about people below MIN_GROUP are not shown (docs/privacy.md); zero is no group and is shown. */
const peopleFigure = (n: number) => (n > 0 && n < MIN_GROUP ? null : n);

export function computeOverview(app: AppContext, filter: OverviewFilter): Overview {
  const counts = new Map<string, number>();
  const walked = walk(app, filter, (cell) => counts.set(cell, (counts.get(cell) ?? 0) + 1));
  const count = (cell: string) => counts.get(cell) ?? 0;
  const today = app.records.now().toISOString().slice(0, 10);

  const people = { registrations: 0, attended: 0, waitlist: 0 };
  const byMonth = new Map<string, typeof people>();
  let openActions = 0;
  let overdueActions = 0;
  for (const s of walked.sessions) {
    const m = byMonth.get(month(s.start)) ?? byMonth.set(month(s.start), { registrations: 0, attended: 0, waitlist: 0 }).get(month(s.start))!;
    for (const a of s.attendees) {
      const key = a.status === 'wachtlijst' ? 'waitlist' : a.status === 'afgemeld' ? null : 'registrations';
      if (!key) continue;
      m[key]++;
      people[key]++;
      if (a.status === 'aanwezig') {
        m.attended++;
        people.attended++;
      }
    }
    for (const action of s.actions) {
      if (action.status === 'klaar') continue;
      openActions++;
      if (action.due && action.due < today) overdueActions++;
    }
  }

  const firstAnswerHours: number[] = [];
  const questionMonths = new Set<string>();
  for (const q of walked.questions) {
    questionMonths.add(month(q.createdAt));
    if (q.answers.length === 0) continue;
    const first = Math.min(...q.answers.map((a) => Date.parse(a.createdAt)));
    firstAnswerHours.push(Math.max(0, (first - Date.parse(q.createdAt)) / 3_600_000));
  }

  const board = boardFor(app.store, memberKey(filter), () => walked.members, 0);
  const { institutions } = walked;
  const notable = walked.activities
    .filter((a) => a.effect.trim() && a.phase in NOTABLE_PHASES)
    .sort((a, b) => NOTABLE_PHASES[a.phase]! - NOTABLE_PHASES[b.phase]! || b.effectTags.length - a.effectTags.length || compareDutch(a.title, b.title))
    .slice(0, NOTABLE);
  const activityInstitutions = [...new Set(walked.activities.map((a) => a.institution))].sort(compareDutch);

  return {
    activities: {
      byArea: Object.fromEntries(AREAS.map((k) => [k, count(`area:${k}`)])) as Overview['activities']['byArea'],
      byPhase: Object.fromEntries(ACTIVITY_PHASES.map((k) => [k, count(`phase:${k}`)])) as Overview['activities']['byPhase'],
      byInitiative: Object.fromEntries(INITIATIVES.map((k) => [k, count(`initiative:${k}`)])) as Overview['activities']['byInitiative'],
      withoutCollaborators: count('withoutCollaborators'),
    },
    sessions: {
      sessions: count('sessions'),
      registrations: peopleFigure(people.registrations),
      attended: peopleFigure(people.attended),
      waitlist: peopleFigure(people.waitlist),
      openActions,
      overdueActions,
      byMonth: [...byMonth]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([m, p]) => ({ month: m, sessions: count(`sessions:${m}`), registrations: peopleFigure(p.registrations), attended: peopleFigure(p.attended), waitlist: peopleFigure(p.waitlist) })),
    },
    questions: {
      asked: count('questions:asked'),
      answered: count('questions:answered'),
      unanswered: count('questions:unanswered'),
      medianHoursToFirstAnswer: median(firstAnswerHours),
      byMonth: [...questionMonths].sort().map((m) => ({ month: m, asked: count(`questions:${m}:asked`), answered: count(`questions:${m}:answered`), unanswered: count(`questions:${m}:unanswered`) })),
    },
    marketplace: {
      unmetWants: board.unmetWants.length,
      unaskedOffers: board.unaskedOffers.length,
      unmetWantTopics: board.unmetWants.map((t) => t.text),
      unaskedOfferTopics: board.unaskedOffers.map((t) => t.text),
    },
    isolatedMembers: walked.isolated.map((m) => m.id),
    details: {
      total: count('activities'),
      initiativeByInstitution: activityInstitutions.map((institution) => ({
        institution,
        ...(Object.fromEntries(INITIATIVES.map((k) => [k, count(`initiative:${institution}:${k}`)])) as Overview['activities']['byInitiative']),
      })),
      collaboration: {
        institutions,
        matrix: institutions.map((_, i) => institutions.map((__, j) => count(`pair:${Math.min(i, j)}:${Math.max(i, j)}`))),
      },
      isolated: walked.isolated.map((m) => ({ id: m.id, name: m.name, institution: m.institution })),
      notable: notable.map((a) => ({ id: a.id, title: a.title, institution: a.institution, effect: a.effect, effectTags: a.effectTags })),
    },
    learning: learningOverview(app, filter),
  };
}

/** The team overview under the filters that a leerlog entry has: period, institution and team (not area or PLG). */
export function learningOverview(app: AppContext, filter: OverviewFilter): Overview['learning'] {
  const { from = null, to = null, institution, team } = filter;
  return learningIndex(app.store).overview({ institution, team, period: from || to ? { from, to } : undefined });
}

/** The records behind one number of the overview (its click-through). */
export function overviewRecords(app: AppContext, filter: OverviewFilter, cell: string): OverviewRecord[] {
  const out: OverviewRecord[] = [];
  if (cell.startsWith('unmetWant:') || cell.startsWith('unaskedOffer:')) return marketplaceRecords(app, filter, cell);
  walk(app, filter, (visited, type, record) => {
    if (visited !== cell) return;
    out.push({ type, id: record.id, title: 'name' in record ? record.name : record.title, detail: detailOf(type, record) });
  });
  return out.sort((a, b) => compareDutch(a.title, b.title));
}

function detailOf(type: RecordType, record: Activity | CafeSession | Question | Member): string {
  if (type === 'activities') return (record as Activity).institution;
  if (type === 'sessions') return (record as CafeSession).start.slice(0, 10);
  if (type === 'questions') return (record as Question).createdAt.slice(0, 10);
  return (record as Member).institution;
}

/** The colleagues who want (or offer) one topic of the marketplace. */
function marketplaceRecords(app: AppContext, filter: OverviewFilter, cell: string): OverviewRecord[] {
  const [kind, ...rest] = cell.split(':');
  const text = rest.join(':');
  const board = boardFor(app.store, memberKey(filter), () => app.repos.members.list().filter((m) => keepsMember(filter, m)), Number.MAX_SAFE_INTEGER);
  const topic = (kind === 'unmetWant' ? board.unmetWants : board.unaskedOffers).find((t) => t.text === text);
  return (topic?.members ?? []).map((m) => ({ type: 'members' as const, id: m.id, title: m.name, detail: m.institution }));
}

/** The part of a filter that selects members: the board depends on nothing else. */
const memberKey = (filter: OverviewFilter) => JSON.stringify([filter.institution ?? '', filter.team ?? '', filter.plgId ?? '']);

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 10) / 10;
}
