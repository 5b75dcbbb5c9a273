import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { Icon } from '../components/Icon';

/** Shows a confirmation on the page at `path` (default: the current one); it goes away when the user moves on. */
type Notify = (message: string, path?: string) => void;
interface Notice {
  message: string;
  path: string;
}

const NoticesContext = createContext<{ notice: Notice | null; notify: Notify; dismiss: () => void }>({
  notice: null,
  notify: () => undefined,
  dismiss: () => undefined,
});

export function NoticesProvider({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback<Notify>((message, path) => setNotice({ message, path: path ?? location }), [location]);
  const dismiss = useCallback(() => setNotice(null), []);
  return <NoticesContext.Provider value={{ notice, notify, dismiss }}>{children}</NoticesContext.Provider>;
}

export const useNotify = () => useContext(NoticesContext).notify;

/** Where confirmations appear: a polite live region that is always present, so they are announced. */
export function NoticeRegion() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const { notice, dismiss } = useContext(NoticesContext);
  const visible = notice && notice.path === location ? notice : null;
  return (
    <div className="notice-region" role="status">
      {visible && (
        <div className="notice notice--success">
          <Icon name="check" />
          <p className="notice__body">{visible.message}</p>
          <button type="button" className="icon-button" onClick={dismiss} aria-label={t('actions.dismiss')}>
            <Icon name="close" />
          </button>
        </div>
      )}
    </div>
  );
}
