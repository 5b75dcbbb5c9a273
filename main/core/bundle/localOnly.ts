import type { CafeSession } from '../../../shared/domain';

/**
 * A session's attendee list never travels (docs/privacy.md): it holds guests'
 * names and e-mail addresses, which nobody marked shareable, so the exporter
 * sends it empty and without its stamp. A bundle that carries one anyway —
 * hand-made, or from a hostile sender — has it dropped here, before anything
 * is merged, and the stamp too, so an empty list cannot overwrite the one
 * kept on this install either. Returns how many entries were dropped, which
 * the preview and the summary report.
 */
export function dropAttendees(sessions: CafeSession[]): number {
  let dropped = 0;
  for (const session of sessions) {
    dropped += session.attendees.length;
    session.attendees = [];
    delete session.fieldRevs.attendees;
    if (session.fieldBase) {
      delete session.fieldBase.attendees;
      if (Object.keys(session.fieldBase).length === 0) delete session.fieldBase;
    }
  }
  return dropped;
}
