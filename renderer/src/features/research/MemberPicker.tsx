import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonRef } from '../../../../shared/contract';
import { pickMatches } from '../../../../shared/search/pickList';
import { describedBy, FieldError } from '../../components/FormField';
import { Icon } from '../../components/Icon';

const SHOWN = 8;

interface MemberPickerProps {
  id: string;
  label: string;
  hint: string;
  value: string[];
  onChange: (ids: string[]) => void;
  /** Every colleague that can be chosen. */
  members: readonly PersonRef[];
  /** Already chosen elsewhere in the form (authors are not also partners). */
  exclude?: readonly string[];
  error?: string;
  /** One colleague at most: a new choice replaces the chip. */
  single?: boolean;
}

/**
 * Colleagues as chips, added by typing part of a name or school (accents
 * and a small typo forgiven) and picking from the suggestions (arrow keys and
 * Enter, or the mouse). The suggestion list follows the ARIA combobox
 * pattern. With `single`, choosing replaces the one colleague chosen.
 */
export function MemberPicker({ id, label, hint, value, onChange, members, exclude = [], error, single = false }: MemberPickerProps) {
  const { t } = useTranslation('research');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const byId = new Map(members.map((m) => [m.id, m]));
  const matches = pickMatches(
    members.filter((m) => !value.includes(m.id) && !exclude.includes(m.id)),
    query,
    SHOWN,
  );
  const expanded = open && query.trim() !== '';
  const listId = `${id}-options`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (person: PersonRef) => {
    onChange(single ? [person.id] : [...value, person.id]);
    setQuery('');
    setActive(0);
    setAnnouncement(t('common:tags.added', { tag: person.name }));
  };
  const remove = (memberId: string) => {
    onChange(value.filter((v) => v !== memberId));
    setAnnouncement(t('common:tags.removed', { tag: byId.get(memberId)?.name ?? '' }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (matches.length > 0) setActive((a) => (a + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
    } else if (event.key === 'Enter') {
      // Enter picks the highlighted colleague; it never submits the form from here.
      event.preventDefault();
      const person = matches[active];
      if (expanded && person) choose(person);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    } else if (event.key === 'Backspace' && query === '' && value.length > 0) {
      remove(value[value.length - 1]!);
    }
  };

  return (
    <div className={`field member-picker${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p id={`${id}-hint`} className="field__hint">
        {hint}
      </p>
      <div className="tag-input">
        {value.length > 0 && (
          <ul className="tag-input__chips" aria-label={t('common:tags.listLabel', { label })}>
            {value.map((memberId) => {
              const name = byId.get(memberId)?.name ?? t('people.unknown');
              return (
                <li key={memberId} className="chip chip--removable chip--person">
                  <span>{name}</span>
                  <button type="button" className="chip__remove" onClick={() => remove(memberId)} aria-label={t('common:tags.remove', { tag: name })}>
                    <Icon name="close" />
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <input
          id={id}
          className="tag-input__field"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && matches[active] ? optionId(active) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
          autoComplete="off"
          placeholder={t('picker.placeholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
      </div>
      <ul id={listId} role="listbox" aria-label={t('picker.suggestions', { label })} className="picker-options" hidden={!expanded}>
        {matches.map((person, index) => (
          <li
            key={person.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="picker-options__option"
            // Chosen on mouse down, before the input loses focus and closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(person);
            }}
          >
            <span>{person.name}</span>
            <span className="picker-options__place">{person.institution}</span>
          </li>
        ))}
        {expanded && matches.length === 0 && (
          <li className="picker-options__empty" role="option" aria-selected={false} aria-disabled>
            {t('picker.none')}
          </li>
        )}
      </ul>
      <FieldError id={`${id}-error`} message={error} />
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
