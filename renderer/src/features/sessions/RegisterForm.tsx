import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceChange, AttendeeInput } from '../../../../shared/contract';
import type { AppError } from '../../../../shared/result';
import { TextField } from '../../components/FormField';
import { ErrorNotice, Spinner } from '../../components/Status';
import { call, errorOf } from '../../lib/call';
import { MemberPicker } from '../research/MemberPicker';
import { useResource } from '../../lib/useResource';

interface RegisterFormProps {
  sessionId: string;
  /** Colleagues already on the list (not cancelled): not offered again. */
  registered: ReadonlySet<string>;
  onRegistered: (change: AttendanceChange) => void;
}

/** Registers a colleague (found by typing part of a name or school) or a guest by name and e-mail. */
export function RegisterForm({ sessionId, registered, onRegistered }: RegisterFormProps) {
  const { t } = useTranslation(['sessions', 'common']);
  const id = useId();
  const [kind, setKind] = useState<'member' | 'guest'>('member');
  const [memberId, setMemberId] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const choices = useResource('session-choices', () => call('sessions:choices'));
  const members = (choices.data?.members ?? []).filter((m) => !registered.has(m.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setFailure(null);
    let attendee: AttendeeInput;
    if (kind === 'member') {
      if (!memberId) return setProblem(t('attendees.chooseFirst'));
      attendee = { kind: 'member', memberId };
    } else {
      if (name.trim().length < 2) return setProblem(t('attendees.guestName'));
      if (email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) return setProblem(t('attendees.guestEmail'));
      attendee = { kind: 'guest', name, email: email.trim() };
    }
    setBusy(true);
    try {
      const change = await call('sessions:register', { id: sessionId, attendee });
      setMemberId('');
      setName('');
      setEmail('');
      onRegistered(change);
    } catch (cause) {
      const error = errorOf(cause);
      if (error.issues?.some((i) => i.code === 'already_registered')) setProblem(t('attendees.already'));
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="register-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('attendees.register')}>
      <fieldset className="radio-group">
        <legend className="field__label">{t('attendees.who')}</legend>
        <div className="radio-group__options">
          {(['member', 'guest'] as const).map((value) => (
            <label key={value} className="radio">
              <input type="radio" name={`${id}-kind`} value={value} checked={kind === value} onChange={() => setKind(value)} />
              <span>{t(`attendees.kind.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind === 'member' ? (
        <MemberPicker
          id={`${id}-member`}
          label={t('attendees.colleague')}
          hint={t('attendees.colleagueHint')}
          value={memberId ? [memberId] : []}
          onChange={(ids) => setMemberId(ids[0] ?? '')}
          members={members}
          single
        />
      ) : (
        <>
          <TextField id={`${id}-name`} label={t('attendees.guestNameLabel')} value={name} onChange={setName} autoComplete="off" />
          <TextField id={`${id}-email`} label={t('attendees.guestEmailLabel')} value={email} onChange={setEmail} type="email" optionalLabel={t('common:optional')} />
        </>
      )}
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {failure && <ErrorNotice error={failure} />}
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy && <Spinner />}
        {kind === 'member' ? t('attendees.registerMember') : t('attendees.registerGuest')}
      </button>
    </form>
  );
}
