/**
 * The evidence of an IKI for the current period, folded under the IKI on the SKP page (a set SKP
 * only: evidence belongs to the execution stage). The period is the one of the SKP's year that
 * contains today, else the last one still open for entry. A stop-gap until "Kinerja Saya" hosts
 * the panel; it is the same BuktiIkiPanel.
 */
import { Button, Collapse } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../../components/format.ts';
import { usePeriodeList } from '../skp/api/planning.ts';
import { BuktiIkiPanel } from './BuktiIkiPanel.tsx';

export function currentPeriodeKode(
  periode: { kode: string; mulai: string; selesai: string; batasPengisian: string }[],
  today: string,
): string | null {
  const sub = periode.filter((p) => p.kode !== 'AKHIR');
  const now = sub.find((p) => p.mulai <= today && today <= p.selesai);
  if (now) return now.kode;
  const open = sub.filter((p) => p.mulai <= today && today <= p.batasPengisian);
  return open.at(-1)?.kode ?? periode.find((p) => p.kode === 'AKHIR')?.kode ?? null;
}

export function SkpIkiBukti({
  instansiId,
  skpId,
  tahun,
  ikiId,
  indikator,
}: {
  instansiId: string;
  skpId: string;
  tahun: number;
  ikiId: string;
  indikator: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const periode = usePeriodeList();
  const year = periode.data?.find((p) => p.tahun === tahun);
  const kode = year ? currentPeriodeKode(year.periode, todayIso()) : null;
  if (!kode) return null;
  return (
    <div>
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconPaperclip size={12} aria-hidden />}
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-label={t('bukti.panel.toggleNamed', { periode: kode, indikator })}
      >
        {t('bukti.panel.toggle', { periode: kode })}
      </Button>
      <Collapse expanded={open}>
        {open && <BuktiIkiPanel instansiId={instansiId} skpId={skpId} ikiId={ikiId} periodeKode={kode} editable />}
      </Collapse>
    </div>
  );
}
