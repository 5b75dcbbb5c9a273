import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkRef } from '../../../../shared/contract';
import { Icon } from '../../components/Icon';

interface LinkSelectProps {
  label: string;
  placeholder: string;
  value: string[];
  onChange: (ids: string[]) => void;
  options: readonly LinkRef[];
}

/** Research results or questions linked to a programme item: chips, and a list to link one more. */
export function LinkSelect({ label, placeholder, value, onChange, options }: LinkSelectProps) {
  const { t } = useTranslation('sessions');
  const id = useId();
  const [chosen, setChosen] = useState('');
  const titleOf = (linkId: string) => options.find((o) => o.id === linkId)?.title ?? t('programme.missingLink');
  const available = options.filter((o) => !value.includes(o.id));
  return (
    <fieldset className="link-select">
      <legend className="field__label">{label}</legend>
      {value.length > 0 && (
        <ul className="chips" aria-label={t('common:tags.listLabel', { label })}>
          {value.map((linkId) => (
            <li key={linkId} className="chip chip--removable">
              <span>{titleOf(linkId)}</span>
              <button
                type="button"
                className="chip__remove"
                onClick={() => onChange(value.filter((v) => v !== linkId))}
                aria-label={t('common:tags.remove', { tag: titleOf(linkId) })}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="link-select__row">
        <label className="visually-hidden" htmlFor={id}>
          {placeholder}
        </label>
        <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)} disabled={available.length === 0}>
          <option value="">{available.length === 0 ? t('programme.nothingToLink') : placeholder}</option>
          {available.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary"
          disabled={!chosen}
          onClick={() => {
            onChange([...value, chosen]);
            setChosen('');
          }}
        >
          {t('programme.link')}
        </button>
      </div>
    </fieldset>
  );
}
