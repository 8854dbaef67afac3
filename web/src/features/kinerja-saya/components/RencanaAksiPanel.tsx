/** Rencana aksi of one RHK in the period: the list, and (for the owner while entry is open) add and delete. */
import { ActionIcon, Button, Group, List, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatNumber } from '../../../components/format.ts';
import { type RencanaAksi, useRencanaAksi } from '../api.ts';

export function RencanaAksiPanel({
  skpId,
  rhkId,
  periode,
  items,
  bisaUbah,
}: {
  skpId: string;
  rhkId: string;
  periode: string;
  items: RencanaAksi[];
  bisaUbah: boolean;
}) {
  const { t } = useTranslation();
  const { tambah, hapus } = useRencanaAksi(skpId);
  const [teks, setTeks] = useState('');
  const [target, setTarget] = useState<number | string>('');
  const [satuan, setSatuan] = useState('');
  return (
    <Stack gap="xs">
      {items.length ? (
        <List size="sm" spacing={4}>
          {items.map((r) => (
            <List.Item key={r.id}>
              <Group gap={6} wrap="nowrap" justify="space-between">
                <Text size="sm">
                  {r.teks}
                  {r.targetNilai !== null && (
                    <Text span c="dimmed" size="sm">
                      {' '}
                      ({formatNumber(r.targetNilai)} {r.targetSatuan ?? ''})
                    </Text>
                  )}
                </Text>
                {bisaUbah && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`${t('pelaksanaan.rencana.hapus')}: ${r.teks}`}
                    loading={hapus.isPending && hapus.variables?.id === r.id}
                    onClick={() => hapus.mutate({ id: r.id, version: r.version })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed">
          {t('pelaksanaan.rencana.empty')}
        </Text>
      )}
      {bisaUbah && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!teks.trim()) return;
            tambah.mutate(
              {
                rhkId,
                periode,
                teks: teks.trim(),
                targetNilai: target === '' ? null : Number(target),
                targetSatuan: satuan.trim() || null,
              },
              {
                onSuccess: () => {
                  setTeks('');
                  setTarget('');
                  setSatuan('');
                },
              },
            );
          }}
        >
          <Stack gap="xs">
            <TextInput
              label={t('pelaksanaan.rencana.teks')}
              value={teks}
              onChange={(e) => setTeks(e.currentTarget.value)}
              maxLength={2000}
            />
            <Group gap="xs" grow>
              <NumberInput label={t('pelaksanaan.rencana.target')} value={target} onChange={setTarget} min={0} />
              <TextInput
                label={t('pelaksanaan.rencana.satuan')}
                value={satuan}
                onChange={(e) => setSatuan(e.currentTarget.value)}
                maxLength={100}
              />
            </Group>
            <Group>
              <Button
                type="submit"
                size="sm"
                variant="light"
                loading={tambah.isPending}
                leftSection={<IconPlus size={16} aria-hidden />}
              >
                {t('pelaksanaan.rencana.tambah')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {tambah.error ? <ErrorAlert error={tambah.error} /> : null}
      {hapus.error ? <ErrorAlert error={hapus.error} /> : null}
    </Stack>
  );
}
