import { describedBy, FieldError } from '../../components/FormField';

interface Option<V extends string> {
  value: V;
  label: string;
  description?: string;
}

interface CheckboxGroupProps<V extends string> {
  id: string;
  legend: string;
  hint?: string;
  options: Option<V>[];
  value: V[];
  onChange: (value: V[]) => void;
  error?: string;
  columns?: boolean;
}

/** A fieldset of checkboxes; `id` goes on the first box so a problem can focus it. */
export function CheckboxGroup<V extends string>({ id, legend, hint, options, value, onChange, error, columns }: CheckboxGroupProps<V>) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const toggle = (option: V, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((v) => v !== option));
  return (
    <fieldset className={`checkbox-group${error ? ' field--invalid' : ''}`} aria-describedby={describedBy(hint && hintId, error && errorId)}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      <div className={`checkbox-group__options${columns ? ' checkbox-group__options--columns' : ''}`}>
        {options.map((option, index) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              id={index === 0 ? id : undefined}
              checked={value.includes(option.value)}
              onChange={(e) => toggle(option.value, e.target.checked)}
            />
            <span className="checkbox__text">
              <span>{option.label}</span>
              {option.description && <span className="checkbox__description">{option.description}</span>}
            </span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
