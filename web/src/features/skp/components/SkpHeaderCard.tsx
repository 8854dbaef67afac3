/** Header block of the SKP form: period, form and approach, and the three people (from the snapshot). */
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatNip } from '../../../components/format.ts';
import type { Orang, SkpDetail } from '../api/types.ts';
import { SkpStatusBadge } from './StatusBadge.tsx';

function Field({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="xs" c="dimmed" w={92} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {value || '—'}
      </Text>
    </Group>
  );
}

function Person({
  title,
  person,
  jabatan,
  unit,
  golongan,
}: {
  title: string;
  person: Orang | null;
  jabatan?: string | null;
  unit?: string | null;
  golongan?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} component="section" aria-label={title}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {person ? (
        <>
          <Field label={t('skp.editor.nama')} value={person.nama} />
          <Field label={t('skp.editor.nip')} value={person.nip ? formatNip(person.nip) : null} />
          {golongan !== undefined && <Field label={t('skp.editor.golongan')} value={golongan} />}
          <Field label={t('skp.editor.jabatan')} value={jabatan ?? person.jabatanNama} />
          {unit !== undefined && <Field label={t('skp.editor.unit')} value={unit} />}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('skp.editor.noPenilai')}
        </Text>
      )}
    </Stack>
  );
}

export function SkpHeaderCard({ skp }: { skp: SkpDetail }) {
  const { t } = useTranslation();
  const s = skp.snapshot;
  return (
    <Card withBorder radius="md" padding="md">
      <Group justify="space-between" align="flex-start" gap="xs" mb="sm">
        <div style={{ minWidth: 0 }}>
          <Title order={2} fz="h5">
            {t('skp.editor.periode')}: {formatDate(skp.mulai)} {t('common.until')} {formatDate(skp.selesai)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`skp.jenisForm.${skp.jenisForm}`)} · {t('skp.editor.pendekatan')} {t(`skp.pendekatan.${skp.pendekatan}`)}
          </Text>
        </div>
        <Group gap={6}>
          <SkpStatusBadge status={skp.status} size="md" />
          <Badge variant="outline" color="gray" size="md">
            {t('skp.editor.revisi', { n: skp.revisi })}
          </Badge>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Person
          title={t('skp.editor.pegawai')}
          person={{ ...s.pegawai, pegawaiId: s.pegawai.id }}
          golongan={s.pegawai.golongan}
          jabatan={s.jabatan?.nama}
          unit={s.unit?.nama}
        />
        <Person title={t('skp.editor.penilai')} person={s.penilai} />
        <Person title={t('skp.editor.atasanPenilai')} person={s.atasanPenilai} />
      </SimpleGrid>
      {(skp.ditandatanganiAt || skp.ditetapkanAt) && (
        <Stack gap={2} mt="sm">
          {skp.ditandatanganiAt && (
            <Text size="xs" c="dimmed">
              {t('skp.editor.ditandatangani', { waktu: formatDateTime(skp.ditandatanganiAt) })}
            </Text>
          )}
          {skp.ditetapkanAt && (
            <Text size="xs" c="dimmed">
              {t('skp.editor.ditetapkan', {
                waktu: formatDateTime(skp.ditetapkanAt),
                nama: skp.ditetapkanOlehNama ?? '—',
              })}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}
