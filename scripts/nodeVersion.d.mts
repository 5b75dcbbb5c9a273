// Types of the plain ESM helper used by `npm start` and its test.
export const REQUIRED_NODE: string;
export function isTooOld(version: string, required?: string): boolean;
export function nodeVersionProblem(version?: string): string | null;
