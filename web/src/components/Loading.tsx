/** A centred loader with an accessible label. */
import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Loading({ minHeight = 160 }: { minHeight?: number }) {
  const { t } = useTranslation();
  return (
    <Center mih={minHeight} role="status" aria-live="polite">
      <Loader size="md" aria-label={t('common.loading')} />
    </Center>
  );
}
