/** Akun saya: account facts, change password (min 12 characters), log out. */
import { Button, Card, Group, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useChangePassword, useLogout } from '../api/auth.ts';
import { useSession } from '../auth/session.tsx';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { Page } from '../components/Page.tsx';

const MIN_LENGTH = 12;

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{value}</Text>
    </div>
  );
}

function ChangePassword() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const tooShort = next.length > 0 && next.length < MIN_LENGTH;
  const mismatch = confirm.length > 0 && next !== confirm;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!current || next.length < MIN_LENGTH || next !== confirm) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('account.changed') });
          setCurrent('');
          setNext('');
          setConfirm('');
          setTouched(false);
        },
      },
    );
  };
  return (
    <Card withBorder radius="md" padding="lg" component="form" onSubmit={onSubmit} noValidate>
      <Stack gap="sm" maw={420}>
        <Title order={2} fz="h4">
          {t('account.changePassword')}
        </Title>
        {change.isError && <ErrorAlert error={change.error} />}
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.currentTarget.value)}
          error={touched && !current ? t('common.required') : undefined}
          required
        />
        <PasswordInput
          label={t('account.newPassword')}
          description={t('account.passwordHint')}
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.currentTarget.value)}
          error={(touched || tooShort) && next.length < MIN_LENGTH ? t('account.tooShort') : undefined}
          required
        />
        <PasswordInput
          label={t('account.confirmPassword')}
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={mismatch || (touched && next !== confirm) ? t('account.mismatch') : undefined}
          required
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            {t('account.changePassword')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export default function AccountPage() {
  const { t } = useTranslation();
  const { me, instansiNama } = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Page title={t('account.title')}>
      <Card withBorder radius="md" padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <Fact label={t('account.name')} value={me.nama} />
          <Fact label={t('account.username')} value={me.username} />
          <Fact label={t('account.instansi')} value={instansiNama ?? '—'} />
        </SimpleGrid>
      </Card>
      <ChangePassword />
      <Card withBorder radius="md" padding="lg">
        <Group justify="space-between">
          <div>
            <Title order={2} fz="h4">
              {t('account.logoutTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('account.logoutHint')}
            </Text>
          </div>
          <Button
            color="red"
            variant="light"
            loading={logout.isPending}
            onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/masuk') })}
          >
            {t('account.logout')}
          </Button>
        </Group>
      </Card>
    </Page>
  );
}
