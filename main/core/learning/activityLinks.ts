import type { ActivityLearning, LinkRef } from '../../../shared/contract';
import { compareDutch } from '../../../shared/text/names';
import type { AppContext } from '../app';

/**
 * The links between the learning log / POP and activities ("Activities and
 * impact"), both ways. An entry names one activity (`links.activityId`), a
 * POP goal several (`links.activityIds`).
 */

/**
 * What the activity pickers of the entry form and the POP offer: the
 * activities I take part in, plus any already linked (so a link stays
 * visible after I left the activity).
 */
export function activityChoices(app: AppContext, meId: string, alsoLinked: Iterable<string> = []): LinkRef[] {
  const linked = new Set(alsoLinked);
  return app.repos.activities
    .list()
    .filter((a) => a.memberIds.includes(meId) || linked.has(a.id))
    .map((a) => ({ id: a.id, title: a.title }))
    .sort((a, b) => compareDutch(a.title, b.title));
}

/**
 * The learning-log entries and POP goals that link to an activity, as far as
 * the viewer may see them: their own (private or not), and others' only when
 * shared with the network. An entry shared only in aggregate is counted in
 * the team overview and never listed, not even here.
 */
export function learningLinkedTo(app: AppContext, activityId: string, viewerId: string | null): ActivityLearning {
  const nameOf = (id: string | null) => (id && app.repos.members.find(id)?.name) || '';
  const isViewer = (ownerId: string | null) => viewerId !== null && ownerId === viewerId;
  const entries = app.repos.learning
    .list()
    .filter((e) => e.links.activityId === activityId)
    .filter((e) => isViewer(e.ownerId) || e.visibility === 'netwerk')
    .sort((a, b) => b.date.localeCompare(a.date) || compareDutch(a.title, b.title))
    .map((e) => ({ id: e.id, title: e.title, date: e.date, kind: e.kind, mine: isViewer(e.ownerId), ownerName: nameOf(e.ownerId) }));
  const goals = app.repos.pop
    .list()
    .filter((p) => isViewer(p.ownerId) || p.visibility === 'netwerk')
    .flatMap((p) =>
      p.goals
        .filter((g) => g.links.activityIds.includes(activityId))
        .map((g) => ({ id: g.id, title: g.title, status: g.status, mine: isViewer(p.ownerId), ownerId: p.ownerId, ownerName: nameOf(p.ownerId) })),
    )
    .sort((a, b) => compareDutch(a.title, b.title));
  return { entries, goals };
}
