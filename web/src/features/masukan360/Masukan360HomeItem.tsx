/** Home: "n requests for 360° input wait for your answer", linking to the page (nothing when none). */
import { Alert, Anchor, Text } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useTugasSaya } from './api.ts';

export function Masukan360HomeItem() {
  const { t } = useTranslation();
  const q = useTugasSaya();
  const n = q.data?.tugas.length ?? 0;
  if (!n) return null;
  return (
    <Alert variant="light" color="blue" icon={<IconMessages />}>
      <Text size="sm">
        {t('masukan360.beranda', { n })}{' '}
        <Anchor component={Link} to="/masukan-360" fw={600}>
          {t('masukan360.bukaBeranda')}
        </Anchor>
      </Text>
    </Alert>
  );
}
