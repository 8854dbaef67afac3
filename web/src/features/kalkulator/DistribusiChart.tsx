/** The allowed range per predikat (floating bars) beside the proposed counts (line), with chart.js. */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { Chart } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import { PREDIKAT_LABEL, PREDIKATS, type Predikat, type Rentang } from '../../../../src/domain/rules-engine.ts';
import { useTeks } from './shared.tsx';

ChartJS.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Tooltip,
  Legend,
);

export function DistribusiChart({
  rentang,
  usulan,
  title,
}: {
  rentang: Record<Predikat, Rentang>;
  usulan: Record<Predikat, number> | null;
  title: string;
}) {
  const { t } = useTranslation();
  const tx = useTeks();
  const labels = PREDIKATS.map((p) => tx(PREDIKAT_LABEL[p]));
  // A zero-width range still shows as a thin bar so "0 only" is visible.
  const bars = PREDIKATS.map((p) => [rentang[p].min, Math.max(rentang[p].max, rentang[p].min + 0.05)]);
  return (
    <div style={{ position: 'relative', width: '100%', height: 260 }}>
      <Chart
        type="bar"
        role="img"
        aria-label={title}
        data={{
          labels,
          datasets: [
            {
              type: 'bar' as const,
              label: t('kalkulator.distribusi.chartRange'),
              data: bars as unknown as number[],
              backgroundColor: 'rgba(34, 139, 230, 0.25)',
              borderColor: 'rgba(34, 139, 230, 0.9)',
              borderWidth: 1,
              borderSkipped: false,
              order: 2,
            },
            ...(usulan
              ? [
                  {
                    type: 'line' as const,
                    label: t('kalkulator.distribusi.chartProposed'),
                    data: PREDIKATS.map((p) => usulan[p]),
                    borderColor: 'rgb(224, 49, 49)',
                    backgroundColor: 'rgb(224, 49, 49)',
                    pointRadius: 4,
                    cubicInterpolationMode: 'monotone' as const,
                    order: 1,
                  },
                ]
              : []),
          ],
        }}
        options={{
          maintainAspectRatio: false,
          animation: false,
          scales: {
            y: {
              beginAtZero: true,
              ticks: { precision: 0 },
              title: { display: true, text: t('kalkulator.distribusi.chartAxis') },
            },
            x: { ticks: { autoSkip: false, maxRotation: 45, font: { size: 11 } } },
          },
          plugins: {
            legend: { position: 'bottom' },
            tooltip: {
              callbacks: {
                label: (ctx) => {
                  const raw = ctx.raw as number | [number, number];
                  if (Array.isArray(raw)) {
                    const r = rentang[PREDIKATS[ctx.dataIndex]];
                    return `${ctx.dataset.label}: ${r.min}–${r.max}`;
                  }
                  return `${ctx.dataset.label}: ${raw}`;
                },
              },
            },
          },
        }}
      />
    </div>
  );
}
