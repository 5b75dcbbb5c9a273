import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { SETTABLE_ATTENDANCE, type AttendanceChange, type SessionDetail } from '../../../../shared/contract';
import type { Attendee } from '../../../../shared/domain';
import type { AppError } from '../../../../shared/result';
import { useAppInfo } from '../../app/appInfo';
import { Icon } from '../../components/Icon';
import { ErrorNotice, Spinner } from '../../components/Status';
import { formatNumber } from '../../i18n/format';
import { call, errorOf } from '../../lib/call';
import { saveFile } from '../research/files';
import { AttendeesImport } from './AttendeesImport';
import { Section } from './parts';
import { RegisterForm } from './RegisterForm';

type Settable = (typeof SETTABLE_ATTENDANCE)[number];

/**
 * Who comes: a place for everyone registered up to the capacity, a waiting
 * list in order after that. Cancelling or removing someone moves the first
 * waiting person up (the app does that); what happened is announced.
 */
export function AttendeesPanel({ detail }: { detail: SessionDetail }) {
  const { t, i18n } = useTranslation('sessions');
  const { session, counts, waitingOrder, ended } = detail;
  const { info } = useAppInfo();
  const meId = info.settings.meId;
  const [announcement, setAnnouncement] = useState('');
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const n = (value: number) => formatNumber(value, i18n.language);

  const announce = (change: AttendanceChange, what: string) => {
    const moved = change.promoted.map((a) => t('attendees.promoted', { name: a.name }));
    setAnnouncement([what, ...moved].filter(Boolean).join(' '));
  };
  const run = async (attendee: Attendee, action: () => Promise<AttendanceChange>, what: (change: AttendanceChange) => string) => {
    setBusyId(attendee.id);
    setError(null);
    try {
      const change = await action();
      announce(change, what(change));
    } catch (cause) {
      setError(errorOf(cause));
    } finally {
      setBusyId(null);
    }
  };
  const setStatus = (attendee: Attendee, status: Settable) =>
    run(
      attendee,
      () => call('sessions:setAttendance', { id: session.id, attendeeId: attendee.id, status }),
      (change) => t(`attendees.now.${change.attendee?.status ?? status}`, { name: attendee.name }),
    );
  const remove = (attendee: Attendee) =>
    run(attendee, () => call('sessions:removeAttendee', { id: session.id, attendeeId: attendee.id }), () => t('attendees.removed', { name: attendee.name }));
  const exportCsv = async () => {
    try {
      const file = await call('sessions:attendeesCsv', { id: session.id });
      saveFile({ base64: file.dataBase64 }, 'text/csv;charset=utf-8', file.fileName);
    } catch (cause) {
      setError(errorOf(cause));
    }
  };

  const mine = meId ? session.attendees.find((a) => a.memberId === meId && a.status !== 'afgemeld') : undefined;
  const [selfBusy, setSelfBusy] = useState(false);
  const registerMe = async () => {
    if (!meId) return;
    setSelfBusy(true);
    setError(null);
    try {
      const change = await call('sessions:register', { id: session.id, attendee: { kind: 'member', memberId: meId } });
      setAnnouncement(t(`attendees.me.now.${change.attendee?.status === 'wachtlijst' ? 'wachtlijst' : 'aangemeld'}`));
    } catch (cause) {
      setError(errorOf(cause));
    } finally {
      setSelfBusy(false);
    }
  };

  const position = new Map(waitingOrder.map((id, index) => [id, index + 1]));
  const withPlace = session.attendees.filter((a) => a.status === 'aangemeld' || a.status === 'aanwezig');
  const present = session.attendees.filter((a) => a.status === 'aanwezig');
  const notMarked = session.attendees.filter((a) => a.status === 'aangemeld');
  const waiting = waitingOrder.flatMap((id) => session.attendees.find((a) => a.id === id) ?? []);
  const cancelled = session.attendees.filter((a) => a.status === 'afgemeld');
  const registered = new Set(session.attendees.filter((a) => a.memberId && a.status !== 'afgemeld').map((a) => a.memberId!));

  const row = (attendee: Attendee) => (
    <li key={attendee.id} className="attendee">
      <div className="attendee__who">
        {attendee.memberId ? <Link href={`/members/${attendee.memberId}`}>{attendee.name}</Link> : <span>{attendee.name}</span>}
        {!attendee.memberId && <span className="badge">{t('attendees.guest')}</span>}
        {attendee.email && <span className="attendee__email">{emailWithBreaks(attendee.email)}</span>}
      </div>
      <div className="attendee__tools">
        {ended && (attendee.status === 'aangemeld' || attendee.status === 'aanwezig') && (
          <button
            type="button"
            className="button button--small button--secondary attendee__present"
            aria-pressed={attendee.status === 'aanwezig'}
            disabled={busyId !== null}
            onClick={() => void setStatus(attendee, attendee.status === 'aanwezig' ? 'aangemeld' : 'aanwezig')}
            aria-label={t('attendees.markPresent', { name: attendee.name })}
          >
            {attendee.status === 'aanwezig' && <Icon name="check" />}
            {t('attendees.wasThere')}
          </button>
        )}
        {attendee.status === 'wachtlijst' && <span className="attendee__position">{t('attendees.position', { position: position.get(attendee.id) })}</span>}
        <label className="visually-hidden" htmlFor={`attendee-${attendee.id}`}>
          {t('attendees.statusOf', { name: attendee.name })}
        </label>
        <select
          id={`attendee-${attendee.id}`}
          value={attendee.status}
          disabled={busyId !== null}
          onChange={(e) => void setStatus(attendee, e.target.value as Settable)}
        >
          {attendee.status === 'wachtlijst' && <option value="wachtlijst">{t('status.wachtlijst')}</option>}
          {SETTABLE_ATTENDANCE.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <button type="button" className="icon-button icon-button--danger" disabled={busyId !== null} onClick={() => void remove(attendee)} aria-label={t('attendees.remove', { name: attendee.name })}>
          {busyId === attendee.id ? <Spinner /> : <Icon name="trash" />}
        </button>
      </div>
    </li>
  );

  return (
    <Section id="session-attendees" title={t('attendees.heading')}>
      <p className="attendees__summary">
        <strong>
          {ended
            ? t('attendees.endedSummary', { present: n(counts.present), registered: n(counts.taken) })
            : session.capacity === null
            ? t('attendees.takenOpen', { count: counts.taken, formatted: n(counts.taken) })
            : t('attendees.taken', { taken: n(counts.taken), capacity: n(session.capacity) })}
        </strong>
        {counts.waiting > 0 && <> · {t('attendees.waitingCount', { count: counts.waiting, formatted: n(counts.waiting) })}</>}
        {!ended && counts.present > 0 && <> · {t('attendees.presentCount', { count: counts.present, formatted: n(counts.present) })}</>}
      </p>
      {ended && counts.taken > 0 && <p className="field__hint">{t('attendees.endedHint')}</p>}
      {!ended && session.capacity !== null && (
        <progress className="attendees__meter" max={session.capacity} value={Math.min(counts.taken, session.capacity)} aria-label={t('attendees.meter')} />
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {error && <ErrorNotice error={error} />}

      {meId && !ended && (
        <div className="attendees__me">
          {mine ? (
            <>
              <p>{mine.status === 'wachtlijst' ? t('attendees.me.waiting', { position: position.get(mine.id) }) : t('attendees.me.registered')}</p>
              <button type="button" className="button button--secondary" disabled={busyId !== null} onClick={() => void setStatus(mine, 'afgemeld')}>
                {busyId === mine.id && <Spinner />}
                {t('attendees.me.cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="button button--primary" disabled={selfBusy} onClick={() => void registerMe()}>
              {selfBusy ? <Spinner /> : <Icon name="check" />}
              {t('attendees.me.register')}
            </button>
          )}
        </div>
      )}

      <RegisterForm sessionId={session.id} registered={registered} onRegistered={(change) => announce(change, t(`attendees.now.${change.attendee?.status ?? 'aangemeld'}`, { name: change.attendee?.name ?? '' }))} />

      {session.attendees.length === 0 ? (
        <p className="muted attendees__empty">{t('attendees.empty')}</p>
      ) : (
        <>
          {ended ? (
            <>
              {present.length > 0 && (
                <>
                  <h3 className="session__subheading">{t('attendees.present', { count: present.length })}</h3>
                  <ul className="attendee-list">{present.map(row)}</ul>
                </>
              )}
              {notMarked.length > 0 && (
                <>
                  <h3 className="session__subheading">{t('attendees.notMarked', { count: notMarked.length })}</h3>
                  <ul className="attendee-list">{notMarked.map(row)}</ul>
                </>
              )}
            </>
          ) : (
            withPlace.length > 0 && (
              <>
                <h3 className="session__subheading">{t('attendees.withPlace', { count: withPlace.length })}</h3>
                <ul className="attendee-list">{withPlace.map(row)}</ul>
              </>
            )
          )}
          {waiting.length > 0 && (
            <>
              <h3 className="session__subheading">{t('attendees.waitingList', { count: waiting.length })}</h3>
              <ol className="attendee-list">{waiting.map(row)}</ol>
            </>
          )}
          {cancelled.length > 0 && (
            <>
              <h3 className="session__subheading">{t('attendees.cancelled', { count: cancelled.length })}</h3>
              <ul className="attendee-list attendee-list--muted">{cancelled.map(row)}</ul>
            </>
          )}
        </>
      )}

      <div className="attendees__files">
        <h3 className="session__subheading">{t('attendees.files')}</h3>
        <p className="muted">{t('attendees.filesHint')}</p>
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => void exportCsv()} disabled={session.attendees.length === 0}>
            <Icon name="download" />
            {t('attendees.csvExport')}
          </button>
          <AttendeesImport sessionId={session.id} onDone={() => setAnnouncement(t('attendees.csvApplied'))} />
        </div>
      </div>
    </Section>
  );
}

/** An address may wrap after its @ and before a dot, never in the middle of a word. */
function emailWithBreaks(email: string) {
  const parts = email.split(/(?<=@)|(?=\.)/);
  return parts.map((part, i) => (
    <span key={i}>
      {i > 0 && <wbr />}
      {part}
    </span>
  ));
}
