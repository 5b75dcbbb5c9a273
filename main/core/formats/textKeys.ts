import { fold } from '../../../shared/search/normalize';

/** Lower-case ASCII letters and digits only, for comparing labels and building keys: `E-mailadres` → `emailadres`, `Ünal` → `unal`. */
export const compactKey = (text: string) => fold(text).replace(/[^a-z0-9]/g, '');
