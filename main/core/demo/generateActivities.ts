import { ACTIVITY_PHASES, type ActivityFields, type Area, type CollaboratorKind, type Initiative, type MemberFields } from '../../../shared/domain';

/**
 * Demo activities (issue 10): the four examples from the research first, in
 * our own words, then variations over the five institutions and all phases.
 * Most involve colleagues; some name no collaborators, so the overview has
 * a gap to show.
 */

interface Template {
  title: string;
  area: Area[];
  initiative: Initiative;
  carriedOutBy: string;
  description: string;
  effect: string;
  effectTags: string[];
  collaborators: CollaboratorKind[];
}

const TEMPLATES: Template[] = [
  {
    title: 'Jaarlijkse ontwikkeldriedaagse',
    area: ['innovatie'],
    initiative: 'docent',
    carriedOutBy: 'werkgroep van docenten, teamleiders en staf, over de lagen heen',
    description: 'Drie dagen per jaar waarin teams met elkaar hun onderwijs herontwerpen, begeleid door masteropgeleide docenten.',
    effect: 'Teams maken nu samen keuzes over het programma; collega\'s zeggen dat ze elkaars lessen beter kennen.',
    effectTags: ['samenhang', 'eigenaarschap'],
    collaborators: ['collega', 'teamleider'],
  },
  {
    title: 'Workshopreeks formatief handelen',
    area: ['vakinhoud'],
    initiative: 'docent',
    carriedOutBy: 'twee masteropgeleide docenten',
    description: 'Een reeks workshops waarin collega\'s oefenen met feedback tijdens het leerproces en met exit tickets.',
    effect: 'Meer collega\'s gebruiken korte feedbackmomenten in de les; studenten weten beter waar ze staan.',
    effectTags: ['formatief handelen', 'feedback'],
    collaborators: ['collega'],
  },
  {
    title: 'Docent-onderzoeker ondersteunt teamvragen',
    area: ['onderzoek'],
    initiative: 'samen',
    carriedOutBy: 'docent-onderzoeker met het opleidingsteam',
    description: 'Een docent-onderzoeker helpt teams hun eigen onderwijsvragen te formuleren en te onderzoeken.',
    effect: 'Het team stelt vaker de vraag "hoe weten we dat?" en gebruikt gegevens bij besluiten.',
    effectTags: ['onderzoekende houding'],
    collaborators: ['collega', 'practoraat'],
  },
  {
    title: 'Masternetwerk opgezet met HR',
    area: ['beleid'],
    initiative: 'organisatie',
    carriedOutBy: 'HR samen met masteropgeleide docenten',
    description: 'HR en masteropgeleide docenten zetten samen netwerkcafés en een digitale omgeving op.',
    effect: 'Masteropgeleide docenten weten elkaar te vinden; de netwerkcafés zijn vaste prik geworden.',
    effectTags: ['zichtbaarheid', 'netwerk'],
    collaborators: ['hr'],
  },
  {
    title: 'Peer-feedback in de beroepspraktijk',
    area: ['vakinhoud', 'innovatie'],
    initiative: 'docent',
    carriedOutBy: 'docenten en praktijkbegeleiders',
    description: 'Studenten geven elkaar feedback op stageopdrachten met een rubric die samen met bedrijven is gemaakt.',
    effect: 'Praktijkbegeleiders en docenten gebruiken dezelfde taal over kwaliteit.',
    effectTags: ['feedback', 'samenhang'],
    collaborators: ['bedrijf', 'studenten'],
  },
  {
    title: 'Leerlijn onderzoekend vermogen',
    area: ['onderzoek', 'vakinhoud'],
    initiative: 'samen',
    carriedOutBy: 'opleidingsteam met de practor',
    description: 'Een doorlopende leerlijn waarin studenten in drie jaar leren een praktijkvraag te onderzoeken.',
    effect: 'Opdrachten sluiten nu op elkaar aan; het team bespreekt de leerlijn elk kwartaal.',
    effectTags: ['onderzoekende houding', 'samenhang'],
    collaborators: ['practoraat', 'collega'],
  },
  {
    title: 'Intervisie voor startende docenten',
    area: ['beleid'],
    initiative: 'organisatie',
    carriedOutBy: 'masteropgeleide docenten als begeleider',
    description: 'Maandelijkse intervisie voor nieuwe collega\'s, begeleid door ervaren masteropgeleide docenten.',
    effect: 'Startende docenten vragen eerder om hulp; minder uitval in het eerste jaar.',
    effectTags: ['begeleiding'],
    collaborators: ['hr', 'teamleider'],
  },
  {
    title: 'Pilot AI-geletterdheid in de les',
    area: ['innovatie'],
    initiative: 'docent',
    carriedOutBy: 'kerngroep van drie docenten',
    description: 'Lessen waarin studenten leren kritisch en verantwoord met generatieve AI te werken.',
    effect: 'Het team heeft afspraken gemaakt over AI bij opdrachten en toetsen.',
    effectTags: ['digitalisering'],
    collaborators: ['studenten', 'collega'],
  },
  {
    title: 'Examencommissie en kwaliteit van toetsing',
    area: ['beleid', 'vakinhoud'],
    initiative: 'organisatie',
    carriedOutBy: 'examencommissie met masteropgeleide docenten',
    description: 'Kalibratiesessies over beoordelen, zodat examinatoren hetzelfde verstaan onder voldoende.',
    effect: 'Beoordelingen lopen minder uiteen; het team bespreekt twijfelgevallen samen.',
    effectTags: ['toetsing'],
    collaborators: ['collega'],
  },
  {
    title: 'Lesson study in het eerste leerjaar',
    area: ['onderzoek', 'vakinhoud'],
    initiative: 'docent',
    carriedOutBy: 'lesson-studyteam',
    description: 'Een klein team ontwerpt, observeert en verbetert samen één les, in drie rondes.',
    effect: 'Collega\'s kijken bij elkaar in de les en praten over wat studenten leren.',
    effectTags: ['formatief handelen', 'onderzoekende houding'],
    collaborators: ['collega', 'studenten'],
  },
  {
    title: 'Hybride leeromgeving met het werkveld',
    area: ['innovatie'],
    initiative: 'samen',
    carriedOutBy: 'docenten met leerbedrijven',
    description: 'Studenten werken een dag per week aan echte opdrachten van bedrijven op school.',
    effect: 'Het werkveld denkt mee over het programma; studenten zijn gemotiveerder.',
    effectTags: ['beroepspraktijk'],
    collaborators: ['bedrijf'],
  },
  {
    title: 'Differentiëren in de les',
    area: ['vakinhoud'],
    initiative: 'docent',
    carriedOutBy: 'masteropgeleide docent met de sectie',
    description: 'Samen lesmateriaal op drie niveaus maken en uitproberen.',
    effect: '',
    effectTags: [],
    collaborators: [],
  },
];

const NAME_OF: Record<CollaboratorKind, string> = {
  collega: 'collega\'s uit het team',
  teamleider: 'teamleider',
  hr: 'HR-adviseur',
  studenten: 'studenten',
  bedrijf: 'leerbedrijf uit de regio',
  practoraat: 'practoraat',
  anders: '',
};

export interface ActivityDemoInput {
  count: number;
  random: () => number;
  id: () => string;
  members: Array<{ id: string; fields: MemberFields }>;
  research: Array<{ id: string }>;
  questions: Array<{ id: string }>;
  sessions: Array<{ id: string }>;
  plgs: Array<{ id: string }>;
  today: Date;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function generateActivities({ count, random, id, members, research, questions, sessions, plgs, today }: ActivityDemoInput): Array<{ id: string; fields: ActivityFields }> {
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const byInstitution = new Map<string, typeof members>();
  for (const m of members) (byInstitution.get(m.fields.institution) ?? byInstitution.set(m.fields.institution, []).get(m.fields.institution)!).push(m);
  const institutions = [...byInstitution.keys()];
  const DAY = 86_400_000;

  return Array.from({ length: count }, (_, index) => {
    const template = index < TEMPLATES.length ? TEMPLATES[index]! : pick(TEMPLATES);
    const institution = index < institutions.length ? institutions[index]! : pick(institutions);
    const local = byInstitution.get(institution)!;
    // Every phase occurs, the first ones in order so even a small demo has them all.
    const phase = index < ACTIVITY_PHASES.length * 2 ? ACTIVITY_PHASES[index % ACTIVITY_PHASES.length]! : pick(ACTIVITY_PHASES);
    const lead = pick(local);
    const people = new Set([lead.id]);
    const extra = int(3);
    for (let i = 0; i < extra; i++) people.add(random() < 0.25 ? pick(members).id : pick(local).id);
    // Some activities name nobody else: the overview shows them as a gap.
    const alone = template.collaborators.length === 0 || random() < 0.1;
    const startMs = today.getTime() - (phase === 'beoogd' ? -int(120) : 30 + int(900)) * DAY;
    const ended = phase === 'afgerond';
    return {
      id: id(),
      fields: {
        title: index < TEMPLATES.length ? template.title : `${template.title} (${lead.fields.team})`,
        description: template.description,
        institution,
        teams: [lead.fields.team],
        area: template.area,
        initiative: template.initiative,
        carriedOutBy: template.carriedOutBy,
        memberIds: [...people],
        collaborators: alone ? [] : template.collaborators.map((kind) => ({ kind, name: NAME_OF[kind] })),
        phase,
        startDate: phase === 'beoogd' && random() < 0.5 ? null : day(startMs),
        endDate: ended ? day(startMs + (60 + int(300)) * DAY) : null,
        effect: phase === 'beoogd' ? '' : template.effect,
        effectTags: phase === 'beoogd' ? [] : template.effectTags,
        plgId: plgs.length > 0 && random() < 0.4 ? pick(plgs).id : null,
        researchIds: research.length > 0 && template.area.includes('onderzoek') ? [pick(research).id] : [],
        questionIds: questions.length > 0 && random() < 0.3 ? [pick(questions).id] : [],
        sessionIds: sessions.length > 0 && random() < 0.3 ? [pick(sessions).id] : [],
        marketplace: random() < 0.3 ? [pick(lead.fields.offers.length > 0 ? lead.fields.offers : lead.fields.expertise)] : [],
      },
    };
  });
}
