/**
 * 360° input on the SKP detail page (only when the agency turned it on, or a request exists): the
 * requests with whom they asked — never who answered — and, once allowed, the aggregate per value
 * (mean, distribution, n) and the comments in a random order. The employee and the appraiser ask here.
 */
import { Badge, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate } from '../../components/format.ts';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { currentLanguage } from '../../i18n/index.ts';
import {
  type Calon,
  type Hubungan,
  type Nilai,
  type Permintaan,
  useCalon,
  useMasukan360Mutations,
  usePermintaan,
} from './api.ts';

function HasilView({ p, nilai }: { p: Permintaan; nilai: Nilai[] }) {
  const { t } = useTranslation();
  const lang = currentLanguage() === 'en' ? 'en' : 'id';
  if (!p.hasil)
    return (
      <Text size="sm" c="dimmed">
        {p.status === 'DITUTUP'
          ? t('masukan360.belumCukupDitutup', { n: p.minimumJawaban })
          : t('masukan360.belumTampil', { n: p.minimumJawaban })}
      </Text>
    );
  return (
    <Stack gap="xs">
      <Text size="sm">{t('masukan360.jumlahJawaban', { n: p.hasil.n })}</Text>
      <ScrollTable minWidth={360} label={t('masukan360.hasilLabel')}>
        <Table striped fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('masukan360.nilai')}</Table.Th>
              <Table.Th>{t('masukan360.rataRata')}</Table.Th>
              <Table.Th>{t('masukan360.sebaran')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {p.hasil.nilai.map((v) => (
              <Table.Tr key={v.kode}>
                <Table.Td>{nilai.find((n) => n.kode === v.kode)?.nama[lang] ?? v.kode}</Table.Td>
                <Table.Td>{v.rataRata ?? '–'}</Table.Td>
                <Table.Td>
                  <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
                    {v.sebaran.map((c, i) => `${i + 1}: ${c}`).join(' · ')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {p.hasil.komentar.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('masukan360.komentar')}
          </Text>
          {p.hasil.komentar.map((k, i) => (
            // Comments come shuffled and have no ids: their position is the only key there is.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              “{k}”
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function MintaForm({
  instansiId,
  skpId,
  minimum,
  onDone,
}: {
  instansiId: string;
  skpId: string;
  minimum: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [dipilih, setDipilih] = useState<Array<Calon & { hubungan: Hubungan }>>([]);
  const [periodeKode, setPeriodeKode] = useState<string | null>(null);
  const [batas, setBatas] = useState('');
  const calon = useCalon(q);
  const { minta } = useMasukan360Mutations(instansiId, skpId);
  return (
    <Card withBorder radius="md" p="sm">
      <Stack gap="xs">
        <TextInput
          label={t('masukan360.cari')}
          description={t('masukan360.cariHint', { n: minimum })}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        {(calon.data ?? [])
          .filter((c) => !dipilih.some((d) => d.id === c.id))
          .map((c) => (
            <Group key={c.id} justify="space-between" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Text size="sm">{c.nama}</Text>
                <Text size="xs" c="dimmed">
                  {[c.jabatanNama, c.unitNama].filter(Boolean).join(' · ')}
                </Text>
              </div>
              <Button
                size="xs"
                variant="light"
                onClick={() => setDipilih([...dipilih, { ...c, hubungan: 'PEER' }])}
                aria-label={t('masukan360.tambahNamed', { nama: c.nama })}
              >
                {t('masukan360.tambah')}
              </Button>
            </Group>
          ))}
        {dipilih.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('masukan360.dipilih', { n: dipilih.length })}
            </Text>
            {dipilih.map((d) => (
              <Group key={d.id} justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" style={{ minWidth: 0 }}>
                  {d.nama}
                </Text>
                <Group gap={4} wrap="nowrap">
                  <Select
                    size="xs"
                    w={130}
                    aria-label={t('masukan360.hubunganNamed', { nama: d.nama })}
                    data={(['PEER', 'BAWAHAN', 'LAINNYA'] as const).map((h) => ({
                      value: h,
                      label: t(`masukan360.hubungan.${h}`),
                    }))}
                    value={d.hubungan}
                    allowDeselect={false}
                    onChange={(v) =>
                      setDipilih(
                        dipilih.map((x) => (x.id === d.id ? { ...x, hubungan: (v ?? 'PEER') as Hubungan } : x)),
                      )
                    }
                  />
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() => setDipilih(dipilih.filter((x) => x.id !== d.id))}
                    aria-label={t('masukan360.hapusNamed', { nama: d.nama })}
                  >
                    ×
                  </Button>
                </Group>
              </Group>
            ))}
          </Stack>
        )}
        <Group grow>
          <Select
            label={t('masukan360.periode')}
            clearable
            data={['TW1', 'TW2', 'TW3', 'TW4', 'AKHIR']}
            value={periodeKode}
            onChange={setPeriodeKode}
          />
          <TextInput
            label={t('masukan360.batas')}
            type="date"
            value={batas}
            onChange={(e) => setBatas(e.currentTarget.value)}
          />
        </Group>
        {!!minta.error && <ErrorAlert error={minta.error} />}
        <Group justify="flex-end">
          <Button
            loading={minta.isPending}
            disabled={dipilih.length < minimum}
            onClick={async () => {
              try {
                await minta.mutateAsync({
                  periodeKode,
                  batas: batas || null,
                  responden: dipilih.map((d) => ({ pegawaiId: d.id, hubungan: d.hubungan })),
                });
                onDone();
              } catch {
                // shown above; the choice stays
              }
            }}
          >
            {t('masukan360.kirimPermintaan')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

export function Masukan360Section({ instansiId, skpId }: { instansiId: string; skpId: string }) {
  const { t } = useTranslation();
  const q = usePermintaan(instansiId, skpId);
  const { tutup } = useMasukan360Mutations(instansiId, skpId);
  const [form, setForm] = useState(false);
  // Not allowed to see it (403) or not on and never used: the section stays away.
  if (!q.data || (!q.data.aktif && q.data.permintaan.length === 0)) return null;
  const bolehMinta = q.data.aksi.includes('MINTA_MASUKAN_360');
  return (
    <Stack gap="sm" component="section" aria-labelledby="masukan360-title">
      <Group justify="space-between">
        <Title order={2} fz="h4" id="masukan360-title">
          {t('masukan360.title')}
        </Title>
        {bolehMinta && !form && (
          <Button size="xs" variant="light" onClick={() => setForm(true)}>
            {t('masukan360.minta')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('masukan360.hint', { n: q.data.minimumJawaban })}
      </Text>
      {form && (
        <MintaForm
          instansiId={instansiId}
          skpId={skpId}
          minimum={q.data.minimumJawaban}
          onDone={() => setForm(false)}
        />
      )}
      {q.data.permintaan.map((p) => (
        <Card
          key={p.id}
          component="article"
          withBorder
          radius="md"
          p="sm"
          aria-label={t('masukan360.permintaanDari', { nama: p.dimintaOlehNama })}
        >
          <Stack gap="xs">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Group gap={6}>
                <Badge color={p.status === 'TERBUKA' ? 'blue' : 'gray'}>{t(`masukan360.status.${p.status}`)}</Badge>
                {p.periodeKode && <Badge variant="outline">{p.periodeKode}</Badge>}
              </Group>
              <Text size="xs" c="dimmed">
                {t('masukan360.diminta', { nama: p.dimintaOlehNama, tanggal: formatDate(p.createdAt) })}
                {p.batas ? ` · ${t('masukan360.batasSampai', { tanggal: formatDate(p.batas) })}` : ''}
              </Text>
            </Group>
            <Text size="sm">
              {t('masukan360.respondenN', { n: p.responden.length })}: {p.responden.map((r) => r.nama).join(', ')}
            </Text>
            <HasilView p={p} nilai={q.data.nilai} />
            {p.status === 'TERBUKA' && bolehMinta && (
              <Group justify="flex-end">
                <Button size="xs" variant="default" loading={tutup.isPending} onClick={() => tutup.mutate(p.id)}>
                  {t('masukan360.tutup')}
                </Button>
              </Group>
            )}
            {!!tutup.error && <ErrorAlert error={tutup.error} />}
          </Stack>
        </Card>
      ))}
      {q.data.permintaan.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('masukan360.kosong')}
        </Text>
      )}
    </Stack>
  );
}
