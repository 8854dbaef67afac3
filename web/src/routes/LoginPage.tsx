/** Login (/masuk): NIP or username + password; demo accounts as cards that fill the form. */
import {
  Box,
  Button,
  Card,
  Center,
  Group,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { type FormEvent, lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDemoAccounts, useLogin } from '../api/auth.ts';
import { ApiError } from '../api/client.ts';
import type { DemoAccount } from '../api/types.ts';
import { Brand } from '../components/Brand.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useDocumentTitle } from '../components/Page.tsx';
import { PasswordField } from '../components/PasswordField.tsx';
import { currentLanguage } from '../i18n/index.ts';

const AgencySelect = lazy(() => import('../components/AgencySelect.tsx'));

/** Demo labels come as "Indonesian / English": show the part in the UI language. */
function localLabel(label: string): string {
  const parts = label.split(' / ');
  if (parts.length !== 2) return label;
  return currentLanguage() === 'en' ? parts[1] : parts[0];
}

function DemoAccounts({ onPick }: { onPick: (a: DemoAccount) => void }) {
  const { t } = useTranslation();
  const demo = useDemoAccounts();
  if (!demo.data?.isDemo || demo.data.accounts.length === 0) return null;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="demo-title">
      <Title order={2} fz="h4" id="demo-title">
        {t('login.demoTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('login.demoHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
        {demo.data.accounts.map((a) => (
          <UnstyledButton
            key={a.username}
            onClick={() => onPick(a)}
            p="sm"
            style={{
              display: 'block',
              border: '1px solid var(--mantine-color-gray-3)',
              borderRadius: 'var(--mantine-radius-md)',
            }}
          >
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <IconUserCheck
                size={20}
                color="var(--mantine-primary-color-filled)"
                aria-hidden
                style={{ flexShrink: 0 }}
              />
              <div style={{ minWidth: 0 }}>
                <Text fw={600} size="sm">
                  {/* The name is what the card shows (axe label-content-name-mismatch), led by the action. */}
                  <VisuallyHidden>{t('login.demoUsePrefix')} </VisuallyHidden>
                  {localLabel(a.label)}
                </Text>
                <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                  {a.username}
                </Text>
                <Text size="xs" ff="monospace" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {a.password}
                </Text>
              </div>
            </Group>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </Card>
  );
}

/** The agencies a login's name and password fit (AUTH.INSTANSI_REQUIRED, decision 0206). */
function agencyChoices(error: unknown): Array<{ value: string; label: string }> {
  if (!(error instanceof ApiError) || error.code !== 'AUTH.INSTANSI_REQUIRED') return [];
  const list = (error.details as { instansi?: Array<{ kode: string | null; nama: string | null }> } | null)?.instansi;
  return (list ?? [])
    .filter((i): i is { kode: string; nama: string } => !!i.kode && !!i.nama)
    .map((i) => ({ value: i.kode, label: `${i.nama} (${i.kode})` }));
}

export default function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const submitRef = useRef<HTMLButtonElement>(null);

  const [missing, setMissing] = useState(false);
  const [instansi, setInstansi] = useState<string | null>(null);
  const [choices, setChoices] = useState<Array<{ value: string; label: string }>>([]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const incomplete = !username.trim() || !password || (choices.length > 0 && !instansi);
    setMissing(incomplete);
    if (incomplete) return;
    login.mutate(
      { username: username.trim(), password, instansi: choices.length ? instansi : null },
      {
        onError: (err) => {
          const found = agencyChoices(err);
          if (found.length) setChoices(found);
        },
      },
    );
  };

  return (
    <Box bg="gray.0" mih="100dvh" py={{ base: 'md', sm: 48 }} px="sm">
      <Stack maw={720} mx="auto" gap="lg">
        <Group justify="space-between" wrap="nowrap">
          <Brand />
          <LanguageSwitch />
        </Group>
        <Center>
          <Card withBorder radius="md" padding="lg" w="100%" maw={440} shadow="sm" component="main" id="main">
            <form onSubmit={onSubmit} noValidate>
              <Stack gap="md">
                <div>
                  <Title order={1} fz="h2">
                    {t('login.title')}
                  </Title>
                  <Text c="dimmed" size="sm">
                    {t('login.subtitle')}
                  </Text>
                </div>
                {login.isError && agencyChoices(login.error).length === 0 && (
                  <ErrorAlert error={login.error} title={t('login.failed')} />
                )}
                <TextInput
                  label={t('login.username')}
                  placeholder={t('login.usernamePlaceholder')}
                  autoComplete="username"
                  required
                  value={username}
                  onChange={(e) => {
                    setUsername(e.currentTarget.value);
                    setChoices([]);
                  }}
                  error={missing && !username.trim() ? t('common.required') : undefined}
                  autoFocus
                />
                <PasswordField
                  label={t('login.password')}
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  error={missing && !password ? t('common.required') : undefined}
                />
                {choices.length > 0 && (
                  <Suspense>
                    <AgencySelect
                      label={t('login.instansi')}
                      description={t('login.instansiHint')}
                      data={choices}
                      value={instansi}
                      onChange={setInstansi}
                      required
                      allowDeselect={false}
                      error={missing && !instansi ? t('common.required') : undefined}
                    />
                  </Suspense>
                )}
                <Button type="submit" loading={login.isPending} ref={submitRef} fullWidth>
                  {t('login.submit')}
                </Button>
              </Stack>
            </form>
          </Card>
        </Center>
        <DemoAccounts
          onPick={(a) => {
            setUsername(a.username);
            setPassword(a.password);
            submitRef.current?.focus();
          }}
        />
        <Text size="xs" c="dimmed" ta="center">
          {t('tagline')}
        </Text>
      </Stack>
    </Box>
  );
}
