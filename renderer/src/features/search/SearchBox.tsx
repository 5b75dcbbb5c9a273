import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Icon } from '../../components/Icon';
import { boxOptions, type BoxOption } from './boxOptions';
import { leadToFirstMark } from './highlight';
import { Highlighted } from './Highlighted';
import { iconOf } from './recordTypes';
import { MAX_TEXT, searchHref } from './searchLocation';
import { useIndexLoading } from './useIndexLoading';
import { useSearchResults } from './useSearchResults';
import { useShortcutKey } from './useShortcutKey';

/** Shown per type. */
const PER_TYPE = 4;
/**
 * Asked per type and in all: `perType` keeps every type's best in the
 * answer, but does not cap a type, so the box takes the first few of each.
 */
const ASK_PER_TYPE = 40;
const ASK_LIMIT = 200;

/**
 * The search box in the header, on every page: results grouped by type
 * while typing, as an ARIA combobox (Up/Down to choose, Enter to open,
 * Escape to close). Ctrl+K (⌘K) puts the focus here from anywhere.
 */
export function SearchBox() {
  const { t } = useTranslation('search');
  const [, navigate] = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const baseId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = text.trim();
  const results = useSearchResults(typed ? { text, limit: ASK_LIMIT, perType: ASK_PER_TYPE } : null, 'global-search');
  const found = typed ? results.data : undefined;
  const indexLoading = useIndexLoading(Boolean(typed) && !found && results.loading);
  const options = useMemo(() => (found && found.length > 0 ? boxOptions(found, typed, `${baseId}-option`, PER_TYPE) : []), [found, typed, baseId]);
  const current = options[active];
  const listId = `${baseId}-list`;
  const expanded = open && options.length > 0;
  const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

  useShortcutKey('k', () => {
    input.current?.focus();
    input.current?.select();
    setOpen(true);
  });

  useEffect(() => {
    if (current) document.getElementById(current.id)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const choose = (option: BoxOption) => {
    setOpen(false);
    setActive(-1);
    setText('');
    navigate(option.href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0) return;
        event.preventDefault();
        const down = event.key === 'ArrowDown';
        if (!expanded) {
          setOpen(true);
          setActive(down ? 0 : count - 1);
        } else {
          setActive((i) => (down ? (i + 1) % count : i <= 0 ? count - 1 : i - 1));
        }
        return;
      }
      case 'Enter':
        if (!typed) return;
        event.preventDefault();
        if (expanded && current) choose(current);
        else choose({ id: '', key: 'all', href: searchHref({ q: typed }) });
        return;
      case 'Escape':
        if (expanded || open) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          setText('');
        }
        return;
    }
  };

  return (
    <div
      className="global-search"
      role="search"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
          setOpen(false);
          setActive(-1);
        }
      }}
    >
      <label htmlFor={`${baseId}-input`} className="visually-hidden">
        {t('box.label')}
      </label>
      <div className="global-search__field">
        <Icon name="search" className="global-search__icon" />
        <input
          ref={input}
          id={`${baseId}-input`}
          type="text"
          className="global-search__input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={expanded ? listId : undefined}
          aria-activedescendant={expanded && current ? current.id : undefined}
          aria-keyshortcuts="Control+K Meta+K"
          aria-describedby={`${baseId}-hint`}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('box.placeholder')}
          value={text}
          maxLength={MAX_TEXT}
          onChange={(event) => {
            setText(event.target.value);
            setActive(-1);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={onKeyDown}
        />
        <kbd className="global-search__kbd" aria-hidden="true">
          {isMac ? '⌘K' : 'Ctrl K'}
        </kbd>
      </div>
      <span id={`${baseId}-hint`} className="visually-hidden">
        {t('box.hint')}
      </span>
      <span className="visually-hidden" role="status">
        {open && found ? (found.length === 0 ? t('box.none', { text: typed }) : t('box.count', { count: options.filter((o) => o.result).length })) : open && indexLoading ? t('indexLoading') : ''}
      </span>

      {open && !found && indexLoading && (
        <div className="global-search__popup">
          <p className="global-search__waiting">{t('indexLoading')}</p>
        </div>
      )}

      {open && found && (
        <div className="global-search__popup">
          {expanded ? (
            <div role="listbox" id={listId} aria-label={t('box.results', { text: typed })} className="global-search__list">
              {groupsOf(options).map((group) => (
                <div key={group.key} role="group" aria-labelledby={`${baseId}-${group.key}`} className="global-search__group">
                  <div role="presentation" id={`${baseId}-${group.key}`} className="global-search__group-label">
                    {group.type ? t(`types.${group.type}`) : t('box.more')}
                  </div>
                  {group.options.map((option) => (
                      <div
                        key={option.key}
                        id={option.id}
                        role="option"
                        aria-selected={option === current}
                        className={`global-search__option${option === current ? ' global-search__option--active' : ''}`}
                        onMouseDown={(event) => event.preventDefault()}
                        onMouseMove={() => setActive(options.indexOf(option))}
                        onClick={() => choose(option)}
                      >
                        <OptionContent option={option} text={typed} />
                      </div>
                  ))}
                </div>
              ))}
            </div>
          ) : (
            <div className="global-search__empty">
              <p className="global-search__empty-title">{t('box.none', { text: typed })}</p>
              <p className="muted">{t('box.noneHint')}</p>
            </div>
          )}
        </div>
      )}
    </div>
  );
}

function OptionContent({ option, text }: { option: BoxOption; text: string }) {
  const { t } = useTranslation('search');
  const result = option.result;
  if (!result) {
    return (
      <span className="global-search__action">
        <Icon name={option.key === 'experts' ? 'lightbulb' : 'search'} />
        {option.key === 'experts' ? t('box.experts', { text }) : t('box.all', { text })}
      </span>
    );
  }
  const snippet = leadToFirstMark(result.snippet, result.highlights.snippet);
  return (
    <>
      <Icon name={iconOf(result.type)} className="global-search__option-icon" />
      <span className="global-search__option-body">
        <span className="global-search__option-title">
          <Highlighted text={result.title} ranges={result.highlights.title} />
        </span>
        {snippet.text && (
          <span className="global-search__option-snippet">
            <Highlighted text={snippet.text} ranges={snippet.ranges} />
          </span>
        )}
      </span>
    </>
  );
}

/** Consecutive options of one type form a group; the actions at the end form their own. */
function groupsOf(options: readonly BoxOption[]) {
  const groups: Array<{ key: string; type: string | null; options: BoxOption[] }> = [];
  for (const option of options) {
    const type = option.result?.type ?? null;
    const last = groups.at(-1);
    if (last && last.type === type) last.options.push(option);
    else groups.push({ key: type ?? 'actions', type, options: [option] });
  }
  return groups;
}
