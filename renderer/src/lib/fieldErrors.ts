import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { FieldIssue } from '../../../shared/result';

/** One problem with one form field, from the client-side parse or from the app. */
export interface FieldProblem {
  /** Field path without list indexes: `expertise`, `masterDegree.year`. */
  field: string;
  code: string;
  minimum?: number;
  maximum?: number;
}

/** field path → the message shown under that field (the first problem wins). */
export type FieldErrors = Record<string, string>;

const fieldOf = (path: ReadonlyArray<PropertyKey>) =>
  path.filter((segment) => typeof segment === 'string').join('.');

export function problemsFromZod(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: fieldOf(issue.path),
    // Our own refinements carry their code as the message (as the app's dispatcher does).
    code: issue.code === 'custom' ? issue.message : issue.code,
    ...('minimum' in issue ? { minimum: Number(issue.minimum) } : {}),
    ...('maximum' in issue ? { maximum: Number(issue.maximum) } : {}),
  }));
}

/** The app's issues name the path in the call's input; a save wraps the form's fields in `fields`, which the form does not. */
export function problemsFromApp(issues: readonly FieldIssue[]): FieldProblem[] {
  return issues.map((issue) => ({
    field: fieldOf(
      issue.path
        .replace(/^fields\./, '')
        .split('.')
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
    ),
    code: issue.code,
  }));
}

/**
 * Dutch (or English) text per field: a message written for that field and
 * code if there is one (`validation:fields.name.too_small`, or in the
 * feature's own namespace), else the general one for the code, else a catch-all.
 */
export function toFieldErrors(problems: readonly FieldProblem[], t: TFunction, featureNamespace?: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) {
    if (errors[problem.field]) continue;
    // A feature may word its own fields' problems (`research:fields.title.too_small`) before the general texts.
    const own = featureNamespace ? [`${featureNamespace}:fields.${problem.field}.${problem.code}`] : [];
    const keys = [...own, `fields.${problem.field}.${problem.code}`, `codes.${problem.code}`, 'codes.default'];
    errors[problem.field] = t(keys, { ns: 'validation', minimum: problem.minimum, maximum: problem.maximum });
  }
  return errors;
}
