/** Full-page states: not found, not allowed, no instansi chosen. */
import { Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSession } from '../auth/session.tsx';
import { InstansiPicker } from './InstansiPicker.tsx';
import { useDocumentTitle } from './Page.tsx';

function Status({ title, message, children }: { title: string; message: string; children?: React.ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <Stack align="center" ta="center" py={64} gap="sm" maw={520} mx="auto">
      <Title order={1} fz="h2">
        {title}
      </Title>
      <Text c="dimmed">{message}</Text>
      {children}
      <Button component={Link} to="/" variant="light" mt="md">
        {t('error.goHome')}
      </Button>
    </Stack>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return <Status title={t('error.notFoundTitle')} message={t('error.notFound')} />;
}

export function Forbidden() {
  const { t } = useTranslation();
  return <Status title={t('error.forbiddenTitle')} message={t('error.forbidden')} />;
}

export function NoInstansi() {
  const { t } = useTranslation();
  const canCreate = useSession().hasRole('SUPER_ADMIN');
  return (
    <Status title={t('nav.chooseInstansi')} message={t('error.noInstansi')}>
      <InstansiPicker w={320} withLabel />
      {canCreate && (
        <Button component={Link} to="/instansi" mt="xs">
          {t('instansi.add')}
        </Button>
      )}
    </Status>
  );
}
