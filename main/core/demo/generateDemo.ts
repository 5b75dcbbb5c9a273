import { v7 as uuidv7 } from 'uuid';
import { AREAS, INITIATIVES, RESEARCH_STATUSES, ROLES, type Area } from '../../../shared/domain';
import type { ActivityFields, MemberFields, PlgFields, QuestionFields, ResearchFields, SessionFields } from '../../../shared/domain';
import { generateActivities } from './generateActivities';
import { generateLearningDemo, type LearningDemo } from './learningDemo';
import * as words from './vocabulary';

/**
 * A realistic Dutch demo network, the same every time for the same size:
 * five mbo institutions, members with master's degrees and expertise, PLGs
 * spanning schools, research with co-authors, questions with answers, and
 * café sessions. Other record types scale with the number of members.
 */

export interface DemoSet extends LearningDemo {
  plgs: Array<{ id: string; fields: PlgFields }>;
  members: Array<{ id: string; fields: MemberFields }>;
  research: Array<{ id: string; fields: ResearchFields }>;
  questions: Array<{ id: string; fields: QuestionFields; createdAt: string }>;
  sessions: Array<{ id: string; fields: SessionFields }>;
  activities: Array<{ id: string; fields: ActivityFields }>;
}

export const demoSizes = (members: number) => ({
  members,
  plgs: Math.min(words.PLG_THEMES.length, Math.max(1, Math.ceil(members / 24))),
  research: Math.round(members * 0.5),
  questions: members,
  sessions: Math.max(2, Math.round(members / 25)),
  activities: Math.max(60, Math.round(members / 2)),
});

/** mulberry32: a tiny seeded generator so the demo set (and benchmark corpora) are reproducible. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Café sessions fall from three months before `today` to five months after,
 * so the demo has both past and upcoming ones. The content follows from
 * `seed`; the ids also from `idSalt`, which each install draws at random so
 * two installs' demo networks never share an id (one install's demo export
 * must not land on another's records).
 */
export function generateDemo(memberCount: number, seed = 2026, today = new Date(), idSalt: Uint8Array = new Uint8Array(16)): DemoSet {
  const random = seededRandom(seed);
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = min + int(max - min + 1);
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  // Demo ids are time-ordered UUIDv7 built from the seed and the salt: the same salt gives the same ids.
  const base = Date.UTC(2025, 8, 1);
  let idCounter = 0;
  const id = () => {
    const randomBytes = new Uint8Array(16).map((_, i) => int(256) ^ idSalt[i]!);
    return uuidv7({ msecs: base + idCounter++, random: randomBytes, seq: 0 });
  };
  const sizes = demoSizes(memberCount);

  const plgs = words.PLG_THEMES.slice(0, sizes.plgs).map((theme) => ({
    id: id(),
    fields: {
      name: theme.name,
      description: theme.description,
      institutions: some(words.INSTITUTIONS, 2, 5).map((i) => i.name),
      coordinatorIds: [] as string[],
    },
  }));

  const usedNames = new Set<string>();
  const members = Array.from({ length: sizes.members }, (_, index) => {
    // Unique names while combinations last; a large network has namesakes, as real ones do.
    let name = `${pick(words.FIRST_NAMES)} ${pick(words.SURNAMES)}`;
    for (let tries = 0; usedNames.has(name) && tries < 20; tries++) name = `${pick(words.FIRST_NAMES)} ${pick(words.SURNAMES)}`;
    usedNames.add(name);
    const institution = words.INSTITUTIONS[index % words.INSTITUTIONS.length]!;
    const expertise = some(words.EXPERTISE, 2, 5);
    const degree = pick(words.MASTER_PROGRAMMES);
    const emailName = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]+/g, '.')
      .replace(/^\.|\.$/g, '');
    const domain = institution.name.split(' ')[0]!.normalize('NFD').replace(/[^a-zA-Z]/g, '').toLowerCase();
    return {
      id: id(),
      fields: {
        name,
        email: `${emailName}${index}@${domain}.example.nl`,
        institution: institution.name,
        team: pick(words.TEAMS),
        function: pick(words.FUNCTIONS),
        masterDegree: random() < 0.92 ? { ...degree, year: 2013 + int(13) } : null,
        expertise,
        areas: some(AREAS, 1, 2) as Area[],
        roles: some(ROLES, 1, 2),
        offers: expertise.slice(0, 1 + int(2)),
        wants: some(words.LEARNING_WANTS, 1, 2),
        bio: `Ik werk bij ${institution.name} in ${institution.city}. ${pick(BIO_LINES)}`,
        plgIds: plgs.length > 0 && random() < 0.6 ? [pick(plgs).id] : [],
        visibility: 'netwerk' as const,
        fieldVisibility: {},
      },
    };
  });

  // One or two members lead each PLG (its first members, so the draws above stay as they were).
  plgs.forEach((plg, index) => {
    plg.fields.coordinatorIds = members.filter((m) => m.fields.plgIds.includes(plg.id)).slice(0, 1 + (index % 2)).map((m) => m.id);
  });

  const memberIds = members.map((m) => m.id);
  const research = Array.from({ length: sizes.research }, (_, index) => {
    const topic = words.RESEARCH_TOPICS[index % words.RESEARCH_TOPICS.length]!;
    const author = pick(members);
    const status = pick(RESEARCH_STATUSES);
    return {
      id: id(),
      fields: {
        title: index < words.RESEARCH_TOPICS.length ? topic.title : `${topic.title} (${author.fields.team})`,
        question: topic.question,
        summary: `Een verkenning binnen het team ${author.fields.team}, samen met collega's en studenten.`,
        method: pick(['Interviews met studenten en docenten', 'Lesobservaties en een vragenlijst', 'Ontwerpgericht onderzoek in drie cycli', 'Literatuurstudie en focusgroepen']),
        findings: status === 'afgerond' ? 'De eerste resultaten laten zien dat korte, concrete feedbackmomenten het meeste opleveren.' : '',
        status,
        area: pick(AREAS),
        initiative: pick(INITIATIVES),
        institution: author.fields.institution,
        year: 2019 + int(8),
        tags: some(author.fields.expertise, 1, 3),
        authorIds: [author.id],
        // No activity was carried out alone: every result has a partner.
        partnerIds: some(memberIds, 1, 2).filter((m) => m !== author.id),
        links: [],
        attachments: [],
        draft: false,
      },
    };
  });

  const questions = Array.from({ length: sizes.questions }, (_, index) => {
    const author = pick(members);
    const answered = random() < 0.55;
    const answers = answered
      ? Array.from({ length: 1 + int(3) }, () => ({
          id: id(),
          authorId: pick(memberIds),
          body: pick(ANSWER_LINES),
          createdAt: new Date(base + int(300) * 86_400_000).toISOString(),
        }))
      : [];
    // Asked a few days before the first answer (or spread over the year when unanswered), without drawing from the seed.
    const firstAnswer = Math.min(...answers.map((a) => Date.parse(a.createdAt)), base + ((index * 7) % 300) * 86_400_000);
    return {
      id: id(),
      createdAt: new Date(firstAnswer - (1 + (index % 9)) * 86_400_000).toISOString(),
      fields: {
        title: index < words.QUESTION_TITLES.length ? words.QUESTION_TITLES[index]! : `${pick(words.QUESTION_TITLES)} (${author.fields.team})`,
        body: `Binnen ons team ${author.fields.team} lopen we hier tegenaan. Wie heeft tips of voorbeelden?`,
        tags: some(words.EXPERTISE, 1, 3),
        area: pick(AREAS),
        authorId: author.id,
        status: answers.length > 0 ? ('beantwoord' as const) : ('open' as const),
        answers,
        acceptedAnswerId: answers.length > 0 && random() < 0.6 ? answers[0]!.id : null,
      },
    };
  });

  const sessions = Array.from({ length: sizes.sessions }, (_, index) => {
    const organiser = pick(members);
    const month = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + (index % 9) - 3, 1));
    const yearMonth = `${month.getUTCFullYear()}-${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
    const presenters = some(memberIds, 1, 2);
    return {
      id: id(),
      fields: {
        title: `Netwerkcafé ${pick(words.SESSION_THEMES)}`,
        theme: pick(words.SESSION_THEMES),
        start: `${yearMonth}-${String(10 + int(15)).padStart(2, '0')}T15:30:00`,
        minutes: 120,
        location: `${organiser.fields.institution}, personeelsrestaurant`,
        onlineLink: '',
        organiserIds: [organiser.id],
        plgId: plgs.length > 0 ? pick(plgs).id : null,
        description: 'We beginnen met wat goed gaat, daarna de aandachtspunten. Eén thema, de diepte in.',
        preparation: 'Neem een voorbeeld uit je eigen praktijk mee.',
        capacity: 30,
        programme: [
          { id: id(), kind: 'presentatie' as const, title: 'Onderzoek uit het netwerk', minutes: 30, presenterIds: presenters, researchIds: research.length > 0 ? [pick(research).id] : [], questionIds: [] },
          { id: id(), kind: 'rondetafel' as const, title: 'Vragen uit de vraagbank', minutes: 45, presenterIds: [], researchIds: [], questionIds: questions.length > 0 ? [pick(questions).id] : [] },
          { id: id(), kind: 'marktplaats' as const, title: 'Vraag en aanbod', minutes: 30, presenterIds: [], researchIds: [], questionIds: [] },
          { id: id(), kind: 'informeel' as const, title: 'Napraten', minutes: 15, presenterIds: [], researchIds: [], questionIds: [] },
        ],
        attendees: some(members, 3, 12).map((m) => ({
          id: id(),
          memberId: m.id,
          name: m.fields.name,
          email: m.fields.email,
          status: 'aangemeld' as const,
          registeredAt: new Date(base + int(200) * 86_400_000).toISOString(),
        })),
        notes: '',
        outcomes: '',
        actions: [],
      },
    };
  });

  const activities = generateActivities({ count: sizes.activities, random, id, members, research, questions, sessions, plgs, today });
  return { plgs, members, research, questions, sessions, activities, ...generateLearningDemo(members, sessions, { random, id, today }) };
}

const BIO_LINES = [
  'Na mijn master ben ik met mijn team gaan onderzoeken hoe we feedback beter laten landen.',
  'Ik houd van lesgeven en van samen met collega\'s het onderwijs verbeteren.',
  'Mijn hart ligt bij de beroepspraktijk: leren op de werkplek en in de klas verbinden.',
  'Als docent-onderzoeker help ik teams hun eigen onderwijsvragen te onderzoeken.',
  'Ik coördineer de onderwijsontwikkeling in ons team en begeleid nieuwe collega\'s.',
];

const ANSWER_LINES = [
  'Wij werken met korte exit tickets aan het eind van de les; dat geeft snel zicht op wat blijft hangen.',
  'Bij ons helpt een vaste intervisiestructuur van zes weken, met een collega als gespreksleider.',
  'Neem contact op met ons onderzoeksteam, we hebben een vergelijkbare vraag onderzocht.',
  'We hebben een rubric samen met het werkveld gemaakt; ik deel hem graag in het netwerkcafé.',
];
