import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { Avatar } from '../../components/Avatar';
import { ErrorNotice, Loading, Spinner } from '../../components/Status';
import { call, errorOf } from '../../lib/call';
import { useResource } from '../../lib/useResource';

const SHOWN = 12;

/** Lower case without accents, so "helene" finds "Hélène". */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLocaleLowerCase('nl');

export function ChooseExisting({ onChosen, onBack }: { onChosen: (id: string) => Promise<void>; onBack: () => void }) {
  const { t } = useTranslation('onboarding');
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const members = useResource('onboarding:members', () => call('members:list', { offset: 0, limit: 500 }));

  const words = fold(query).split(/\s+/).filter(Boolean);
  const matches = (members.data?.items ?? []).filter((m) => words.every((w) => fold(`${m.name} ${m.institution}`).includes(w)));
  const shown = matches.slice(0, SHOWN);
  const chosenIsDemo = members.data?.items.find((m) => m.id === chosen)?.demo === true;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    setBusy(true);
    setFailure(null);
    try {
      await onChosen(chosenIsDemo ? (await call('members:adoptDemo', { id: chosen })).id : chosen);
    } catch (cause) {
      setFailure(errorOf(cause));
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <section className="form__section" aria-labelledby="existing-heading">
        <h2 id="existing-heading" className="form__heading">
          {t('existing.title')}
        </h2>
        <div className="field">
          <label className="field__label" htmlFor={searchId}>
            {t('existing.search')}
          </label>
          <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        </div>
        {members.error && <ErrorNotice error={members.error} onRetry={members.reload} />}
        {!members.data && !members.error && <Loading />}
        {members.data && (
          <fieldset className="person-picker">
            <legend className="field__label">{t('existing.legend')}</legend>
            {shown.length === 0 && <p className="muted">{t('existing.noMatch')}</p>}
            {shown.map((member) => (
              <label key={member.id} className={`person-option${chosen === member.id ? ' person-option--chosen' : ''}`}>
                <input type="radio" name="me" value={member.id} checked={chosen === member.id} onChange={() => setChosen(member.id)} />
                <Avatar name={member.name} seed={member.id} />
                <span className="person-option__text">
                  <span className="person-option__name">{member.name}</span>
                  <span className="person-option__place">{[member.function, member.institution].filter(Boolean).join(' · ')}</span>
                </span>
              </label>
            ))}
            {matches.length > SHOWN && <p className="muted">{t('existing.more', { count: matches.length - SHOWN })}</p>}
          </fieldset>
        )}
      </section>
      {chosenIsDemo && (
        <div className="notice notice--info" role="status">
          <p className="notice__body">{t('existing.demoNote')}</p>
        </div>
      )}
      {failure && <ErrorNotice error={failure} />}
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onBack} disabled={busy}>
          {t('common:actions.back')}
        </button>
        <button type="submit" className="button button--primary" disabled={!chosen || busy}>
          {busy && <Spinner />}
          {chosenIsDemo ? t('existing.submitDemo') : t('existing.submit')}
        </button>
      </div>
    </form>
  );
}
