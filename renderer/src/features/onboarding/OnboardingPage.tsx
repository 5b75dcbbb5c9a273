import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useAppInfo } from '../../app/appInfo';
import { Icon } from '../../components/Icon';
import { usePageTitle } from '../../lib/usePageTitle';
import { MemberForm } from '../members/MemberForm';
import { ChooseExisting } from './ChooseExisting';

type Step = 'choose' | 'create' | 'existing';

/** First start: who am I? Make my profile, or pick the one that already exists. */
export function OnboardingPage() {
  const { t } = useTranslation('onboarding');
  const { info, updateSettings } = useAppInfo();
  const [, navigate] = useLocation();
  const hasProfiles = (info.counts.members ?? 0) > 0;
  usePageTitle(t('pageTitle'));
  const [step, setStep] = useState<Step>(hasProfiles ? 'choose' : 'create');

  const becomeMe = async (id: string) => {
    await updateSettings({ meId: id });
    navigate('/me', { replace: true });
  };

  return (
    <div className="page page--narrow onboarding">
      <header className="onboarding__header">
        <p className="onboarding__kicker">{t('kicker')}</p>
        <h1>{t('title')}</h1>
        <p className="page__lead">{t('lead')}</p>
      </header>

      {step === 'choose' && (
        <div className="choice-grid">
          <section className="choice" aria-labelledby="choice-new">
            <Icon name="plus" className="choice__icon" />
            <h2 id="choice-new">{t('new.title')}</h2>
            <p>{t('new.text')}</p>
            <button type="button" className="button button--primary" onClick={() => setStep('create')}>
              {t('new.button')}
            </button>
          </section>
          <section className="choice" aria-labelledby="choice-existing">
            <Icon name="search" className="choice__icon" />
            <h2 id="choice-existing">{t('existing.title')}</h2>
            <p>{t('existing.text')}</p>
            <button type="button" className="button button--secondary" onClick={() => setStep('existing')}>
              {t('existing.button')}
            </button>
          </section>
        </div>
      )}

      {step === 'create' && (
        <>
          <h2 className="onboarding__step">{t('create.title')}</h2>
          <p className="muted">{t('create.text')}</p>
          <MemberForm
            submitLabel={t('create.submit')}
            onSaved={(member) => void becomeMe(member.id)}
            onCancel={hasProfiles ? () => setStep('choose') : undefined}
          />
        </>
      )}

      {step === 'existing' && <ChooseExisting onChosen={becomeMe} onBack={() => setStep('choose')} />}
    </div>
  );
}
