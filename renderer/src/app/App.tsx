import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ErrorNotice, Loading } from '../components/Status';
import { FEATURES, HOME_PATH } from '../features';
import { OnboardingPage } from '../features/onboarding/OnboardingPage';
import { applyLanguage } from '../i18n';
import { DataVersionProvider } from '../lib/dataVersion';
import { AppInfoProvider, useAppInfoState } from './appInfo';
import { AppShell } from './AppShell';

const ROUTES = FEATURES.flatMap((f) => f.routes);

function Pages() {
  return (
    <Switch>
      {ROUTES.map((route) => (
        <Route key={route.path} path={route.path} component={route.component} />
      ))}
      <Route>
        <Redirect to={HOME_PATH} replace />
      </Route>
    </Switch>
  );
}

function Root() {
  const { t } = useTranslation();
  const { value, error, reload } = useAppInfoState();
  const language = value?.info.settings.language;
  useEffect(() => {
    if (language) void applyLanguage(language);
  }, [language]);

  if (!value) {
    return (
      <main id="main" className="startup">
        <h1 className="visually-hidden">{t('appName')}</h1>
        {/* Without its key no retry helps: the notice says where the right address is. */}
        {error ? <ErrorNotice error={error} onRetry={error.code === 'unauthorized' ? undefined : reload} /> : <Loading label={t('startingUp')} />}
      </main>
    );
  }
  const onboarding = value.info.settings.meId === null;
  return (
    <AppInfoProvider value={value}>
      <AppShell withNav={!onboarding}>{onboarding ? <OnboardingPage /> : <Pages />}</AppShell>
    </AppInfoProvider>
  );
}

export function App() {
  return (
    <DataVersionProvider>
      <Router hook={useHashLocation}>
        <Root />
      </Router>
    </DataVersionProvider>
  );
}
