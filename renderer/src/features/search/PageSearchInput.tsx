import type { ReactNode } from 'react';
import { Icon, type IconName } from '../../components/Icon';

/** The large labelled search field at the top of the results and experts pages; updates on every keystroke. */
export function PageSearchInput({
  id,
  label,
  icon,
  placeholder,
  value,
  maxLength,
  onChange,
  children,
}: {
  id: string;
  label: string;
  icon: IconName;
  placeholder: string;
  value: string;
  maxLength: number;
  onChange: (value: string) => void;
  children?: ReactNode;
}) {
  return (
    <div className="search-page__query">
      <label htmlFor={id} className="search-page__label">
        {label}
      </label>
      <div className="search-page__field">
        <Icon name={icon} className="search-page__field-icon" />
        <input
          id={id}
          type="search"
          className="search-page__input"
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          value={value}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      {children}
    </div>
  );
}
