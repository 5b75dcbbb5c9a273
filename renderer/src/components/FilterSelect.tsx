import { useId } from 'react';

interface FilterSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The choice that filters nothing. */
  all: string;
  options: [value: string, label: string][];
}

/** A small labelled select for a list's toolbar; the empty choice filters nothing. */
export function FilterSelect({ label, value, onChange, all, options }: FilterSelectProps) {
  const id = useId();
  return (
    <div className="toolbar__field toolbar__field--small">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
