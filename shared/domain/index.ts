import type { z } from 'zod';
import { Activity, ActivityFields } from './activity';
import { Member, MemberFields } from './member';
import { Plg, PlgFields } from './plg';
import { Question, QuestionFields } from './question';
import { Research, ResearchFields } from './research';
import { CafeSession, SessionFields } from './session';

export * from './activity';
export * from './common';
export * from './envelope';
export * from './member';
export * from './plg';
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
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export type RecordOf<C extends CollectionName> = z.infer<(typeof COLLECTIONS)[C]['record']>;
export type FieldsOf<C extends CollectionName> = z.infer<(typeof COLLECTIONS)[C]['fields']>;
export type AnyRecord = RecordOf<CollectionName>;
