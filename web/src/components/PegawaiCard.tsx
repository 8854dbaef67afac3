/** A pegawai's identity and current placements (definitive plus any PLT/PLH). */
import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PegawaiDetail, Placement } from '../api/types.ts';
import { formatNip, namaLengkap, todayIso } from './format.ts';
import { ViaBadge } from './PenilaiExplanation.tsx';

/** Placements valid today, definitive first. */
export function currentPlacements(riwayat: Placement[], on = todayIso()): Placement[] {
  return riwayat
    .filter((p) => p.mulai <= on && (!p.selesai || p.selesai >= on))
    .sort((a, b) => (a.jenis === 'DEFINITIF' ? -1 : b.jenis === 'DEFINITIF' ? 1 : 0));
}

export function PegawaiCard({ detail, title }: { detail: PegawaiDetail; title?: string }) {
  const { t } = useTranslation();
  const p = detail.pegawai;
  const current = currentPlacements(detail.riwayat);
  return (
    <Card withBorder radius="md" padding="md">
      {title && (
        <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb="xs">
          {title}
        </Text>
      )}
      <Anchor component={Link} to={`/pegawai/${p.id}`} fw={700} size="lg">
        {namaLengkap(p)}
      </Anchor>
      <Group gap="xs" mt={2}>
        <Text size="sm" ff="monospace">
          {formatNip(p.nip, p.jenisAsn)}
        </Text>
        <Badge variant="outline" size="sm">
          {t(`jenisAsn.${p.jenisAsn}`, { defaultValue: p.jenisAsn })}
        </Badge>
        {p.golongan && (
          <Badge variant="outline" color="gray" size="sm">
            {p.golongan}
          </Badge>
        )}
      </Group>
      <Stack gap={6} mt="sm">
        {current.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('list.noJabatan')}
          </Text>
        )}
        {current.map((pl) => (
          <div key={pl.id}>
            <Group gap={6}>
              <Text size="sm" fw={600}>
                {pl.jabatanNama}
              </Text>
              {pl.jenis !== 'DEFINITIF' && <ViaBadge via={pl.jenis} />}
            </Group>
            <Anchor component={Link} to={`/organisasi/${pl.unitId}`} size="sm">
              {pl.unitNama}
            </Anchor>
          </div>
        ))}
      </Stack>
    </Card>
  );
}
