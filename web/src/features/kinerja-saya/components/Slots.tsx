/**
 * Read-only slots the evidence and feedback parts plug into (issue 10 items 3 and 5 are built by
 * other engineers): small components with clear props, rendering what the period read returns.
 */
import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import { IconLink, IconPaperclip } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../components/format.ts';
import { type BuktiRingkas, buktiUrl, type UmpanBalikRingkas } from '../api.ts';

function ukuran(n: number | null): string {
  if (n === null) return '';
  return n >= 1_048_576 ? `${(n / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

/** Evidence attached to one IKI in the period: file downloads (never opened inline) and links. */
export function BuktiList({ instansiId, bukti }: { instansiId: string; bukti: BuktiRingkas[] }) {
  const { t } = useTranslation();
  if (!bukti.length)
    return (
      <Text size="sm" c="dimmed">
        {t('pelaksanaan.bukti.empty')}
      </Text>
    );
  return (
    <List spacing={4} size="sm" listStyleType="none" ml={0} pl={0}>
      {bukti.map((b) => (
        <List.Item key={b.id}>
          <Group gap={6} wrap="nowrap">
            {b.jenis === 'TAUTAN' ? <IconLink size={16} aria-hidden /> : <IconPaperclip size={16} aria-hidden />}
            {b.jenis === 'TAUTAN' && b.url ? (
              <Anchor
                href={b.url}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={t('pelaksanaan.bukti.buka', { judul: b.judul })}
              >
                {b.judul}
              </Anchor>
            ) : (
              <Anchor
                href={buktiUrl(instansiId, b.id)}
                download
                aria-label={t('pelaksanaan.bukti.unduh', { judul: b.judul })}
              >
                {b.judul}
              </Anchor>
            )}
            <Text span size="xs" c="dimmed">
              {formatDate(b.tanggal)} {ukuran(b.ukuran)}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

/** Feedback thread summary of one target (an RHK, an IKI or a BerAKHLAK value). */
export function UmpanBalikRingkasan({ items }: { items: UmpanBalikRingkas[] }) {
  const { t } = useTranslation();
  const jumlah = items.reduce((n, i) => n + i.jumlah, 0);
  const belum = items.reduce((n, i) => n + i.belumDijawabSaya, 0);
  if (!jumlah) return null;
  const last = items
    .map((i) => i.terakhir)
    .filter((x): x is NonNullable<typeof x> => !!x)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return (
    <Stack gap={2}>
      <Group gap={6}>
        <Badge variant="light" color="blue">
          {t('pelaksanaan.umpanBalik.count', { count: jumlah })}
        </Badge>
        {belum > 0 && (
          <Badge variant="filled" color="orange">
            {t('pelaksanaan.umpanBalik.belum', { count: belum })}
          </Badge>
        )}
      </Group>
      {last && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          “{last.teks}”
        </Text>
      )}
    </Stack>
  );
}
