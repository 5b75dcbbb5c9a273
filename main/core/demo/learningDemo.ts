import { createPrivateKey, createPublicKey } from 'node:crypto';
import {
  emptyAnswers,
  LEARNING_KIND_TABLE,
  noLinks,
  type BadgeFields,
  type LearningFields,
  type LearningKind,
  type LearningVisibility,
  type MemberFields,
  type PopFields,
  type PopGoal,
  type SessionFields,
} from '../../../shared/domain';
import { signCredential } from '../badges/openBadge';
import { fingerprintOf, type SigningKey } from '../bundle/keys';

/**
 * The demo's learning at work: leerlog entries over all eleven kinds, POPs
 * with SMARTI goals, and a few badges for café presenters. About half of the
 * entries are shared in aggregate: every member of the teams with five or
 * more colleagues shares, as do some smaller teams — which the team overview
 * then shows as "te weinig deelnemers".
 */

type Rec<F> = { id: string; fields: F };
interface Tools {
  random: () => number;
  id: () => string;
  today: Date;
}

export interface LearningDemo {
  learning: Rec<LearningFields>[];
  pop: Rec<PopFields>[];
  badges: Rec<BadgeFields>[];
}

export const learningDemoSizes = (members: number) => ({ learning: Math.max(150, Math.round(members * 1.6)), pop: Math.max(30, Math.round(members * 0.3)) });

const ENTRIES: Record<LearningKind, { title: string; happened: string; withWhom: string }[]> = {
  primair_proces: [
    { title: 'Co-teaching in de praktijkles', happened: 'Samen met een collega een praktijkles gegeven en daarna nabesproken.', withWhom: 'Collega uit mijn team' },
    { title: 'Samen beoordelen van proeves', happened: 'Met twee collega’s de proeves van bekwaamheid beoordeeld en gekalibreerd.', withWhom: 'Examencommissie' },
  ],
  interactie: [
    { title: 'Feedback van het werkveld op ons curriculum', happened: 'Gesprek met drie praktijkopleiders over wat onze studenten missen.', withWhom: 'Praktijkopleiders' },
    { title: 'Teamoverleg over formatief handelen', happened: 'In het teamoverleg voorbeelden van exit tickets gedeeld.', withWhom: 'Mijn opleidingsteam' },
  ],
  taken_rollen: [
    { title: 'Nieuwe collega’s begeleid', happened: 'Als coach twee startende docenten begeleid bij hun eerste blok.', withWhom: 'Startende collega’s' },
    { title: 'Ontwikkeldagen georganiseerd', happened: 'De driedaagse ontwikkelweek van ons team mee georganiseerd.', withWhom: 'Teamleider en collega’s' },
  ],
  bronnen: [
    { title: 'Artikel over feedback gelezen', happened: 'Het artikel van Hattie en Timperley opnieuw gelezen en samengevat.', withWhom: '' },
    { title: 'Literatuur over differentiëren', happened: 'Drie artikelen over differentiëren in grote groepen bestudeerd.', withWhom: '' },
  ],
  experimenteren: [
    { title: 'Digitale quiz uitgeprobeerd', happened: 'Een digitale quiz als start van de les uitgeprobeerd in twee klassen.', withWhom: 'Studenten niveau 4' },
    { title: 'Nieuw keuzedeel ontworpen', happened: 'Met het werkveld een nieuw keuzedeel ontworpen en getest.', withWhom: 'Bedrijf uit de regio' },
  ],
  reflecteren: [
    { title: 'Intervisie over lastige lessituaties', happened: 'In de intervisiegroep een casus ingebracht over klassenmanagement.', withWhom: 'Intervisiegroep' },
    { title: 'Curriculum geëvalueerd', happened: 'Met het team de leerlijn van leerjaar 1 geëvalueerd en herzien.', withWhom: 'Opleidingsteam' },
  ],
  professionalisering: [
    { title: 'Workshop formatief evalueren', happened: 'Een middag workshop over formatief evalueren gevolgd.', withWhom: 'Collega’s van andere teams' },
    { title: 'Webinar AI in het onderwijs', happened: 'Een webinar over verantwoord gebruik van AI gevolgd.', withWhom: '' },
  ],
  opleiding: [{ title: 'Module masteropleiding afgerond', happened: 'De module onderzoeksmethoden van mijn master afgerond.', withWhom: 'Medestudenten' }],
  gestructureerde_coaching: [{ title: 'Peer coaching-traject', happened: 'Vier sessies peer coaching met een collega van een andere opleiding.', withWhom: 'Peer coach' }],
  congres: [{ title: 'Congres praktijkgericht onderzoek', happened: 'Het jaarlijkse congres over praktijkgericht onderzoek in het mbo bezocht.', withWhom: 'Twee collega’s' }],
  formele_samenwerking: [
    { title: 'Bijeenkomst van onze PLG', happened: 'PLG-bijeenkomst over de effecten van ons onderzoek op het team.', withWhom: 'PLG-leden' },
    { title: 'Docentennetwerk regio', happened: 'Regionaal docentennetwerk over examinering.', withWhom: 'Docenten van drie scholen' },
  ],
};

const GOALS = [
  { title: 'Formatief handelen in mijn lessen', specifiek: 'Elke les eindigt met een korte check op begrip.', meetbaar: 'In 80% van mijn lessen een exit ticket; studenten noemen het in de evaluatie.', realistisch: 'Kost vijf minuten per les.', inspirerend: 'Ik wil zien wat studenten echt leren.' },
  { title: 'Een onderzoek opzetten met mijn team', specifiek: 'Een teamvraag over stage-uitval onderzoeken.', meetbaar: 'Een onderzoeksplan en een eerste meting voor de zomer.', realistisch: 'Twee uur per week vanuit de taakverdeling.', inspirerend: 'Mijn master laten doorwerken in het team.' },
  { title: 'Differentiëren in grote groepen', specifiek: 'Drie niveaus in de opdrachten van blok 3.', meetbaar: 'Opdrachten klaar en met het team besproken.', realistisch: 'Samen met een collega.', inspirerend: 'Elke student uitdagen.' },
  { title: 'Collega’s coachen', specifiek: 'Twee startende collega’s begeleiden.', meetbaar: 'Zes gesprekken per collega dit schooljaar.', realistisch: 'Past in de coachingsuren.', inspirerend: 'Doorgeven wat ik zelf heb geleerd.' },
];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);

/** A fixed key for the demo issuer: demo badges verify, and say they come from an issuer this install does not know. */
function demoIssuerKey(): SigningKey {
  const seed = Buffer.alloc(32, 0x4d);
  const privateKey = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]), format: 'der', type: 'pkcs8' });
  const publicKey = Buffer.from(createPublicKey(privateKey).export({ format: 'jwk' }).x!, 'base64url');
  return { privateKey, publicKey, fingerprint: fingerprintOf(publicKey) };
}

export function generateLearningDemo(members: Rec<MemberFields>[], sessions: Rec<SessionFields>[], { random, id, today }: Tools): LearningDemo {
  const int = (max: number) => Math.floor(random() * max);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const sizes = learningDemoSizes(members.length);
  if (members.length === 0) return { learning: [], pop: [], badges: [] };

  // Teams (institution + team) by size: the large ones share in aggregate, as do some small ones.
  const teams = new Map<string, Rec<MemberFields>[]>();
  for (const m of members) {
    const key = `${m.fields.institution}|${m.fields.team}`;
    (teams.get(key) ?? teams.set(key, []).get(key)!).push(m);
  }
  const sharing = new Set<string>();
  const ordered = [...teams.values()].sort((a, b) => b.length - a.length);
  for (const team of ordered.filter((t) => t.length >= 5)) for (const m of team) sharing.add(m.id);
  for (const team of ordered.filter((t) => t.length >= 2 && t.length < 5).slice(0, 4)) for (const m of team) sharing.add(m.id);
  const sharers = members.filter((m) => sharing.has(m.id));

  const contributors = new Map<string, string>();
  const contributorOf = (memberId: string) => {
    let token = contributors.get(memberId);
    if (!token) contributors.set(memberId, (token = Array.from({ length: 32 }, () => '0123456789abcdef'[int(16)]).join('')));
    return token;
  };
  const informal = LEARNING_KIND_TABLE.filter((k) => !k.formal).map((k) => k.code);
  const formal = LEARNING_KIND_TABLE.filter((k) => k.formal).map((k) => k.code);

  const learning: Rec<LearningFields>[] = [];
  // Every sharer logs at least one entry, so each sharing team really has all its teachers counted.
  const owners = [...sharers, ...Array.from({ length: Math.max(0, sizes.learning - sharers.length) }, () => (random() < 0.45 && sharers.length ? pick(sharers) : pick(members)))];
  owners.forEach((owner, index) => {
    // The first eleven cover every kind; then three in four are informal, as in the study.
    const kind: LearningKind = index < LEARNING_KIND_TABLE.length ? LEARNING_KIND_TABLE[index]!.code : random() < 0.75 ? pick(informal) : pick(formal);
    const text = pick(ENTRIES[kind]);
    const visibility: LearningVisibility = sharing.has(owner.id) ? (random() < 0.9 ? 'aggregaat' : 'netwerk') : random() < 0.15 ? 'netwerk' : 'prive';
    learning.push({
      id: id(),
      fields: {
        ownerId: owner.id,
        contributor: contributorOf(owner.id),
        institution: owner.fields.institution,
        team: owner.fields.team,
        date: iso(addDays(today, -int(330))),
        title: text.title,
        happened: text.happened,
        withWhom: text.withWhom,
        kind,
        answers: {
          ...emptyAnswers(),
          leeropbrengsten: random() < 0.7 ? 'Dat korte, concrete feedback beter landt dan uitgebreide verslagen.' : '',
          doorwerking: random() < 0.5 ? 'Ik plan nu in elke les een moment om te checken wat er is blijven hangen.' : '',
          verklaren: random() < 0.3 ? 'Omdat ik het direct in mijn eigen les kon uitproberen en collega’s meekeken.' : '',
        },
        links: noLinks(),
        visibility,
      },
    });
  });

  const entriesOf = new Map<string, Rec<LearningFields>[]>();
  for (const e of learning) (entriesOf.get(e.fields.ownerId!) ?? entriesOf.set(e.fields.ownerId!, []).get(e.fields.ownerId!)!).push(e);
  const popOwners = [...entriesOf.keys()].slice(0, sizes.pop);
  while (popOwners.length < Math.min(sizes.pop, members.length)) {
    const candidate = pick(members).id;
    if (!popOwners.includes(candidate)) popOwners.push(candidate);
  }
  const pop: Rec<PopFields>[] = popOwners.map((ownerId) => {
    const planStart = addDays(today, -int(1_600));
    const first = int(GOALS.length);
    const goals: PopGoal[] = Array.from({ length: 1 + int(3) }, (_, k) => {
      const goal = GOALS[(first + k) % GOALS.length]!;
      const start = addDays(today, -int(200));
      const entries = (entriesOf.get(ownerId) ?? []).slice(0, 2);
      return {
        id: id(),
        ...goal,
        acceptabel: 'Afgesproken met mijn teamleider',
        start: iso(start),
        end: iso(addDays(start, 120 + int(240))),
        steps: [
          { id: id(), text: 'Literatuur verkennen', due: iso(addDays(start, 30)), done: random() < 0.7 },
          { id: id(), text: 'Uitproberen in de les', due: iso(addDays(start, 75)), done: random() < 0.4 },
          { id: id(), text: 'Bespreken in het team', due: iso(addDays(start, 110)), done: random() < 0.2 },
        ],
        status: pick(['gepland', 'bezig', 'bezig', 'behaald'] as const),
        evaluations: random() < 0.5 && addDays(start, 60) < today ? [{ id: id(), date: iso(addDays(start, 60)), text: 'Eerste ervaringen zijn positief; studenten reageren goed.' }] : [],
        links: { learningIds: entries.map((e) => e.id), wants: [], actionIds: [], activityIds: [] },
      };
    });
    return {
      id: id(),
      fields: {
        ownerId,
        visibility: 'prive',
        planStart: iso(planStart),
        lastConversation: iso(addDays(today, -int(300))),
        nextConversation: random() < 0.8 ? iso(addDays(today, 14 + int(200))) : null,
        goals,
      },
    };
  });

  // Badges for presenters of cafés that already took place.
  const key = demoIssuerKey();
  const byId = new Map(members.map((m) => [m.id, m]));
  const badges: Rec<BadgeFields>[] = [];
  for (const session of sessions.filter((s) => s.fields.start.slice(0, 10) < iso(today)).slice(0, 4)) {
    for (const presenterId of session.fields.programme.flatMap((p) => p.presenterIds).slice(0, 2)) {
      const member = byId.get(presenterId);
      if (!member) continue;
      const badgeId = id();
      const name = `Presentatie op netwerkcafé: ${session.fields.title}`.slice(0, 200);
      const description = `${member.fields.name} presenteerde op het netwerkcafé "${session.fields.title}".`;
      const issuedAt = new Date(`${session.fields.start.slice(0, 10)}T18:00:00Z`);
      const { jws, issuer } = signCredential(key, {
        id: `urn:uuid:${badgeId}`,
        subjectId: `urn:uuid:${presenterId}`,
        issuerName: 'Masternetwerk (demo)',
        validFrom: issuedAt,
        achievement: { id: `urn:uuid:${session.id}`, name, description, criteria: 'Presenteerde een programma-onderdeel op een netwerkcafé van het masternetwerk.' },
      });
      badges.push({ id: badgeId, fields: { memberId: presenterId, jws, name, description, source: 'cafe', sourceId: session.id, issuer, issuedAt: issuedAt.toISOString(), visibility: 'netwerk' } });
    }
  }
  return { learning, pop, badges };
}
