/** Small helpers shared by the calculators: bilingual domain texts, numbers, citations, colours. */
import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Predikat, Sumber, Teks } from '../../../../src/domain/rules-engine.ts';

/** Returns a picker of the UI language's side of a domain `{ id, en }` text (re-renders on switch). */
export function useTeks(): (teks: Teks) => string {
  const { i18n } = useTranslation();
  const en = i18n.language?.startsWith('en');
  return (teks) => (en ? teks.en : teks.id);
}

/** Formats a number in the UI language (decimal comma in Indonesian). */
export function useNumber(): (value: number, fractionDigits?: number) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language?.startsWith('en') ? 'en-US' : 'id-ID';
  return (value, fractionDigits = 3) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}

/** Mantine colour per predikat, best to worst. */
export const PREDIKAT_COLOR: Record<Predikat, string> = {
  SANGAT_BAIK: 'green',
  BAIK: 'teal',
  BUTUH_PERBAIKAN: 'yellow',
  KURANG: 'orange',
  SANGAT_KURANG: 'red',
};

/** The regulation and article behind a result. */
export function SumberList({ sumber }: { sumber: readonly Sumber[] }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text size="xs" fw={600} c="dimmed">
        {t('kalkulator.sumber')}
      </Text>
      <List size="xs" c="dimmed" spacing={2}>
        {sumber.map((s) => (
          <List.Item key={`${s.regulation}|${s.article}`}>
            {s.url ? (
              <Anchor href={s.url} target="_blank" rel="noreferrer" size="xs">
                {s.regulation}
              </Anchor>
            ) : (
              s.regulation
            )}
            {`, ${s.article}`}
            {s.confidence && s.confidence !== 'CONFIRMED' ? ` (${s.confidence})` : ''}
          </List.Item>
        ))}
      </List>
    </div>
  );
}

/** Lets a label such as "Kurang/Misconduct" wrap after the slash in narrow cells. */
export function breakable(text: string): string {
  return text.replaceAll('/', '/\u200b');
}
