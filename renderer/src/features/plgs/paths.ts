/** Where the PLG pages live; search, profiles, cafés and activities link here. */
export const PLGS_PATH = '/plgs';
export const plgPath = (id: string) => `${PLGS_PATH}/${id}`;
