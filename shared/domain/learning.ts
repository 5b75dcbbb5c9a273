import { z } from 'zod';
import { Id } from '../ids';
import { longText, shortText } from './common';
import { withEnvelope } from './envelope';

/**
 * The eleven kinds of learning at work from the three-year study of mbo
 * teachers (DOMAIN.md, "Learning at work"): six informal, five formal. The
 * code is what the store, bundles and `--json` carry; the number is the
 * study's order (1–11); the Dutch label is what the UI, the learner report
 * and the team overview show. One table: everything else derives from it.
 */
export const LEARNING_KIND_TABLE = [
  { code: 'primair_proces', number: 1, formal: false, label: 'Lesgeven en begeleiden (primair proces)', hint: 'lesgeven, coachen, samen beoordelen, stagebezoek' },
  { code: 'interactie', number: 2, formal: false, label: 'Interactie, discussie, samenwerken en delen', hint: 'teamoverleg, contact met het werkveld, feedback krijgen' },
  { code: 'taken_rollen', number: 3, formal: false, label: 'Taken, rollen en extra activiteiten', hint: 'coördineren, organiseren, collega’s coachen' },
  { code: 'bronnen', number: 4, formal: false, label: 'Bronnen raadplegen (offline en online)', hint: 'lezen, studeren, uitzoeken' },
  { code: 'experimenteren', number: 5, formal: false, label: 'Experimenteren en innoveren', hint: 'nieuw programma ontwerpen, digitale activiteiten uitproberen' },
  { code: 'reflecteren', number: 6, formal: false, label: 'Reflecteren en evalueren', hint: 'curriculum herzien, intervisie krijgen' },
  { code: 'professionalisering', number: 7, formal: true, label: 'Professionaliseringsprogramma', hint: 'workshop, online webinar' },
  { code: 'opleiding', number: 8, formal: true, label: 'Opleiding voor een diploma of studiepunten', hint: 'bijvoorbeeld een master' },
  { code: 'gestructureerde_coaching', number: 9, formal: true, label: 'Gestructureerde coaching', hint: 'peer coaching' },
  { code: 'congres', number: 10, formal: true, label: 'Een congres bezoeken', hint: 'congres, symposium' },
  { code: 'formele_samenwerking', number: 11, formal: true, label: 'Formele samenwerking', hint: 'PLG op school, docentennetwerk' },
] as const;

export type LearningKindInfo = (typeof LEARNING_KIND_TABLE)[number];
export const LEARNING_KINDS = LEARNING_KIND_TABLE.map((k) => k.code) as [LearningKindInfo['code'], ...LearningKindInfo['code'][]];
export const LearningKind = z.enum(LEARNING_KINDS);
export type LearningKind = z.infer<typeof LearningKind>;

export const learningKindInfo = (code: LearningKind): LearningKindInfo => LEARNING_KIND_TABLE.find((k) => k.code === code)!;

/** Accepts the code or the study's number (1–11), as the CLI and files may give either. */
export function parseLearningKind(value: string | number): LearningKind | null {
  const text = String(value).trim();
  return LEARNING_KIND_TABLE.find((k) => k.code === text || String(k.number) === text)?.code ?? null;
}

/** The five questions of the learner report (DOMAIN.md), each answered optionally. */
export const LEARNER_QUESTIONS = ['inventariseren', 'beschrijven', 'leeropbrengsten', 'doorwerking', 'verklaren'] as const;
export type LearnerQuestion = (typeof LEARNER_QUESTIONS)[number];

export const LearnerAnswers = z.strictObject(Object.fromEntries(LEARNER_QUESTIONS.map((q) => [q, longText().max(4_000)])) as Record<LearnerQuestion, z.ZodString>);
export type LearnerAnswers = z.infer<typeof LearnerAnswers>;
export const emptyAnswers = (): LearnerAnswers => Object.fromEntries(LEARNER_QUESTIONS.map((q) => [q, ''])) as LearnerAnswers;

/**
 * Who may see an entry: only the owner (the default), the whole network, or
 * nobody as an entry but counted in the team overview (kind, team and month
 * only; docs/privacy.md).
 */
export const LEARNING_VISIBILITIES = ['prive', 'netwerk', 'aggregaat'] as const;
export const LearningVisibility = z.enum(LEARNING_VISIBILITIES);
export type LearningVisibility = z.infer<typeof LearningVisibility>;

/** What an entry belongs to. Activity ids come from the "Activities and impact" records. */
export const LearningLinks = z.strictObject({
  sessionId: Id.nullable(),
  researchId: Id.nullable(),
  questionId: Id.nullable(),
  activityId: Id.nullable(),
  /** A goal of the owner's POP (`PopGoal.id`). */
  goalId: Id.nullable(),
});
export type LearningLinks = z.infer<typeof LearningLinks>;
export const noLinks = (): LearningLinks => ({ sessionId: null, researchId: null, questionId: null, activityId: null, goalId: null });

/** An opaque per-owner token: counts distinct teachers in the team overview without naming them. */
export const Contributor = z.string().regex(/^[0-9a-f]{32}$/);

export const LearningFields = z.strictObject({
  /** The member who owns the entry; null on an aggregate-only copy from another install. */
  ownerId: Id.nullable(),
  contributor: Contributor,
  /** The owner's institution and team when the entry was written: the team overview groups by them. */
  institution: shortText(),
  team: shortText(),
  date: z.iso.date(),
  title: shortText(),
  happened: longText().max(4_000),
  withWhom: shortText(),
  kind: LearningKind,
  answers: LearnerAnswers,
  links: LearningLinks,
  visibility: LearningVisibility,
});
export type LearningFields = z.infer<typeof LearningFields>;

export const LearningEntry = withEnvelope(LearningFields);
export type LearningEntry = z.infer<typeof LearningEntry>;

/** The learner-report questions in Dutch, for the report documents (the UI has its own translations). */
export const LEARNER_QUESTION_TABLE: Record<LearnerQuestion, { number: number; label: string; prompt: string }> = {
  inventariseren: { number: 1, label: 'Inventariseren', prompt: 'Wat heb je de afgelopen 6–8 weken gedaan voor je ontwikkeling?' },
  beschrijven: { number: 2, label: 'Beschrijven', prompt: 'Welke situaties waren nuttig? Doel, wie, jouw rol, setting.' },
  leeropbrengsten: { number: 3, label: 'Leeropbrengsten', prompt: 'Wat heb je geleerd?' },
  doorwerking: { number: 4, label: 'Doorwerking', prompt: 'Wat doe of denk je nu anders?' },
  verklaren: { number: 5, label: 'Verklaren', prompt: 'Waarom had het dit effect?' },
};
