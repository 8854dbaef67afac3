/** "Evaluasi saya" (/evaluasi-saya): the employee's evaluations of a year, each opening its form. */
import { Button, Card, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, todayIso } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { useEvaluasiSaya } from './api.ts';
import { PredikatBadge, StatusBadge, TAHUN_INI, useTeks } from './parts.tsx';

export default function EvaluasiSayaPage() {
  const { t } = useTranslation();
  const teks = useTeks();
  const [tahun, setTahun] = useState(TAHUN_INI);
  const q = useEvaluasiSaya(tahun);
  return (
    <Page title={t('evaluasi.sayaTitle')} subtitle={t('evaluasi.sayaSubtitle')}>
      <NumberInput
        label={t('evaluasi.tahun')}
        value={tahun}
        min={2000}
        max={2100}
        w={110}
        onChange={(v) => setTahun(Number(v) || TAHUN_INI)}
      />
      {q.isPending ? (
        <Loading />
      ) : q.error ? (
        <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.items.length === 0 ? (
        <Text c="dimmed">{t('evaluasi.tidakAdaEvaluasi')}</Text>
      ) : (
        <Stack gap="sm">
          {q.data.items.map((it) => (
            <Card key={it.id} withBorder radius="md" p="sm" component="article" aria-label={teks(it.periodeLabel)}>
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text fw={600}>{teks(it.periodeLabel)}</Text>
                  {it.batasKeberatan && it.status === 'DITERIMA' && (
                    <Text size="xs" c="dimmed">
                      {t('evaluasi.batasKeberatan', { tanggal: formatDate(it.batasKeberatan) })}
                    </Text>
                  )}
                </div>
                <Stack gap={4} align="flex-end">
                  <StatusBadge status={it.status} />
                  <PredikatBadge predikat={it.predikat} />
                </Stack>
              </Group>
              <Group justify="flex-end" mt="xs">
                {it.status === 'DITERIMA' && it.batasKeberatan && it.batasKeberatan >= todayIso() && (
                  <Button size="xs" variant="default" component={Link} to={`/keberatan/evaluasi/${it.id}`}>
                    {t('evaluasi.ajukanKeberatan')}
                  </Button>
                )}
                <Button size="xs" variant="light" component={Link} to={`/evaluasi/${it.skpId}/${it.periodeKode}`}>
                  {t('evaluasi.buka')}
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Page>
  );
}
