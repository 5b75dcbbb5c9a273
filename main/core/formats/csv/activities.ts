import type { Activity } from '../../../../shared/domain';
import { writeCsv } from './write';

/** The activity list for Dutch Excel (the conventions of `write.ts`, as the attendee list). */
export const ACTIVITY_HEADER = [
  'Titel',
  'Instelling',
  'Teams',
  'Gebieden',
  'Initiatief',
  'Uitgevoerd door',
  'Masteropgeleide docenten',
  'Samenwerkingspartners',
  'Fase',
  'Start',
  'Einde',
  'Effect op het team',
  'Effecttags',
] as const;

export function exportActivitiesCsv(activities: readonly Activity[], nameOf: (memberId: string) => string): Uint8Array {
  return writeCsv(
    ACTIVITY_HEADER,
    activities.map((a) => [
      a.title,
      a.institution,
      a.teams.join(', '),
      a.area.join(', '),
      a.initiative,
      a.carriedOutBy,
      a.memberIds.map(nameOf).join(', '),
      a.collaborators.map((c) => (c.name ? `${c.name} (${c.kind})` : c.kind)).join(', '),
      a.phase,
      a.startDate ?? '',
      a.endDate ?? '',
      a.effect,
      a.effectTags.join(', '),
    ]),
  );
}
