/**
 * ID / EN switch; the choice is kept in localStorage, the API answers in the same language, and a
 * logged-in person's account records it (emails follow it).
 */
import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { saveAccountLanguage } from '../api/auth.ts';
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
        void switchLanguage(lng as Language).then(() => {
          void saveAccountLanguage(qc, lng as Language);
          return qc.invalidateQueries();
        });
      }}
      data={[
        { value: 'id', label: <span title={t('lang.id')}>{t('lang.short_id')}</span> },
        { value: 'en', label: <span title={t('lang.en')}>{t('lang.short_en')}</span> },
      ]}
    />
  );
}
