/**
 * Routing: the login page, then every route of `route-table.ts` inside the app shell (logged in)
 * or the public shell (public pages for visitors). Guards: login, role, chosen instansi, and an
 * account with a one-time password goes to /ganti-sandi first (then back where it was heading).
 */
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Route, Routes, useLocation, useSearchParams } from 'react-router-dom';
import { gantiSandiPath, useMe } from './api/auth.ts';
import { SessionProvider, useOptionalSession } from './auth/session.tsx';
import { ErrorAlert } from './components/ErrorAlert.tsx';
import { Loading } from './components/Loading.tsx';
import { isAllowed } from './nav.ts';
import { prefetchFirstScreenData } from './route-data.ts';
import { type AppRoute, preloadRoute, ROUTES } from './route-table.ts';

// Each shell and page is its own chunk, so the login page downloads neither the app shell (menu,
// bell, instansi picker) nor any page behind it (issue 9: ≤ 250 KB compressed on the login page).
const loadLoginPage = () => import('./routes/LoginPage.tsx');
const loadAppLayout = () => import('./components/AppLayout.tsx');
const LoginPage = lazy(loadLoginPage);
const GantiSandiPage = lazy(() => import('./routes/GantiSandiPage.tsx'));
// The first time, the shell waits for the first page's chunks too (preloadFirstScreen), so that shell
// and page appear in one commit: a shell shown first with a loader where the page goes makes React
// hold the page back until 300 ms after that loader was shown (its Suspense throttle), ~0.3 s lost.
let firstPageLoaded: Promise<unknown> = Promise.resolve();
const AppLayout = lazy(() => Promise.all([loadAppLayout(), firstPageLoaded]).then(([m]) => ({ default: m.AppLayout })));
const Forbidden = lazy(() => import('./components/StatusPages.tsx').then((m) => ({ default: m.Forbidden })));
const NoInstansi = lazy(() => import('./components/StatusPages.tsx').then((m) => ({ default: m.NoInstansi })));
const NotFound = lazy(() => import('./components/StatusPages.tsx').then((m) => ({ default: m.NotFound })));
const PublicLayout = lazy(() => import('./components/PublicLayout.tsx').then((m) => ({ default: m.PublicLayout })));

/**
 * The chunks the first screen will need start downloading now, beside the session check, not
 * after it: the login page on /masuk, else the app shell and the page of the address. Called by
 * main.tsx right after it has started the first screen's data (route-data.ts): a page's chunk graph
 * is dozens of files, and over HTTP/1.1 (six connections) a data request asked after them waits
 * in the browser's queue until they are all in (~0.5 s for the calibration board).
 */
export function preloadFirstScreen(pathname: string) {
  if (pathname === '/masuk' || pathname === '/login') {
    void loadLoginPage().catch(() => undefined);
  } else {
    void loadAppLayout().catch(() => undefined);
    firstPageLoaded = preloadRoute(pathname);
  }
}

/** A `?next=` path that stays inside the app. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

function Guard({ route }: { route: AppRoute }) {
  const session = useOptionalSession();
  const location = useLocation();
  if (!session) {
    if (route.public) return <route.page />;
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/masuk?next=${next}`} replace />;
  }
  if (!isAllowed({ ...route, public: false }, session.roles)) return <Forbidden />;
  if (!session.instansiId && !route.public && !route.withoutInstansi) return <NoInstansi />;
  return <route.page />;
}

function LoginRoute() {
  const me = useMe();
  const [params] = useSearchParams();
  if (me.data) {
    const next = safeNext(params.get('next'));
    return <Navigate to={me.data.wajibGantiSandi ? gantiSandiPath(next) : next} replace />;
  }
  return (
    <Suspense fallback={<Loading minHeight={400} />}>
      <LoginPage />
    </Suspense>
  );
}

function GantiSandiRoute() {
  const me = useMe();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  if (!me.data) return <Navigate to={`/masuk?next=${encodeURIComponent(next)}`} replace />;
  if (!me.data.wajibGantiSandi) return <Navigate to={next} replace />;
  return (
    <Suspense fallback={<Loading minHeight={400} />}>
      <GantiSandiPage me={me.data} next={next} />
    </Suspense>
  );
}

function Shell() {
  const me = useMe();
  const location = useLocation();
  // Every API call but a few answers 403 until the one-time password is replaced.
  if (me.data?.wajibGantiSandi) return <Navigate to={gantiSandiPath(location.pathname + location.search)} replace />;
  const content = (
    <Suspense fallback={<Loading />}>
      <Outlet />
    </Suspense>
  );
  return (
    <Suspense fallback={<Loading minHeight={400} />}>
      {me.data ? (
        <SessionProvider me={me.data}>
          <AppLayout>{content}</AppLayout>
        </SessionProvider>
      ) : (
        <PublicLayout>{content}</PublicLayout>
      )}
    </Suspense>
  );
}

export function App() {
  const me = useMe();
  const { t } = useTranslation();
  const qc = useQueryClient();
  const prefetched = useRef(false);
  // Once, for the address the app was opened at: the first screen's data, beside its chunk.
  useEffect(() => {
    if (!me.data || prefetched.current) return;
    prefetched.current = true;
    prefetchFirstScreenData(qc, me.data, window.location.pathname);
  }, [me.data, qc]);
  if (me.isPending) return <Loading minHeight={400} />;
  if (me.isError) {
    return (
      <div style={{ maxWidth: 560, margin: '48px auto', padding: 16 }}>
        <ErrorAlert error={me.error} title={t('error.title')} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  return (
    <Routes>
      <Route path="/masuk" element={<LoginRoute />} />
      <Route path="/login" element={<LoginRoute />} />
      <Route path="/ganti-sandi" element={<GantiSandiRoute />} />
      <Route element={<Shell />}>
        {ROUTES.map((r) => (
          <Route key={r.path} path={r.path} element={<Guard route={r} />} />
        ))}
        <Route path="*" element={me.data ? <NotFound /> : <Navigate to="/masuk" replace />} />
      </Route>
    </Routes>
  );
}
