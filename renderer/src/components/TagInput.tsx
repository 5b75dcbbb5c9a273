import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/domain';
import { describedBy, FieldError } from './FormField';
import { Icon } from './Icon';

interface TagInputProps {
  id: string;
  label: string;
  hint: string;
  value: string[];
  onChange: (tags: string[]) => void;
  error?: string;
  /** Id of a <datalist> with suggestions (e.g. expertise others already use). */
  list?: string;
  placeholder?: string;
}

const same = (a: string, b: string) => a.toLocaleLowerCase('nl') === b.toLocaleLowerCase('nl');

/**
 * Tags as chips: Enter (or a comma) adds what was typed, Backspace in the
 * empty box removes the last chip, and every chip has its own remove button.
 * Text still in the box when it loses focus is added, so nothing typed is lost.
 */
export function TagInput({ id, label, hint, value, onChange, error, list, placeholder }: TagInputProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [announcement, setAnnouncement] = useState('');
  // A tag over the limit is not cut (nor dropped): it stays in the box with the reason at the field.
  const [tooLong, setTooLong] = useState<number | null>(null);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const add = () => {
    const tag = draft.trim().replace(/\s+/g, ' ');
    if (tag.length > LIMITS.tag) {
      setTooLong(tag.length);
      return;
    }
    setTooLong(null);
    setDraft('');
    if (!tag) return;
    if (value.some((existing) => same(existing, tag))) {
      setAnnouncement(t('tags.duplicate', { tag }));
      return;
    }
    onChange([...value, tag]);
    setAnnouncement(t('tags.added', { tag }));
  };

  const message = tooLong !== null ? t('tags.tooLong', { max: LIMITS.tag, count: tooLong }) : error;

  const remove = (tag: string) => {
    onChange(value.filter((existing) => existing !== tag));
    setAnnouncement(t('tags.removed', { tag }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && draft === '' && value.length > 0) {
      event.preventDefault();
      remove(value[value.length - 1]!);
    }
  };

  return (
    <div className={`field${message ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <p id={hintId} className="field__hint">
        {hint} <span className="field__limit">({t('limits.max', { max: LIMITS.tag })})</span>
      </p>
      <div className="tag-input">
        {value.length > 0 && (
          <ul className="tag-input__chips" aria-label={t('tags.listLabel', { label })}>
            {value.map((tag) => (
              <li key={tag} className="chip chip--removable">
                <span>{tag}</span>
                <button type="button" className="chip__remove" onClick={() => remove(tag)} aria-label={t('tags.remove', { tag })}>
                  <Icon name="close" />
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          className="tag-input__field"
          value={draft}
          list={list}
          placeholder={value.length === 0 ? placeholder : undefined}
          autoComplete="off"
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy(hintId, message && errorId)}
          onChange={(e) => {
            setDraft(e.target.value);
            if (tooLong !== null && e.target.value.trim().length <= LIMITS.tag) setTooLong(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={add}
        />
      </div>
      <FieldError id={errorId} message={message} />
      <span className="visually-hidden" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
