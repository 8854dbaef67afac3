/**
 * The distribution curve as on the official form ("KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN
 * CAPAIAN KINERJA ORGANISASI …"): predikat on the x axis (Sangat Baik … Sangat Kurang), employees on
 * the y axis, the allowed range as a shaded band and the actual counts as a curve with points. Plain
 * SVG: no chart library needed for five points, and it draws in the first frame (the board's < 1 s).
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PREDIKAT_LABEL,
  PREDIKAT_ORGANISASI_LABEL,
  PREDIKATS,
  type Predikat,
  type PredikatOrganisasi,
  type Rentang,
} from '../../../../src/domain/rules-engine.ts';

const W = 640;
const H = 300;
const PAD = { l: 48, r: 16, t: 16, b: 64 };

export function judulKurva(org: string | null, lang: 'id' | 'en'): string {
  const label = org ? PREDIKAT_ORGANISASI_LABEL[org as PredikatOrganisasi] : null;
  return lang === 'en'
    ? `DISTRIBUTION CURVE OF EMPLOYEE PERFORMANCE RATINGS WITH ORGANISATIONAL PERFORMANCE ${(label?.en ?? '—').toUpperCase()}`
    : `KURVA DISTRIBUSI PREDIKAT KINERJA PEGAWAI DENGAN CAPAIAN KINERJA ORGANISASI ${(label?.id ?? '—').toUpperCase()}`;
}

export const KurvaDistribusi = memo(function KurvaDistribusi({
  org,
  jumlah,
  rentang,
}: {
  org: string | null;
  jumlah: Record<Predikat, number>;
  rentang: Record<Predikat, Rentang> | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language?.startsWith('en') ? 'en' : 'id';
  const yMax = Math.max(1, ...PREDIKATS.map((p) => Math.max(jumlah[p], rentang?.[p].max ?? 0)));
  const niceMax = Math.ceil(yMax / 5) * 5 || 5;
  const x = (i: number) => PAD.l + ((W - PAD.l - PAD.r) * (i + 0.5)) / PREDIKATS.length;
  const y = (v: number) => H - PAD.b - ((H - PAD.t - PAD.b) * v) / niceMax;
  const ticks = Array.from({ length: 6 }, (_, i) => Math.round((niceMax * i) / 5));
  const band = rentang
    ? [
        ...PREDIKATS.map((p, i) => `${x(i)},${y(rentang[p].max)}`),
        ...[...PREDIKATS].reverse().map((p, j) => `${x(PREDIKATS.length - 1 - j)},${y(rentang[p].min)}`),
      ].join(' ')
    : null;
  const line = PREDIKATS.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i)},${y(jumlah[p])}`).join(' ');
  const title = judulKurva(org, lang);
  const desc = PREDIKATS.map(
    (p) =>
      `${PREDIKAT_LABEL[p][lang]}: ${jumlah[p]}${rentang ? ` (${t('kalibrasi.kurva.batas')} ${rentang[p].min}–${rentang[p].max})` : ''}`,
  ).join('; ');
  return (
    <figure style={{ margin: 0 }}>
      <figcaption style={{ fontWeight: 700, fontSize: 13, textAlign: 'center', marginBottom: 4 }}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={`${title}. ${desc}`}
        data-testid="kurva-distribusi"
        style={{ maxWidth: W, display: 'block', margin: '0 auto' }}
      >
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(v)} y2={y(v)} stroke="#dee2e6" />
            <text x={PAD.l - 6} y={y(v) + 4} fontSize={11} textAnchor="end" fill="#495057">
              {v}
            </text>
          </g>
        ))}
        <text
          x={12}
          y={(H - PAD.b + PAD.t) / 2}
          fontSize={11}
          fill="#495057"
          transform={`rotate(-90 12 ${(H - PAD.b + PAD.t) / 2})`}
          textAnchor="middle"
        >
          {t('kalibrasi.kurva.sumbuY')}
        </text>
        {band && <polygon points={band} fill="rgba(34, 139, 230, 0.18)" stroke="rgba(34, 139, 230, 0.8)" />}
        <path d={line} fill="none" stroke="#c92a2a" strokeWidth={2.5} />
        {PREDIKATS.map((p, i) => {
          const out = rentang && (jumlah[p] < rentang[p].min || jumlah[p] > rentang[p].max);
          return (
            <g key={p}>
              <circle cx={x(i)} cy={y(jumlah[p])} r={5} fill={out ? '#c92a2a' : '#2b8a3e'} />
              <text x={x(i)} y={y(jumlah[p]) - 9} fontSize={12} textAnchor="middle" fontWeight={700} fill="#212529">
                {jumlah[p]}
              </text>
              <text x={x(i)} y={H - PAD.b + 18} fontSize={11} textAnchor="middle" fill="#212529">
                {PREDIKAT_LABEL[p][lang]}
              </text>
              {rentang && (
                <text x={x(i)} y={H - PAD.b + 34} fontSize={10} textAnchor="middle" fill="#1864ab">
                  {rentang[p].min}–{rentang[p].max}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <div style={{ display: 'flex', gap: 16, justifyContent: 'center', fontSize: 12 }}>
        <span>
          <span style={{ display: 'inline-block', width: 14, height: 10, background: 'rgba(34, 139, 230, 0.3)' }} />{' '}
          {t('kalibrasi.kurva.rentang')}
        </span>
        <span>
          <span
            style={{ display: 'inline-block', width: 14, height: 3, background: '#c92a2a', verticalAlign: 'middle' }}
          />{' '}
          {t('kalibrasi.kurva.aktual')}
        </span>
      </div>
    </figure>
  );
});
