/**
 * "Unduh SKP massal (zip)": starts the job that renders every SKP of a unit subtree for a year into
 * one zip, shows its progress (processed/total, phase) and then the download. The job being
 * followed is kept in sessionStorage (per instansi), so a reload or coming back in the same tab
 * shows it again, finished or not, whichever unit is on screen; without one, my newest bulk job
 * still running (GET /jobs, e.g. started in another tab) is picked up.
 * Shown only when the server says the caller may start it (`cakupan.canUnduhMassal`). Pieces:
 * `useBulkPdf` (state), `BulkPdfButton` (the unit on screen), `BulkPdfRowButton` (one row's unit)
 * and `BulkPdfProgress` (the start error, the progress and the download).
 */
import { ActionIcon, Alert, Button, Card, CloseButton, Group, Progress, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconDownload, IconFileZip } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useInstansiId } from '../../../auth/session.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { formatNumber } from '../../../components/format.ts';
import { pickText } from '../../../i18n/index.ts';
import { useUnitName } from '../../org/UnitPicker.tsx';
import {
  isJobRunning,
  type SkpMassalJob,
  useMyRunningSkpMassal,
  useSkpMassalJob,
  useStartSkpMassal,
} from '../api/dokumen.ts';

/** The job this tab follows; the unit's name when it was started here (else looked up). */
interface TrackedJob {
  jobId: string;
  unitNama: string | null;
}

const storageKey = (iid: string) => `kinerja.skpMassal.${iid}`;

function readTracked(iid: string): TrackedJob | null {
  try {
    const raw = sessionStorage.getItem(storageKey(iid));
    const v = raw ? (JSON.parse(raw) as Partial<TrackedJob>) : null;
    return v && typeof v.jobId === 'string' ? { jobId: v.jobId, unitNama: v.unitNama ?? null } : null;
  } catch {
    return null;
  }
}

function useTrackedJob(iid: string) {
  const [state, setState] = useState(() => ({ iid, job: readTracked(iid) }));
  // A super admin switching instansi follows that instansi's job.
  if (state.iid !== iid) setState({ iid, job: readTracked(iid) });
  const tracked = state.iid === iid ? state.job : null;
  const set = useCallback(
    (next: TrackedJob | null) => {
      setState({ iid, job: next });
      try {
        if (next) sessionStorage.setItem(storageKey(iid), JSON.stringify(next));
        else sessionStorage.removeItem(storageKey(iid));
      } catch {
        // storage unavailable (private mode): the job is followed until the page is left
      }
    },
    [iid],
  );
  return [tracked, set] as const;
}

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

function JobResult({ job }: { job: SkpMassalJob }) {
  const { t } = useTranslation();
  if (job.status === 'FAILED') {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle />} title={t('skp.massal.gagalJob')} role="alert">
        {(job.errorMessage || job.error) && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {job.errorMessage ? pickText(job.errorMessage) : job.error}
          </Text>
        )}
        <Text size="sm" mt={4}>
          {t('skp.massal.ulangi')}
        </Text>
      </Alert>
    );
  }
  const jumlah = job.jumlah ?? 0;
  return (
    <Stack gap={6}>
      {job.total === 0 ? (
        <Text size="sm">{t('skp.massal.kosong')}</Text>
      ) : (
        <Text size="sm">
          {t('skp.massal.siap', { count: jumlah, ukuran: job.ukuran !== null ? formatSize(job.ukuran) : '—' })}
        </Text>
      )}
      {job.gagal.length > 0 && (
        <Text size="sm" c="orange">
          {t('skp.massal.gagalSebagian', { count: job.gagal.length })}
        </Text>
      )}
      {job.dihapus ? (
        <Text size="sm" c="dimmed">
          {t('skp.massal.dihapus')}
        </Text>
      ) : (
        job.unduhUrl &&
        jumlah > 0 && (
          <Group>
            <Button
              component="a"
              href={job.unduhUrl}
              download={job.namaFile ?? true}
              leftSection={<IconDownload size={18} aria-hidden />}
            >
              {t('skp.massal.unduh')}
            </Button>
          </Group>
        )
      )}
    </Stack>
  );
}

/** A unit's name (one small cached request), for a job picked up from the server. */
function UnitNama({ unitId }: { unitId: string }) {
  const unit = useUnitName(unitId);
  return <>{unit.data?.label ?? '…'}</>;
}

function JobCard({ tracked, onDismiss }: { tracked: TrackedJob; onDismiss: () => void }) {
  const { t } = useTranslation();
  const q = useSkpMassalJob(tracked.jobId);
  const job = q.data;
  const running = !job || isJobRunning(job.status);
  const pct = job && job.total > 0 ? Math.min(100, Math.round((job.processed / job.total) * 100)) : running ? 0 : 100;
  const phase = job?.phase ?? (job?.status === 'QUEUED' ? 'antre' : null);
  return (
    <Card component="section" withBorder radius="md" padding="sm" aria-live="polite" aria-label={t('skp.massal.judul')}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs" mb={6}>
        <Text size="sm" fw={600} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          {job ? (
            <>
              {t('skp.massal.judulJob', { tahun: job.tahun ?? '—' })}{' '}
              {tracked.unitNama ?? (job.unitId ? <UnitNama unitId={job.unitId} /> : '—')}
            </>
          ) : (
            t('skp.massal.judul')
          )}
        </Text>
        {(!running || q.isError) && <CloseButton size="sm" onClick={onDismiss} aria-label={t('skp.massal.tutup')} />}
      </Group>
      {q.isError ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Stack gap={6}>
          <Progress
            value={pct}
            size="lg"
            color={job?.status === 'FAILED' ? 'red' : running ? 'blue' : 'green'}
            striped={running}
            animated={running}
            aria-label={t('skp.massal.progress')}
          />
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              {job?.status === 'SUCCEEDED'
                ? t('skp.massal.status.SUCCEEDED')
                : job?.status === 'FAILED'
                  ? t('skp.massal.status.FAILED')
                  : phase
                    ? t(`skp.massal.fase.${phase}`, { defaultValue: phase })
                    : t('skp.massal.status.QUEUED')}
            </Text>
            {job && (
              <Text size="xs" c="dimmed">
                {t('skp.massal.jumlahProses', {
                  processed: formatNumber(job.processed),
                  total: formatNumber(job.total),
                })}{' '}
                · {pct}%
              </Text>
            )}
          </Group>
          {job && !running && <JobResult job={job} />}
        </Stack>
      )}
    </Card>
  );
}

/** The followed job and how to start one; shared by the page's button, the row buttons and the progress. */
export interface BulkPdf {
  tracked: TrackedJob | null;
  start: (unit: { id: string; nama: string }, tahun: number) => void;
  /** The unit whose job is being started right now. */
  startingUnitId: string | null;
  startError: unknown;
  /** A job is being started or is still running: one at a time per tab. */
  busy: boolean;
  dismiss: () => void;
}

/** `canStart`: the caller may start bulk zips here; only then is the server asked for a running one. */
export function useBulkPdf(canStart: boolean): BulkPdf {
  const iid = useInstansiId();
  const [tracked, setTracked] = useTrackedJob(iid);
  const mutation = useStartSkpMassal();
  const [startingUnitId, setStartingUnitId] = useState<string | null>(null);
  const job = useSkpMassalJob(tracked?.jobId ?? null);
  const gone = (job.error as { status?: number } | null)?.status === 404;
  // A followed job that answers 404 belongs to another account of this tab (or a reset server).
  useEffect(() => {
    if (gone) setTracked(null);
  }, [gone, setTracked]);
  const running = useMyRunningSkpMassal(canStart && !tracked);
  const resumeId = tracked ? null : (running.data?.id ?? null);
  useEffect(() => {
    if (resumeId) setTracked({ jobId: resumeId, unitNama: null });
  }, [resumeId, setTracked]);

  const start = useCallback(
    (unit: { id: string; nama: string }, tahun: number) => {
      setStartingUnitId(unit.id);
      mutation.mutate(
        { unitId: unit.id, tahun },
        {
          onSuccess: (out) => setTracked({ jobId: out.jobId, unitNama: unit.nama }),
          onSettled: () => setStartingUnitId(null),
        },
      );
    },
    [mutation, setTracked],
  );
  return {
    tracked,
    start,
    startingUnitId: mutation.isPending ? startingUnitId : null,
    startError: mutation.error,
    busy: mutation.isPending || (!!tracked && !job.isError && isJobRunning(job.data?.status ?? 'QUEUED')),
    dismiss: () => {
      mutation.reset();
      setTracked(null);
    },
  };
}

/** The page-level button: the zip of the unit on screen (with its sub-units). */
export function BulkPdfButton({
  bulk,
  unit,
  tahun,
}: {
  bulk: BulkPdf;
  unit: { id: string; nama: string };
  tahun: number;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="wrap">
      <Button
        variant="light"
        leftSection={<IconFileZip size={18} aria-hidden />}
        onClick={() => bulk.start(unit, tahun)}
        loading={bulk.startingUnitId === unit.id}
        disabled={bulk.busy}
      >
        {t('skp.massal.tombol')}
      </Button>
      <Text size="xs" c="dimmed" style={{ flex: '1 1 12rem' }}>
        {t('skp.massal.hint', { unit: unit.nama, tahun })}
      </Text>
    </Group>
  );
}

/** A row's button: the zip of that unit, for units one cannot drill into. */
export function BulkPdfRowButton({
  bulk,
  unit,
  tahun,
}: {
  bulk: BulkPdf;
  unit: { id: string; nama: string };
  tahun: number;
}) {
  const { t } = useTranslation();
  const label = t('skp.massal.tombolUnit', { unit: unit.nama });
  return (
    <Tooltip label={label}>
      <ActionIcon
        variant="subtle"
        onClick={() => bulk.start(unit, tahun)}
        loading={bulk.startingUnitId === unit.id}
        disabled={bulk.busy}
        aria-label={label}
      >
        <IconFileZip size={18} />
      </ActionIcon>
    </Tooltip>
  );
}

/** The start error and the followed job's progress, then its download. */
export function BulkPdfProgress({ bulk }: { bulk: BulkPdf }) {
  const { t } = useTranslation();
  if (!bulk.startError && !bulk.tracked) return null;
  return (
    <Stack gap="xs">
      {!!bulk.startError && <ErrorAlert error={bulk.startError} title={t('skp.massal.gagalMulai')} />}
      {bulk.tracked && <JobCard key={bulk.tracked.jobId} tracked={bulk.tracked} onDismiss={bulk.dismiss} />}
    </Stack>
  );
}
