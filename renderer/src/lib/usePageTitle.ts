import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The window title names the page first, so switching windows and screen readers say where you are. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation();
  const appName = t('appName');
  useEffect(() => {
    document.title = title ? `${title} · ${appName}` : appName;
  }, [title, appName]);
}
