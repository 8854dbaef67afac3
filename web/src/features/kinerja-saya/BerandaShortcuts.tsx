/** Home shortcuts for a pegawai: daily progress in one tap from Home (two taps with the menu), and Kinerja Saya. */
import { Button, Card, Group } from '@mantine/core';
import { IconChecklist, IconPencilPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function BerandaShortcuts() {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('pelaksanaan.title')}>
      <Group gap="sm" grow>
        <Button component={Link} to="/progres-harian" leftSection={<IconPencilPlus size={18} aria-hidden />}>
          {t('pelaksanaan.beranda.progres')}
        </Button>
        <Button
          component={Link}
          to="/kinerja-saya"
          variant="light"
          leftSection={<IconChecklist size={18} aria-hidden />}
        >
          {t('pelaksanaan.beranda.kinerja')}
        </Button>
      </Group>
    </Card>
  );
}
