/**
 * The interactive evidence and feedback panels of the other execution parts, opened on demand in
 * Kinerja Saya: the page's one read already lists evidence and feedback counts, so a panel (and its
 * own request and code) loads only for the IKI or RHK someone chooses to work on.
 */
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconMessageCircle, IconPaperclip } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../../components/Loading.tsx';
import { useRefresh } from '../api.ts';

const BuktiIkiPanel = lazy(() => import('../../bukti/BuktiIkiPanel.tsx').then((m) => ({ default: m.BuktiIkiPanel })));
const UmpanBalikPanel = lazy(() =>
  import('../../umpan-balik/UmpanBalikPanel.tsx').then((m) => ({ default: m.UmpanBalikPanel })),
);

/** The owner attaches or uploads evidence for one IKI in the period; the read list shows otherwise. */
export function KelolaBukti(props: {
  instansiId: string;
  skpId: string;
  ikiId: string;
  periodeKode: string;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const refresh = useRefresh();
  if (!opened)
    return (
      <>
        {props.children}
        <Button
          size="xs"
          variant="light"
          leftSection={<IconPaperclip size={14} aria-hidden />}
          onClick={open}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('pelaksanaan.bukti.kelola')}
        </Button>
      </>
    );
  return (
    <>
      <Suspense fallback={<Loading minHeight={60} />}>
        <BuktiIkiPanel
          instansiId={props.instansiId}
          skpId={props.skpId}
          ikiId={props.ikiId}
          periodeKode={props.periodeKode}
          editable
        />
      </Suspense>
      <Button
        size="xs"
        variant="default"
        onClick={() => {
          close();
          void refresh();
        }}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('pelaksanaan.bukti.tutupKelola')}
      </Button>
    </>
  );
}

/** The feedback threads of one RHK (or one IKI's realisasi) in the period, with reply boxes. */
export function UmpanBalikDiTempat(props: {
  instansiId: string;
  skpId: string;
  rhkId: string;
  ikiId?: string;
  periodeKode: string;
  label: string;
  bolehTulis: boolean;
}) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const refresh = useRefresh();
  return (
    <>
      <Button
        size="xs"
        variant="subtle"
        leftSection={<IconMessageCircle size={14} aria-hidden />}
        onClick={() => {
          if (opened) void refresh();
          toggle();
        }}
        aria-expanded={opened}
        style={{ alignSelf: 'flex-start' }}
      >
        {opened
          ? t('pelaksanaan.umpanBalik.tutup')
          : t(props.bolehTulis ? 'pelaksanaan.umpanBalik.tulis' : 'pelaksanaan.umpanBalik.lihat')}
      </Button>
      {opened && (
        <Suspense fallback={<Loading minHeight={60} />}>
          <UmpanBalikPanel
            instansiId={props.instansiId}
            skpId={props.skpId}
            sasaran="RHK"
            rhkId={props.rhkId}
            ikiId={props.ikiId}
            periodeKode={props.periodeKode}
            label={props.label}
          />
        </Suspense>
      )}
    </>
  );
}
