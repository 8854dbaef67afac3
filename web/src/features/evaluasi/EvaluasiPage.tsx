/**
 * The evaluation form (/evaluasi/:skpId/:periode), one page for every role: the appraiser marks each
 * RHK against its IKI targets, realisasi, evidence and feedback threads, writes feedback per
 * BerAKHLAK value, chooses both ratings (the proposal and the quadrant preview beside them) and
 * sets the evaluation; the employee sees it once set and confirms receipt; an admin records a hand
 * delivery; the appraiser corrects a set one with a reason. Only what the API's `aksi` allows is
 * offered. Usable at 360 px: everything stacks.
 */
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useInstansiId, useSession } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatDate, formatDateTime, todayIso } from '../../components/format.ts';
import { Loading } from '../../components/Loading.tsx';
import { Page } from '../../components/Page.tsx';
import { DokumenEvaluasiLinks } from '../dokumen-evaluasi/DokumenEvaluasiLinks.tsx';
import {
  type EvaluasiForm,
  type IsiPenilaian,
  kuadran,
  useEvaluasiForm,
  useKoreksiPenilaian,
  useSimpanPenilaian,
  useTerimaPenilaian,
  useTetapkanPenilaian,
} from './api.ts';
import { Masukan360Ringkas, RatingPilihan, RhkCard } from './FormParts.tsx';
import { PredikatBadge, StatusBadge, useTeks } from './parts.tsx';

const isiAwal = (f: EvaluasiForm): IsiPenilaian => ({
  penilaianRhk: Object.fromEntries(
    f.rhk.map((r) => [
      r.id,
      {
        penilaian: f.evaluasi.penilaianRhk[r.id]?.penilaian ?? null,
        umpanBalik: f.evaluasi.penilaianRhk[r.id]?.umpanBalik ?? '',
      },
    ]),
  ),
  umpanBalikPerilaku: Object.fromEntries(
    f.perilaku.map((p) => [p.kode, { umpanBalik: f.evaluasi.umpanBalikPerilaku[p.kode]?.umpanBalik ?? '' }]),
  ),
  ratingHasilKerja: f.evaluasi.ratingHasilKerja,
  ratingPerilaku: f.evaluasi.ratingPerilaku,
  catatan: f.evaluasi.catatan,
});

export default function EvaluasiPage() {
  const { skpId = '', periode = '' } = useParams();
  const { t } = useTranslation();
  const teks = useTeks();
  const { me } = useSession();
  const iid = useInstansiId();
  const q = useEvaluasiForm(skpId, periode);
  const simpan = useSimpanPenilaian(skpId, periode);
  const tetapkan = useTetapkanPenilaian(skpId, periode);
  const terima = useTerimaPenilaian(skpId, periode);
  const koreksi = useKoreksiPenilaian(skpId, periode);
  const [isi, setIsi] = useState<IsiPenilaian | null>(null);
  const [konfirmasi, setKonfirmasi] = useState(false);
  const [modeKoreksi, setModeKoreksi] = useState(false);
  const [alasan, setAlasan] = useState('');
  const [tanggal, setTanggal] = useState(todayIso());
  const version = q.data?.evaluasi.version;
  // Reload the form from the server whenever it saved a new version.
  useEffect(() => {
    if (q.data) setIsi(isiAwal(q.data));
  }, [q.data]);
  if (q.isPending || (q.data && !isi)) return <Loading />;
  if (q.error) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const f = q.data;
  const cur = isi as IsiPenilaian;
  const aksi = new Set(f.aksi);
  const edit = aksi.has('SIMPAN') || modeKoreksi;
  const pemilik = me.pegawai?.id === f.skp.pegawai.id;
  const hk = f.ratingPimpinan?.rating ?? cur.ratingHasilKerja;
  const pratinjau = kuadran(hk, cur.ratingPerilaku);
  const mutErr = simpan.error ?? tetapkan.error ?? terima.error ?? koreksi.error;
  const e = f.evaluasi;
  const ok = (msg: string) => notifications.show({ color: 'green', message: msg });
  return (
    <Page
      title={t('evaluasi.formTitle', { periode: teks(e.periodeLabel) })}
      subtitle={t('evaluasi.periodeForm', { label: e.labelFormulir })}
      breadcrumb={
        <Anchor
          component={Link}
          to={pemilik ? '/evaluasi-saya' : `/penilaian?tahun=${e.tahun}&periode=${e.periodeKode}`}
          size="sm"
        >
          {pemilik ? t('evaluasi.nav.saya') : t('evaluasi.nav.penilaian')}
        </Anchor>
      }
    >
      <Card withBorder p="sm">
        <Stack gap={4}>
          <Group gap="xs">
            <StatusBadge status={e.status} />
            {e.versi > 1 && <Badge variant="outline">{t('evaluasi.versi', { n: e.versi })}</Badge>}
            <PredikatBadge predikat={e.status === 'DRAFT' ? null : e.predikat} />
          </Group>
          <Text size="sm">
            {t('evaluasi.pegawai')}: <b>{f.skp.pegawai.nama}</b> ({f.skp.pegawai.nip}) · {f.skp.jabatanNama}
          </Text>
          <Text size="sm">
            {t('evaluasi.penilai')}: {f.skp.penilaiNama ?? '-'}
          </Text>
          <Text size="sm">
            {t('evaluasi.unitPenilaian')}: {f.unitPenilaian.nama} · {t('evaluasi.predikatOrganisasiUnit')}:{' '}
            {f.predikatOrganisasi ? teks(f.predikatOrganisasi.label) : t('evaluasi.belumDitetapkan')}
          </Text>
          {e.ditetapkanAt && (
            <Text size="xs" c="dimmed">
              {t('evaluasi.ditetapkanOleh', { nama: e.ditetapkanOlehNama, waktu: formatDateTime(e.ditetapkanAt) })}
            </Text>
          )}
          {e.diterimaAt && (
            <Text size="xs" c="dimmed">
              {t('evaluasi.diterimaPada', { waktu: formatDate(e.diterimaAt) })}
              {e.batasKeberatan && ` · ${t('evaluasi.batasKeberatan', { tanggal: formatDate(e.batasKeberatan) })}`}
            </Text>
          )}
          {e.id && <DokumenEvaluasiLinks evaluasiId={e.id} />}
        </Stack>
      </Card>
      {!e.isiTerlihat && <Alert color="blue">{t('evaluasi.drafTersembunyi')}</Alert>}
      {aksi.has('SIMPAN') && f.kalibrasi?.status !== 'FINAL' && e.id && (
        <Text size="xs" c="dimmed">
          {t('evaluasi.kalibrasiBelum')}
        </Text>
      )}
      {e.status === 'DRAFT' && f.kalibrasi?.status === 'FINAL' && !aksi.has('SIMPAN') && aksi.has('TETAPKAN') && (
        <Text size="xs" c="dimmed">
          {t('evaluasi.kalibrasiFinal')}
        </Text>
      )}
      <Title order={2} fz="h4">
        {t('evaluasi.hasilKerja')}
      </Title>
      {f.rhk.map((r) => (
        <RhkCard key={r.id} r={r} isi={cur} setIsi={setIsi} edit={edit} iid={iid} />
      ))}
      <Title order={2} fz="h4">
        {t('evaluasi.perilaku')}
      </Title>
      {f.perilaku.map((p) => (
        <Card key={p.kode} withBorder radius="md" p="sm" component="section" aria-label={teks(p.nama)}>
          <Text fw={600}>{teks(p.nama)}</Text>
          {p.ekspektasi && (
            <Text size="xs" c="dimmed">
              {t('evaluasi.ekspektasi', { teks: p.ekspektasi })}
            </Text>
          )}
          {p.umpanBalik.map((u) => (
            <Text key={u.id} size="xs">
              <b>{u.penulis}</b> ({formatDate(u.createdAt)}): {u.teks}
            </Text>
          ))}
          {edit ? (
            <Textarea
              label={t('evaluasi.umpanBalikPerilaku', { nilai: teks(p.nama) })}
              autosize
              minRows={1}
              maxLength={4000}
              value={cur.umpanBalikPerilaku[p.kode]?.umpanBalik ?? ''}
              onChange={(ev) =>
                setIsi({
                  ...cur,
                  umpanBalikPerilaku: { ...cur.umpanBalikPerilaku, [p.kode]: { umpanBalik: ev.currentTarget.value } },
                })
              }
            />
          ) : (
            cur.umpanBalikPerilaku[p.kode]?.umpanBalik && (
              <Text size="sm">{cur.umpanBalikPerilaku[p.kode]?.umpanBalik}</Text>
            )
          )}
        </Card>
      ))}
      <Masukan360Ringkas iid={iid} skpId={f.skp.id} periode={periode} />
      <Card withBorder p="sm">
        <Stack gap="sm">
          {e.isiTerlihat && (
            <Alert color="gray" title={t('evaluasi.usulan')}>
              {teks(f.usulan.explanation)}
            </Alert>
          )}
          {f.ratingPimpinan && (
            <Alert color="gray" title={t('evaluasi.ratingPimpinan')}>
              {teks(f.ratingPimpinan.explanation)}
            </Alert>
          )}
          <RatingPilihan
            id="rating-hk"
            label={t('evaluasi.ratingHasilKerja')}
            value={hk}
            disabled={!edit || !!f.ratingPimpinan || f.pimpinanUnit}
            onChange={(v) => setIsi({ ...cur, ratingHasilKerja: v })}
          />
          <RatingPilihan
            id="rating-rp"
            label={t('evaluasi.ratingPerilaku')}
            value={cur.ratingPerilaku}
            disabled={!edit}
            onChange={(v) => setIsi({ ...cur, ratingPerilaku: v })}
          />
          {pratinjau && (
            <Text fw={600} aria-live="polite">
              {t('evaluasi.pratinjau', { predikat: t(`evaluasi.predikat.${pratinjau}`) })}
            </Text>
          )}
          {f.hasilPredikat && !edit && (
            <Text size="sm">
              {t('evaluasi.predikatHasil')}: <b>{teks(f.hasilPredikat.label)}</b> — {teks(f.hasilPredikat.explanation)}
            </Text>
          )}
          {edit ? (
            <Textarea
              label={t('evaluasi.catatan')}
              autosize
              minRows={1}
              maxLength={4000}
              value={cur.catatan ?? ''}
              onChange={(ev) => setIsi({ ...cur, catatan: ev.currentTarget.value })}
            />
          ) : (
            cur.catatan && <Text size="sm">{cur.catatan}</Text>
          )}
        </Stack>
      </Card>
      {f.riwayat.length > 0 && (
        <Card withBorder p="sm">
          <Text fw={600} mb="xs">
            {t('evaluasi.riwayat')}
          </Text>
          {f.riwayat.map((h) => (
            <Group key={h.periodeKode} gap="xs">
              <Text size="sm">{teks(h.periodeLabel)}</Text>
              <StatusBadge status={h.status} />
              <PredikatBadge predikat={h.predikat} />
            </Group>
          ))}
        </Card>
      )}
      {mutErr && <ErrorAlert error={mutErr} />}
      {modeKoreksi && (
        <Textarea
          label={t('evaluasi.alasanKoreksi')}
          description={t('evaluasi.alasanKoreksiHint')}
          required
          autosize
          minRows={2}
          maxLength={2000}
          value={alasan}
          onChange={(ev) => setAlasan(ev.currentTarget.value)}
        />
      )}
      <Group>
        {aksi.has('SIMPAN') && (
          <Button
            loading={simpan.isPending}
            onClick={() =>
              simpan.mutate(
                { ...cur, ratingHasilKerja: f.pimpinanUnit ? null : cur.ratingHasilKerja, version: version ?? 0 },
                { onSuccess: () => ok(t('evaluasi.tersimpan')) },
              )
            }
          >
            {t('evaluasi.simpan')}
          </Button>
        )}
        {aksi.has('TETAPKAN') &&
          (konfirmasi ? (
            <>
              <Text size="sm">{t('evaluasi.tetapkanKonfirmasi')}</Text>
              <Button
                color="green"
                loading={tetapkan.isPending}
                onClick={() =>
                  tetapkan.mutate(
                    { version: version ?? 0 },
                    {
                      onSuccess: () => ok(t('evaluasi.ditetapkan')),
                      onSettled: () => setKonfirmasi(false),
                    },
                  )
                }
              >
                {t('evaluasi.tetapkan')}
              </Button>
              <Button variant="default" onClick={() => setKonfirmasi(false)}>
                {t('common.cancel')}
              </Button>
            </>
          ) : (
            <Button color="green" variant="light" onClick={() => setKonfirmasi(true)}>
              {t('evaluasi.tetapkan')}
            </Button>
          ))}
        {aksi.has('TERIMA') &&
          (pemilik ? (
            <Button
              loading={terima.isPending}
              onClick={() =>
                terima.mutate(
                  { version: version ?? 0 },
                  {
                    onSuccess: (r) =>
                      ok(
                        t('evaluasi.diterima', {
                          tanggal: formatDate((r as { batasKeberatan?: string }).batasKeberatan),
                        }),
                      ),
                  },
                )
              }
            >
              {t('evaluasi.terima')}
            </Button>
          ) : (
            <Group align="flex-end">
              <TextInput
                type="date"
                label={t('evaluasi.tanggalPenyerahan')}
                value={tanggal}
                max={todayIso()}
                onChange={(ev) => setTanggal(ev.currentTarget.value)}
              />
              <Button
                loading={terima.isPending}
                onClick={() =>
                  terima.mutate(
                    { version: version ?? 0, tanggal },
                    {
                      onSuccess: (r) =>
                        ok(
                          t('evaluasi.diterima', {
                            tanggal: formatDate((r as { batasKeberatan?: string }).batasKeberatan),
                          }),
                        ),
                    },
                  )
                }
              >
                {t('evaluasi.catatPenerimaan')}
              </Button>
            </Group>
          ))}
        {e.id && pemilik && (aksi.has('AJUKAN_KEBERATAN') || e.status === 'KEBERATAN') && (
          // The filing page opens the case instead once an objection exists.
          <Button
            component={Link}
            to={`/keberatan/evaluasi/${e.id}`}
            variant={e.status === 'KEBERATAN' ? 'default' : 'light'}
          >
            {e.status === 'KEBERATAN' ? t('evaluasi.lihatKeberatan') : t('evaluasi.ajukanKeberatan')}
          </Button>
        )}
        {aksi.has('KOREKSI') &&
          (modeKoreksi ? (
            <>
              <Button
                loading={koreksi.isPending}
                disabled={alasan.trim().length < 10}
                onClick={() =>
                  koreksi.mutate(
                    { ...cur, version: version ?? 0, alasan },
                    {
                      onSuccess: () => {
                        ok(t('evaluasi.dikoreksi'));
                        setModeKoreksi(false);
                        setAlasan('');
                      },
                    },
                  )
                }
              >
                {t('evaluasi.kirimKoreksi')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setModeKoreksi(false);
                  setIsi(isiAwal(f));
                }}
              >
                {t('common.cancel')}
              </Button>
            </>
          ) : (
            <Button variant="default" onClick={() => setModeKoreksi(true)}>
              {t('evaluasi.koreksi')}
            </Button>
          ))}
      </Group>
    </Page>
  );
}
