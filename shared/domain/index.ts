import type { z } from 'zod';
import { Activity, ActivityFields } from './activity';
import { Badge, BadgeFields } from './badge';
import { LearningEntry, LearningFields } from './learning';
import { Member, MemberFields } from './member';
import { Plg, PlgFields } from './plg';
import { Pop, PopFields } from './pop';
import { Question, QuestionFields } from './question';
import { Research, ResearchFields } from './research';
import { CafeSession, SessionFields } from './session';

export * from './activity';
export * from './badge';
export * from './common';
export * from './envelope';
export * from './learning';
export * from './member';
export * from './plg';
export * from './pop';
export * from './question';
export * from './research';
export * from './session';

/**
 * The record types and their schemas. A new type is added here once and the
 * store, the CLI and (later) search and bundles pick it up from this table.
 */
export const COLLECTIONS = {
  members: { record: Member, fields: MemberFields },
  research: { record: Research, fields: ResearchFields },
  questions: { record: Question, fields: QuestionFields },
  sessions: { record: CafeSession, fields: SessionFields },
  plgs: { record: Plg, fields: PlgFields },
  activities: { record: Activity, fields: ActivityFields },
  /** Leerlog entries; private unless their owner shares them (docs/privacy.md). */
  learning: { record: LearningEntry, fields: LearningFields },
  /** Personal development plans (POP); private unless shared. */
  pop: { record: Pop, fields: PopFields },
  /** Received Open Badges 3.0 credentials. */
  badges: { record: Badge, fields: BadgeFields },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export type RecordOf<C extends CollectionName> = z.infer<(typeof COLLECTIONS)[C]['record']>;
export type FieldsOf<C extends CollectionName> = z.infer<(typeof COLLECTIONS)[C]['fields']>;
/** What a new record may be made from: fields with a default (added in a later version) may be left out. */
export type FieldsInputOf<C extends CollectionName> = z.input<(typeof COLLECTIONS)[C]['fields']>;
export type AnyRecord = RecordOf<CollectionName>;
