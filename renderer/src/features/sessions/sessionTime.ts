import type { CafeSession } from '../../../../shared/domain';
import { formatWallClock, formatWallDateTime } from '../../i18n/format';

/** `za 14 mrt 2026, 15:30–17:30`: the start as Dutch people read it, with the end time. */
export function sessionWhen(session: Pick<CafeSession, 'start' | 'minutes'>, language: string): string {
  return `${formatWallDateTime(session.start, language)}–${formatWallClock(session.start, language, session.minutes)}`;
}
