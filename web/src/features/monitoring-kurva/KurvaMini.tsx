/**
 * A small curve for one table row (SVG, no chart library): the allowed range per predikat as grey
 * bars and the realised counts as a line with dots — red where a count lies outside its range.
 * Drawn best → worst, left → right, as on the official form.
 */
import { PREDIKATS, type Predikat, type Rentang } from '../../../../src/domain/rules-engine.ts';

const W = 120;
const H = 36;

export function KurvaMini({
  jumlah,
  rentang,
  label,
}: {
  jumlah: Record<Predikat, number>;
  rentang: Record<Predikat, Rentang> | null;
  label: string;
}) {
  const max = Math.max(1, ...PREDIKATS.map((p) => Math.max(jumlah[p], rentang?.[p].max ?? 0)));
  const step = W / PREDIKATS.length;
  const x = (i: number) => step * i + step / 2;
  const y = (v: number) => H - 3 - (v / max) * (H - 6);
  const points = PREDIKATS.map((p, i) => `${x(i)},${y(jumlah[p])}`).join(' ');
  return (
    <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} style={{ display: 'block' }}>
      {rentang &&
        PREDIKATS.map((p, i) => (
          <rect
            key={p}
            x={x(i) - step / 3}
            width={(step * 2) / 3}
            y={y(rentang[p].max)}
            height={Math.max(1.5, y(rentang[p].min) - y(rentang[p].max))}
            fill="rgba(34, 139, 230, 0.25)"
            stroke="rgba(34, 139, 230, 0.8)"
            strokeWidth={0.5}
          />
        ))}
      <polyline points={points} fill="none" stroke="#495057" strokeWidth={1.5} />
      {PREDIKATS.map((p, i) => {
        const out = rentang && (jumlah[p] < rentang[p].min || jumlah[p] > rentang[p].max);
        return <circle key={p} cx={x(i)} cy={y(jumlah[p])} r={2.5} fill={out ? '#c92a2a' : '#495057'} />;
      })}
    </svg>
  );
}
