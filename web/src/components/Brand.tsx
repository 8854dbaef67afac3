/** The Kinerja logo mark and name, with the instansi underneath when known. */
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Logo({ size = 30 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--mantine-primary-color-filled)" />
      <path
        d="M8 22l5-6 4 3 7-9"
        stroke="#fff"
        strokeWidth="3"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function Brand({ subtitle }: { subtitle?: string | null }) {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap" style={{ minWidth: 0 }}>
      <Logo />
      <div style={{ minWidth: 0, lineHeight: 1.1 }}>
        <Text fw={700} size="lg" lh={1.1}>
          {t('appName')}
        </Text>
        {subtitle && (
          <Text size="xs" c="dimmed" truncate="end" maw={260} visibleFrom="sm">
            {subtitle}
          </Text>
        )}
      </div>
    </Group>
  );
}
