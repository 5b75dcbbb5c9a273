import type { ReactNode } from 'react';

/** Ids of the texts that describe a control: its hint and, when present, its error. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="field__error">
      {message}
    </p>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  optionalLabel?: string;
  type?: 'text' | 'email';
  inputMode?: 'numeric' | 'text' | 'email';
  autoComplete?: string;
  list?: string;
  multiline?: boolean;
  maxLength?: number;
  className?: string;
  children?: ReactNode;
}

/**
 * A labelled text control whose hint and error are tied to it
 * (aria-describedby), marked invalid when the error is shown.
 */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, error, hint, required, optionalLabel, multiline, className, children, ...rest } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const control = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint && hintId, error && errorId),
    'aria-required': required || undefined,
  };
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {optionalLabel && <span className="field__optional"> {optionalLabel}</span>}
      </label>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea {...control} rows={6} maxLength={rest.maxLength} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input
          {...control}
          type={rest.type ?? 'text'}
          inputMode={rest.inputMode}
          autoComplete={rest.autoComplete ?? 'off'}
          list={rest.list}
          maxLength={rest.maxLength}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {children}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
