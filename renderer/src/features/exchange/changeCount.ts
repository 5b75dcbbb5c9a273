import type { ChangeCounts } from '../../../../shared/bundle';

/** How many records an import changes or leaves a decision about: the number the confirm button names. */
export const changeCount = (totals: ChangeCounts) => totals.new + totals.updated + totals.suggested + totals.deleted + totals.conflicting;
