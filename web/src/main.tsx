/** Entry point: providers (Mantine, notifications, TanStack Query, router, i18n) around the app. */
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode, StrictMode, Suspense, startTransition, useMemo } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router-dom';
import { App, preloadFirstScreen } from './App.tsx';
import { GANTI_SANDI_WAJIB, meKey, takeEmbeddedMe } from './api/auth.ts';
import { ApiError } from './api/client.ts';
import { retryRead } from './api/retry.ts';
import type { Me } from './api/types.ts';
import { initialLanguage, loadLanguage } from './i18n/index.ts';
import { prefetchFirstScreenData } from './route-data.ts';
import { cssVariablesResolver, themeWithLabels } from './theme.ts';

/**
 * A 401 anywhere means the session ended: forget the account so the login page shows. A 403
 * AUTH.GANTI_SANDI_WAJIB means the account has a one-time password to replace: mark it, so the
 * app shell sends the user to the password change (and back afterwards).
 */
function onAnyError(error: unknown) {
  if (!(error instanceof ApiError)) return;
  if (error.status === 401 && queryClient.getQueryData(meKey)) {
    queryClient.setQueryData(meKey, null);
  } else if (error.status === 403 && error.code === GANTI_SANDI_WAJIB) {
    const me = queryClient.getQueryData<Me | null>(meKey);
    if (me) queryClient.setQueryData<Me>(meKey, { ...me, wajibGantiSandi: true });
    else void queryClient.invalidateQueries({ queryKey: meKey });
  }
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onAnyError }),
  mutationCache: new MutationCache({ onError: onAnyError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: retryRead,
      // 'always': offline, a request fails at once with the connection message instead of pausing
      // (react-query's default keeps an offline query or save pending — a spinner without end).
      networkMode: 'always',
    },
    // A save is never repeated behind the user's back: the form keeps the entry and they resubmit.
    mutations: { networkMode: 'always', retry: false },
  },
});

/** Mantine with the theme whose built-in labels (close buttons) follow the UI language. */
function ThemedMantine({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the labels change with the language only
  const theme = useMemo(() => themeWithLabels({ close: t('common.close') }), [i18n.language]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {children}
    </MantineProvider>
  );
}

// The toast host is not needed for the first paint: its chunk (and its transitions) load beside
// the page. A toast shown before it mounts waits in the notifications store and appears then.
const Notifications = lazy(() => import('@mantine/notifications').then((m) => ({ default: m.Notifications })));

// The account the server embedded in the page (a live session): the first screen's data is asked
// for now, before the chunks of the shell and the page are, so it is first in the browser's queue
// of requests (six per host over HTTP/1.1) instead of behind the page's whole chunk graph.
const embeddedMe = takeEmbeddedMe();
if (embeddedMe) {
  queryClient.setQueryData(meKey, embeddedMe);
  prefetchFirstScreenData(queryClient, embeddedMe, window.location.pathname);
}
preloadFirstScreen(window.location.pathname);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing');
// English texts are a separate chunk: fetch them before the first paint when English was chosen.
// The first render is a transition: React renders it in slices and yields to the browser between
// them, instead of one long task that holds the main thread (Total Blocking Time on slow phones).
void loadLanguage(initialLanguage).finally(() => startTransition(() => renderApp(createRoot(root))));

function renderApp(app: Root) {
  app.render(
    <StrictMode>
      <ThemedMantine>
        <Suspense fallback={null}>
          <Notifications position="top-right" />
        </Suspense>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </QueryClientProvider>
      </ThemedMantine>
    </StrictMode>,
  );
}
