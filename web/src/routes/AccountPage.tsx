/** Akun saya: account facts, change password (min 12 characters), log out. */
import { Button, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useLogout } from '../api/auth.ts';
import { useSession } from '../auth/session.tsx';
import { ChangePasswordForm } from '../components/ChangePasswordForm.tsx';
import { Page } from '../components/Page.tsx';

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
      <Card withBorder radius="md" padding="lg">
        <ChangePasswordForm
          account={{ username: me.username, nip: me.pegawai?.nip }}
          onChanged={() => notifications.show({ color: 'green', message: t('account.changed') })}
        />
      </Card>
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
