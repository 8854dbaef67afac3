/**
 * One SKP × period: the entry state at the top, then each RHK with its IKI (target, progress,
 * realisasi), evidence and feedback slots, rencana aksi and the period's daily entries. Used by the
 * employee ("Kinerja Saya") and by whoever else may read the SKP (the appraiser reopens from here).
 * What is offered follows `aksi` from the server, so the UI never offers what the API refuses.
 */
import { Alert, Badge, Button, Card, Divider, Group, List, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconLockOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useInstansiId } from '../../../auth/session.tsx';
import { formatDate } from '../../../components/format.ts';
import { type Pelaksanaan, useSimpanRealisasi } from '../api.ts';
import { BukaPengisianModal } from './BukaPengisianModal.tsx';
import { IkiRealisasi } from './IkiRealisasi.tsx';
import { KelolaBukti, UmpanBalikDiTempat } from './Panels.tsx';
import { RencanaAksiPanel } from './RencanaAksiPanel.tsx';
import { BuktiList, UmpanBalikRingkasan } from './Slots.tsx';

export function StatusPengisianAlert({ data }: { data: Pelaksanaan }) {
  const { t } = useTranslation();
  const p = data.pengisian;
  const [opened, { open, close }] = useDisclosure(false);
  const bisaBuka =
    data.aksi.includes('BUKA_PENGISIAN') && (p.alasan === 'LEWAT_BATAS' || p.alasan === 'DIBUKA_KEMBALI');
  return (
    <Alert
      color={p.terbuka ? 'teal' : 'gray'}
      title={t(`pelaksanaan.status.${p.alasan}`, { batas: formatDate(p.batas) })}
    >
      {data.dibukaAlasan && p.alasan === 'DIBUKA_KEMBALI' && (
        <Text size="sm">{t('pelaksanaan.alasanBuka', { alasan: data.dibukaAlasan })}</Text>
      )}
      {bisaBuka && (
        <>
          <Button mt="xs" size="sm" variant="white" leftSection={<IconLockOpen size={16} aria-hidden />} onClick={open}>
            {t('pelaksanaan.buka.button')}
          </Button>
          <BukaPengisianModal skpId={data.skp.id} periode={data.periode.kode} opened={opened} onClose={close} />
        </>
      )}
    </Alert>
  );
}

function RhkCard({ data, rhk }: { data: Pelaksanaan; rhk: Pelaksanaan['rhk'][number] }) {
  const { t } = useTranslation();
  const iid = useInstansiId();
  const simpan = useSimpanRealisasi(data.skp.id, data.periode.kode);
  const owner = data.aksi.includes('ISI_REALISASI');
  const terbuka = owner && data.pengisian.terbuka;
  const bisaRencana = owner && (data.pengisian.terbuka || data.pengisian.alasan === 'BELUM_MULAI');
  const feedback = data.umpanBalik.filter((u) => u.rhkId === rhk.id);
  const headingId = `rhk-${rhk.id}`;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={2} fz="md" id={headingId} style={{ overflowWrap: 'anywhere' }}>
            {rhk.teks}
          </Title>
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {t(`skp.jenisRhk.${rhk.jenis}`, rhk.jenis)}
          </Badge>
        </Group>
        <UmpanBalikRingkasan items={feedback.filter((u) => !u.ikiId)} />
        <UmpanBalikDiTempat
          instansiId={iid}
          skpId={data.skp.id}
          rhkId={rhk.id}
          periodeKode={data.periode.kode}
          label={rhk.teks}
          bolehTulis={data.aksi.includes('TULIS_UMPAN_BALIK')}
        />
        {rhk.iki.map((k) => (
          <Stack key={k.id} gap="xs">
            <Divider />
            <IkiRealisasi
              key={`${k.id}-${k.realisasi?.version ?? 0}`}
              iki={k}
              terbuka={terbuka}
              drafCatatan={rhk.drafCatatan}
              saving={simpan.isPending && simpan.variables?.ikiId === k.id}
              error={simpan.variables?.ikiId === k.id ? simpan.error : null}
              onSave={(v) => simpan.mutate({ ikiId: k.id, ...v })}
            />
            <Text size="sm" fw={600}>
              {t('pelaksanaan.bukti.title')}
            </Text>
            {terbuka ? (
              <KelolaBukti instansiId={iid} skpId={data.skp.id} ikiId={k.id} periodeKode={data.periode.kode}>
                <BuktiList instansiId={iid} bukti={k.bukti} />
              </KelolaBukti>
            ) : (
              <BuktiList instansiId={iid} bukti={k.bukti} />
            )}
            <UmpanBalikRingkasan items={feedback.filter((u) => u.ikiId === k.id)} />
          </Stack>
        ))}
        <Divider />
        <Text size="sm" fw={600}>
          {t('pelaksanaan.rencana.title')}
        </Text>
        <RencanaAksiPanel
          skpId={data.skp.id}
          rhkId={rhk.id}
          periode={data.periode.kode}
          items={rhk.rencanaAksi}
          bisaUbah={bisaRencana}
        />
        <Text size="sm" fw={600}>
          {t('pelaksanaan.harian.title')}
        </Text>
        {rhk.progresHarian.length ? (
          <List size="sm" spacing={2}>
            {rhk.progresHarian.map((p) => (
              <List.Item key={p.id}>
                <Text span size="sm" c="dimmed">
                  {formatDate(p.tanggal)}:{' '}
                </Text>
                {p.teks}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm" c="dimmed">
            {t('pelaksanaan.harian.empty')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

export function PelaksanaanView({ data }: { data: Pelaksanaan }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <StatusPengisianAlert data={data} />
      {data.rencanaAksiWajib && (
        <Text size="sm" c="dimmed">
          {t('pelaksanaan.rencana.wajib')}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('pelaksanaan.progresInfo')}
      </Text>
      {data.rhk.map((r) => (
        <RhkCard key={r.id} data={data} rhk={r} />
      ))}
    </Stack>
  );
}
