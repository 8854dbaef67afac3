/** Small pieces shared by the keberatan pages. */
import { Badge, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format.ts';
import type { StatusKeberatan } from './api.ts';

const STATUS_COLOR: Record<StatusKeberatan, string> = { DIAJUKAN: 'orange', DIPERIKSA: 'blue', DIPUTUSKAN: 'green' };

export function KeberatanStatusBadge({ status }: { status: StatusKeberatan }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {t(`keberatan.status.${status}`)}
    </Badge>
  );
}

/** "Periode TW2 2026" / "Tahunan 2026". */
export function periodeLabel(e: { periodeKode: string; tahun: number }, t: TFunction) {
  return e.periodeKode === 'AKHIR'
    ? t('keberatan.periodeAkhir', { tahun: e.tahun })
    : t('keberatan.periode', { periode: e.periodeKode, tahun: e.tahun });
}

/** The last day and the days left, in words; red when it has passed or is today. */
export function SisaWaktu({ batas, sisaHari }: { batas: string | null; sisaHari: number | null }) {
  const { t } = useTranslation();
  if (!batas || sisaHari === null) return null;
  const sisa =
    sisaHari < 0
      ? t('keberatan.lewat')
      : sisaHari === 0
        ? t('keberatan.hariTerakhir')
        : t('keberatan.sisa', { count: sisaHari });
  return (
    <Text size="sm" c={sisaHari <= 0 ? 'red.8' : undefined} fw={sisaHari <= 3 ? 600 : undefined}>
      {t('keberatan.batas', { tanggal: formatDate(batas) })} · {sisa}
    </Text>
  );
}
