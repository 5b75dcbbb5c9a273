import type { RefObject } from 'react';
import type { FieldErrors } from '../lib/fieldErrors';

/** How many fields need attention, at the top of a form; focusable so the user hears it. */
export function ProblemSummary({
  errors,
  summaryRef,
  message,
}: {
  errors: FieldErrors;
  summaryRef: RefObject<HTMLDivElement | null>;
  message: (count: number) => string;
}) {
  const count = Object.keys(errors).length;
  if (count === 0) return null;
  return (
    <div className="notice notice--error" role="alert" tabIndex={-1} ref={summaryRef}>
      <p className="notice__body">{message(count)}</p>
    </div>
  );
}
