/** Every keberatan of the agency for its administrators and the auditor (read only). */
import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page.tsx';
import { DaftarKeberatan } from './DaftarKeberatan.tsx';

export default function KeberatanInstansiPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('keberatan.instansiTitle')} subtitle={t('keberatan.instansiSubtitle')}>
      <DaftarKeberatan lingkup="instansi" />
    </Page>
  );
}
