/** Template downloads and data exports per entity and format (plain links: the browser downloads). */
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { exportUrl, templateUrl } from '../../api/exchange.ts';
import type { ExchangeEntity } from '../../api/types.ts';
import { useInstansiId } from '../../auth/session.tsx';

const ENTITIES: ExchangeEntity[] = ['pegawai', 'jabatan', 'unor'];

export function TemplatePanel() {
  const { t } = useTranslation();
  const iid = useInstansiId();
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} fz="h4">
        {t('impor.template.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('impor.template.hint')}
      </Text>
      <Group gap="xs">
        <Button
          component="a"
          href={templateUrl(iid, 'xlsx', 'pegawai')}
          download
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          {t('impor.template.xlsx')}
        </Button>
        {ENTITIES.map((e) => (
          <Button
            key={e}
            component="a"
            href={templateUrl(iid, 'csv', e)}
            download
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('impor.template.csv', { jenis: t(`impor.entities.${e}`) })}
          </Button>
        ))}
      </Group>
    </Card>
  );
}

export function ExportPanel() {
  const { t } = useTranslation();
  const iid = useInstansiId();
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} fz="h4">
        {t('impor.export.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('impor.export.hint')}
      </Text>
      <Stack gap="xs">
        {ENTITIES.map((e) => (
          <Group key={e} justify="space-between" gap="xs">
            <Text size="sm" fw={600}>
              {t(`impor.entities.${e}`)}
            </Text>
            <Group gap="xs">
              {(['xlsx', 'csv'] as const).map((f) => (
                <Button
                  key={f}
                  component="a"
                  href={exportUrl(iid, e, f)}
                  download
                  size="xs"
                  variant="default"
                  leftSection={<IconDownload size={14} aria-hidden />}
                  aria-label={`${t(`impor.entities.${e}`)} ${f.toUpperCase()}`}
                >
                  {f.toUpperCase()}
                </Button>
              ))}
            </Group>
          </Group>
        ))}
        <Group>
          <Button
            component="a"
            href={exportUrl(iid, 'semua', 'xlsx')}
            download
            variant="light"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('impor.export.semua')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
