/** The atasan's and the appraiser's keberatan inbox. */
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.tsx';
import { DaftarKeberatan } from './DaftarKeberatan.tsx';

export default function KotakMasukPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('keberatan.masukTitle')} subtitle={t('keberatan.masukSubtitle')}>
      <DaftarKeberatan lingkup="masuk" />
    </Page>
  );
}
