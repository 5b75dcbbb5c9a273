import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/settings';
import type { AppError } from '../../../../shared/result';
import { useAppInfo } from '../../app/appInfo';
import { RemoveDemoButton } from '../../app/RemoveDemoButton';
import { ErrorNotice, Spinner } from '../../components/Status';
import { formatNumber } from '../../i18n/format';
import { applyLanguage } from '../../i18n';
import { errorOf } from '../../lib/call';
import { usePageTitle } from '../../lib/usePageTitle';
import { SharedFolderSection } from '../sync/SharedFolderSection';
import { BackupSection } from './BackupSection';
import { PageHeader } from '../../components/PageHeader';

/** Language names are written in their own language, so everyone finds theirs. */
const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

export function SettingsPage() {
  const { t, i18n } = useTranslation('settings');
  const { info, updateSettings } = useAppInfo();
  const [pending, setPending] = useState<Language | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const language = pending ?? info.settings.language;
  usePageTitle(t('title'));

  const chooseLanguage = async (next: Language) => {
    setPending(next);
    setFailure(null);
    try {
      await updateSettings({ language: next });
      await applyLanguage(next);
    } catch (cause) {
      setFailure(errorOf(cause));
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="page page--narrow">
      <PageHeader title={t('title')} />

      <section className="card" aria-labelledby="settings-language">
        <h2 id="settings-language">{t('language.title')}</h2>
        <fieldset className="radio-group" aria-describedby="settings-language-hint">
          <legend className="visually-hidden">{t('language.title')}</legend>
          <p id="settings-language-hint" className="field__hint">
            {t('language.hint')}
          </p>
          {LANGUAGES.map((code) => (
            <label key={code} className="radio">
              <input
                type="radio"
                name="language"
                value={code}
                lang={code}
                checked={language === code}
                disabled={pending !== null}
                onChange={() => void chooseLanguage(code)}
              />
              <span lang={code}>{LANGUAGE_NAMES[code]}</span>
            </label>
          ))}
          {pending && (
            <p className="muted" role="status">
              <Spinner /> {t('language.saving')}
            </p>
          )}
        </fieldset>
        {failure && <ErrorNotice error={failure} />}
      </section>

      <section className="card" aria-labelledby="settings-sync">
        <h2 id="settings-sync">{t('sync.title')}</h2>
        <SharedFolderSection />
      </section>
      <BackupSection />

      <section className="card" aria-labelledby="settings-demo">
        <h2 id="settings-demo">{t('demo.title')}</h2>
        {info.demoCount > 0 ? (
          <>
            <p>{t('demo.present', { count: info.demoCount, formatted: formatNumber(info.demoCount, i18n.language) })}</p>
            <RemoveDemoButton variant="danger" />
          </>
        ) : (
          <p className="muted">{t('demo.none')}</p>
        )}
      </section>

      <section className="card" aria-labelledby="settings-about">
        <h2 id="settings-about">{t('about.title')}</h2>
        <dl className="facts facts--wide">
          <dt>{t('about.version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('about.dataDir')}</dt>
          <dd>
            <code className="path">{info.dataDir}</code>
          </dd>
          <dt>{t('about.profiles')}</dt>
          <dd>{formatNumber(info.counts.members ?? 0, i18n.language)}</dd>
          <dt>{t('about.fingerprint')}</dt>
          <dd>{info.fingerprint ? <code className="fingerprint">{info.fingerprint}</code> : t('about.noKeyYet')}</dd>
        </dl>
        <p className="field__hint">{t('about.dataDirHint')}</p>
      </section>
    </div>
  );
}
