/**
 * Impor & ekspor: download a template, upload a file (drag & drop), check it (dry run) or import
 * it as a background job with a progress bar, then read the row-level report or the summary.
 */
import { Alert, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconChecklist, IconFileImport, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { jobOutcome, useImportJob, useUpload } from '../../api/exchange.ts';
import type { ExchangeEntity, ImportResult } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { Page } from '../../components/Page.tsx';
import { DropZone } from './DropZone.tsx';
import { ExportPanel, TemplatePanel } from './ExportPanel.tsx';
import { ImportReport } from './ImportReport.tsx';
import { JobProgress } from './JobProgress.tsx';

export default function ImportPage() {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [jenis, setJenis] = useState<ExchangeEntity | null>(null);
  const [dryResult, setDryResult] = useState<ImportResult | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const upload = useUpload();
  const job = useImportJob(jobId);
  const { result: jobResult, failure } = jobOutcome(job.data);
  const running =
    upload.isPending || (!!jobId && (!job.data || job.data.status === 'QUEUED' || job.data.status === 'RUNNING'));

  const pick = (f: File) => {
    setFile(f);
    setDryResult(null);
    setJobId(null);
    upload.reset();
  };
  const send = (dryRun: boolean) => {
    if (!file) return;
    setDryResult(null);
    setJobId(null);
    upload.mutate(
      { file, dryRun, jenis: jenis ?? undefined },
      {
        onSuccess: (outcome) => {
          if (outcome.kind === 'result') setDryResult(outcome.result);
          else setJobId(outcome.jobId);
        },
      },
    );
  };
  const report = jobResult ?? dryResult;

  return (
    <Page title={t('impor.title')} subtitle={t('impor.subtitle')}>
      <TemplatePanel />
      <Card withBorder radius="md" padding="md">
        <Stack gap="sm">
          <Title order={2} fz="h4">
            {t('impor.upload.title')}
          </Title>
          <DropZone file={file} onFile={pick} disabled={running} />
          <Group align="flex-end" gap="sm">
            <Select
              label={t('impor.upload.jenis')}
              data={[
                { value: '', label: t('impor.upload.jenisAuto') },
                ...(['pegawai', 'jabatan', 'unor'] as const).map((e) => ({
                  value: e,
                  label: t(`impor.entities.${e}`),
                })),
              ]}
              value={jenis ?? ''}
              onChange={(v) => setJenis((v || null) as ExchangeEntity | null)}
              allowDeselect={false}
              style={{ flex: '1 1 14rem' }}
            />
            <Group gap="xs">
              <Button
                variant="default"
                leftSection={<IconChecklist size={16} aria-hidden />}
                disabled={!file || running}
                loading={upload.isPending && upload.variables?.dryRun}
                onClick={() => send(true)}
                title={t('impor.upload.checkHint')}
              >
                {t('impor.upload.check')}
              </Button>
              <Button
                leftSection={<IconFileImport size={16} aria-hidden />}
                disabled={!file || running}
                loading={upload.isPending && !upload.variables?.dryRun}
                onClick={() => send(false)}
              >
                {t('impor.upload.import')}
              </Button>
            </Group>
          </Group>
          <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} p="xs" role="note">
            <Text size="xs">{t('impor.upload.atomic')}</Text>
          </Alert>
        </Stack>
      </Card>
      {upload.isError && <ErrorAlert error={upload.error} />}
      {job.isError && <ErrorAlert error={job.error} />}
      {upload.isPending && <JobProgress checking={upload.variables?.dryRun} />}
      {jobId && running && !upload.isPending && <JobProgress job={job.data} />}
      {failure && (
        <ErrorAlert
          error={new Error(`${t('impor.report.jobFailed', { message: failure })} ${t('impor.report.jobAgain')}`)}
        />
      )}
      {report && !running && <ImportReport result={report} onImport={() => send(false)} importing={upload.isPending} />}
      <ExportPanel />
    </Page>
  );
}
