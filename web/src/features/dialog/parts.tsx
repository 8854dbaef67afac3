/** Small pieces shared by the dialog pages. */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format.ts';
import type { DialogRingkas, Pengembangan } from './api.ts';

const STATUS_COLOR: Record<string, string> = { DIJADWALKAN: 'blue', SELESAI: 'green', DIBATALKAN: 'gray' };
const ITEM_COLOR: Record<string, string> = { DIRENCANAKAN: 'blue', TERCAPAI: 'green', TIDAK_TERCAPAI: 'orange' };

export function DialogStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLOR[status] ?? 'gray'} variant="light">
      {t(`dialog.status.${status}`)}
    </Badge>
  );
}

export function ItemStatusBadge({ status }: { status: Pengembangan['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={ITEM_COLOR[status] ?? 'gray'} variant="light">
      {t(`dialog.statusItem.${status}`)}
    </Badge>
  );
}

/** "Coaching · TW2 · Monday, 10 May 2026 09:00". */
export function dialogLabel(d: Pick<DialogRingkas, 'jenis' | 'periodeKode' | 'jadwal'>, t: (k: string) => string) {
  return `${t(`dialog.jenisOpsi.${d.jenis}`)} · ${d.periodeKode} · ${formatDateTime(d.jadwal)}`;
}
