import { useRef, useState, type RefObject } from 'react';
import type { FieldErrors } from './fieldErrors';

export interface FieldErrorsState {
  errors: FieldErrors;
  /** Focused when problems show that belong to no field in the form's order. */
  summaryRef: RefObject<HTMLDivElement | null>;
  /** Shows these problems; the focus goes to the first field (in the form's order) with one, else to the summary. */
  show: (next: FieldErrors) => void;
  /** The user changed this field: its message goes until the next check. */
  clear: (field: string) => void;
  reset: () => void;
}

/** The problems a form shows at its fields, and where the focus goes when they appear. */
export function useFieldErrors(fieldOrder: readonly string[], fieldId: (field: string) => string): FieldErrorsState {
  const [errors, setErrors] = useState<FieldErrors>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  return {
    errors,
    summaryRef,
    show: (next) => {
      setErrors(next);
      const first = fieldOrder.find((f) => next[f]);
      requestAnimationFrame(() => (first ? document.getElementById(fieldId(first)) : summaryRef.current)?.focus());
    },
    clear: (field) => {
      if (errors[field]) setErrors(({ [field]: _, ...rest }) => rest);
    },
    reset: () => setErrors({}),
  };
}
