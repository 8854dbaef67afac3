/** ID / EN switch; the choice is kept in localStorage and the API answers in the same language. */
import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language, switchLanguage } from '../i18n/index.ts';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('common.language')}
      value={currentLanguage()}
      onChange={(lng) => {
        void switchLanguage(lng as Language).then(() => qc.invalidateQueries());
      }}
      data={[
        { value: 'id', label: <span title={t('lang.id')}>{t('lang.short_id')}</span> },
        { value: 'en', label: <span title={t('lang.en')}>{t('lang.short_en')}</span> },
      ]}
    />
  );
}
