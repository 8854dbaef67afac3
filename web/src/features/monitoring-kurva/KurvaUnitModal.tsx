/** The drill-down: one unit penilaian's curve (the kalkulator chart), its constraints in words and its violations. */
import { Alert, Badge, Group, List, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PREDIKAT_LABEL, PREDIKATS } from '../../../../src/domain/rules-engine.ts';
import { useInstansiId } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatNumber } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { DistribusiChart } from '../kalkulator/DistribusiChart.tsx';
import { useTeks } from '../kalkulator/shared.tsx';
import { getKurvaUnit } from './api.ts';

export function KurvaUnitModal({
  unitId,
  tahun,
  periode,
  onClose,
}: {
  unitId: string | null;
  tahun: number;
  periode: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const tx = useTeks();
  const iid = useInstansiId();
  const q = useQuery({
    queryKey: ['instansi', iid, 'monitoring-kurva-unit', unitId, tahun, periode],
    queryFn: ({ signal }) => getKurvaUnit(iid, unitId as string, tahun, periode, signal),
    enabled: unitId !== null,
  });
  const k = q.data?.kurva;
  return (
    <Modal opened={unitId !== null} onClose={onClose} size="xl" title={k ? k.unit.nama : t('monitoringKurva.unit')}>
      {q.isPending ? (
        <Loading />
      ) : q.isError ? (
        <ErrorAlert error={q.error} />
      ) : k ? (
        <Stack gap="sm">
          <Group gap="xs" wrap="wrap">
            <Badge variant="light">
              {t('monitoringKurva.predikatOrganisasi')}:{' '}
              {k.predikatOrganisasi
                ? t(`monitoringKurva.org.${k.predikatOrganisasi}`)
                : t('monitoringKurva.belumDitetapkan')}
            </Badge>
            <Text size="sm">
              {t('monitoringKurva.dinilaiDari', { dinilai: formatNumber(k.dinilai), n: formatNumber(k.n) })}
            </Text>
          </Group>
          {k.rentang ? (
            <DistribusiChart
              rentang={k.rentang}
              usulan={k.jumlah}
              title={t('monitoringKurva.kurvaUnit', { unit: k.unit.nama })}
            />
          ) : (
            <Alert color="gray" variant="light">
              {t('monitoringKurva.tanpaPredikatOrganisasi')}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
            {PREDIKATS.map((p) => (
              <Text key={p} size="sm">
                {tx(PREDIKAT_LABEL[p])}: <b>{formatNumber(k.jumlah[p])}</b>
                {k.rentang
                  ? ` (${t('monitoringKurva.diizinkan', { min: k.rentang[p].min, max: k.rentang[p].max })})`
                  : ''}
              </Text>
            ))}
          </SimpleGrid>
          {k.pelanggaran.length > 0 && (
            <Alert color="red" variant="light" title={t('monitoringKurva.pelanggaran')}>
              <List size="sm">
                {k.pelanggaran.map((v) => (
                  <List.Item key={v.message.id}>{tx(v.message)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          {q.data.batasan.length > 0 && (
            <div>
              <Text fw={600} size="sm">
                {t('monitoringKurva.aturan', { n: k.n })}
              </Text>
              <List size="sm">
                {q.data.batasan.map((b) => (
                  <List.Item key={`${b.aturan}${b.jenis}`}>
                    {tx(b.teks)} — {b.jenis === 'MIN' ? t('monitoringKurva.min') : t('monitoringKurva.maks')}{' '}
                    {formatNumber(b.jumlah)}
                  </List.Item>
                ))}
              </List>
            </div>
          )}
        </Stack>
      ) : null}
    </Modal>
  );
}
