import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { Icon } from '../components/Icon';
import { FEATURES } from '../features';
import { SearchBox } from '../features/search/SearchBox';
import { DemoBanner, RecoveryAlert } from './Banners';
import { NoticeRegion, NoticesProvider } from './notices';

function Logo() {
  return (
    <svg className="logo" viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" className="logo__bg" />
      <circle cx="10" cy="11" r="3.2" className="logo__dot" />
      <circle cx="22" cy="11" r="3.2" className="logo__dot" />
      <circle cx="16" cy="22" r="3.2" className="logo__dot" />
      <path d="M10 11 22 11 16 22Z" className="logo__lines" />
    </svg>
  );
}

function Header({ withSearch }: { withSearch: boolean }) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <Link href="/" className="brand">
        <Logo />
        <span className="brand__name">{t('appName')}</span>
        <span className="brand__tagline">{t('tagline')}</span>
      </Link>
      {withSearch && <SearchBox />}
    </header>
  );
}

function Navigation() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const items = FEATURES.flatMap((f) => f.nav);
  const active = (path: string) => location === path || location.startsWith(`${path}/`);
  return (
    <nav className="sidebar" aria-label={t('mainNav')}>
      <ul className="sidebar__list">
        {items.map((item) => (
          <li key={item.path}>
            <Link href={item.path} className="sidebar__link" aria-current={active(item.path) ? 'page' : undefined}>
              <Icon name={item.icon} />
              {t(item.labelKey)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * After moving to another page, start at its top and put the keyboard focus
 * on the content, as a full page load would (the clicked link may be gone).
 */
function useFocusOnNavigation() {
  const [location] = useLocation();
  const previous = useRef(location);
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [location]);
}

/** Header, menu, the app-wide banners, and the page. Without menu while onboarding. */
export function AppShell({ children, withNav }: { children: ReactNode; withNav: boolean }) {
  const { t } = useTranslation();
  useFocusOnNavigation();
  return (
    <div className={`app${withNav ? '' : ' app--bare'}`}>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('skipToContent')}
      </a>
      <Header withSearch={withNav} />
      <div className="app__body">
        {withNav && <Navigation />}
        <main id="main" className="main" tabIndex={-1}>
          <NoticesProvider>
            <div className="main__inner">
              <RecoveryAlert />
              <DemoBanner />
              <NoticeRegion />
              {children}
            </div>
          </NoticesProvider>
        </main>
      </div>
    </div>
  );
}
