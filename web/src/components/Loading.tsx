/** A centred loader with an accessible label. */
import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function Loading({ minHeight = 160 }: { minHeight?: number }) {
  const { t } = useTranslation();
  // The status region reads the hidden text; an aria-label on the loader's plain <span> is not
  // allowed (axe aria-prohibited-attr) and would not be read.
  return (
    <Center mih={minHeight} role="status" aria-live="polite">
      <Loader size="md" aria-hidden />
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
    </Center>
  );
}
