import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { AppError } from '../../../shared/result';
import { CallFailed, errorOf } from './call';
import { problemsFromApp, problemsFromZod, toFieldErrors, type FieldProblem } from './fieldErrors';
import { useFieldErrors } from './useFieldErrors';

type Checked<F> = { success: true; data: F } | { success: false; error: z.ZodError };

/**
 * The save cycle of a record form: check the fields with the app's own
 * schema, send them, and show what is wrong at the fields (from the check or
 * from the app, worded in the feature's namespace) or as one failure; one
 * save at a time.
 */
export function useFormSubmit(options: { fieldOrder: readonly string[]; fieldId: (field: string) => string; t: TFunction; namespace: string }) {
  const fieldErrors = useFieldErrors(options.fieldOrder, options.fieldId);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);
  const showProblems = (problems: FieldProblem[]) => fieldErrors.show(toFieldErrors(problems, options.t, options.namespace));

  /** `event`: the form's submit (kept from reloading the page); null when a button saves in a way of its own. */
  const submit = async <F, R>(event: FormEvent | null, checked: Checked<F>, save: (fields: F) => Promise<R>, onSaved: (saved: R) => void) => {
    event?.preventDefault();
    if (saving) return;
    setFailure(null);
    if (!checked.success) return showProblems(problemsFromZod(checked.error));
    setSaving(true);
    try {
      const saved = await save(checked.data);
      fieldErrors.reset();
      onSaved(saved);
    } catch (cause) {
      const error = errorOf(cause);
      if (cause instanceof CallFailed && error.issues?.length) showProblems(problemsFromApp(error.issues));
      else setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  return { fieldErrors, errors: fieldErrors.errors, failure, saving, submit };
}
