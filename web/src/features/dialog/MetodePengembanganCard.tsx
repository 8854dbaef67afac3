/**
 * The instansi's list of development methods (settings `pelaksanaan.metodePengembangan`), offered
 * when a dialogue agrees development items. Part of the Pengaturan page; the server validates the
 * codes (capital letters, digits, underscore; unique) and keeps at least one.
 */
import { ActionIcon, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type Metode = { kode: string; nama: string };
const KODE = /^[A-Z][A-Z0-9_]{1,39}$/;

export function MetodePengembanganCard({
  value,
  onChange,
  disabled,
}: {
  value: Metode[];
  onChange: (v: Metode[]) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const set = (i: number, v: Partial<Metode>) => onChange(value.map((m, k) => (k === i ? { ...m, ...v } : m)));
  const kodeDipakai = (kode: string, i: number) => value.some((m, k) => k !== i && m.kode === kode);
  return (
    <Card withBorder padding="md">
      <Text fw={600}>{t('dialog.metodeTitle')}</Text>
      <Text size="sm" c="dimmed" mb="xs">
        {t('dialog.metodeHint')}
      </Text>
      <Stack gap="xs">
        {value.map((m, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a code being typed is not a stable key
          <Group key={i} align="flex-end" wrap="nowrap" gap="xs">
            <TextInput
              label={t('dialog.metodeKode')}
              w={150}
              maxLength={40}
              disabled={disabled}
              value={m.kode}
              error={m.kode && (!KODE.test(m.kode) || kodeDipakai(m.kode, i)) ? t('dialog.metodeHint') : undefined}
              onChange={(e) => set(i, { kode: e.currentTarget.value.toUpperCase().replace(/[^A-Z0-9_]/g, '_') })}
            />
            <TextInput
              label={t('dialog.metodeNama')}
              style={{ flex: 1 }}
              maxLength={100}
              disabled={disabled}
              value={m.nama}
              onChange={(e) => set(i, { nama: e.currentTarget.value })}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              disabled={disabled || value.length <= 1}
              aria-label={`${t('dialog.hapus')} ${m.nama || m.kode}`}
              onClick={() => onChange(value.filter((_, k) => k !== i))}
              mb={4}
            >
              <IconTrash size={18} />
            </ActionIcon>
          </Group>
        ))}
        {!disabled && (
          <Button
            variant="default"
            onClick={() => onChange([...value, { kode: '', nama: '' }])}
            disabled={value.length >= 50}
          >
            {t('dialog.tambahMetode')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
