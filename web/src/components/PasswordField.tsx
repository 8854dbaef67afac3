/**
 * Mantine's PasswordInput with its show/hide toggle labelled in the UI language (Mantine's own
 * label is English) and reachable by keyboard; `aria-pressed` on the toggle says whether the
 * password is shown.
 */
import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      visibilityToggleFocusable
      {...props}
      visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword'), ...props.visibilityToggleButtonProps }}
    />
  );
}
