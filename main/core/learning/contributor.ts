import { randomBytes } from 'node:crypto';
import type { LearningIndex } from './learningIndex';

/**
 * The opaque token that lets the team overview count distinct teachers
 * without naming them. Random, made once per owner on this install and
 * reused for their later entries; it is never derived from the member id,
 * so a receiver who knows every member id still cannot tell whose it is.
 */
export function contributorFor(index: LearningIndex, ownerId: string): string {
  return index.contributorOf(ownerId) ?? randomBytes(16).toString('hex');
}
