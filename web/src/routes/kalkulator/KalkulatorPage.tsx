/**
 * Kalkulator (public): the rule engine in the browser — pola distribusi, predikat quadrant, angka
 * kredit and talent box. Runs src/domain directly (no request leaves the page); the tab is in the URL.
 */
import { Card, Tabs } from '@mantine/core';
import { IconCalculator, IconChartBar, IconGridDots, IconLayoutGrid } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Page } from '../../components/Page.tsx';
import { AngkaKreditCalculator } from '../../features/kalkulator/AngkaKreditCalculator.tsx';
import { DistribusiCalculator } from '../../features/kalkulator/DistribusiCalculator.tsx';
import { PredikatCalculator } from '../../features/kalkulator/PredikatCalculator.tsx';
import { TalentaCalculator } from '../../features/kalkulator/TalentaCalculator.tsx';

const TABS = ['distribusi', 'predikat', 'angka-kredit', 'talenta'] as const;
type Tab = (typeof TABS)[number];

export default function KalkulatorPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab') as Tab | null;
  const tab: Tab = requested && TABS.includes(requested) ? requested : 'distribusi';

  return (
    <Page title={t('kalkulator.title')} subtitle={t('kalkulator.subtitle')}>
      <Card withBorder radius="md" padding={0}>
        <Tabs
          value={tab}
          onChange={(v) => setParams(v && v !== 'distribusi' ? { tab: v } : {}, { replace: true })}
          keepMounted={false}
        >
          <Tabs.List style={{ flexWrap: 'wrap' }}>
            <Tabs.Tab value="distribusi" leftSection={<IconChartBar size={16} />}>
              {t('kalkulator.tabs.distribusi')}
            </Tabs.Tab>
            <Tabs.Tab value="predikat" leftSection={<IconGridDots size={16} />}>
              {t('kalkulator.tabs.predikat')}
            </Tabs.Tab>
            <Tabs.Tab value="angka-kredit" leftSection={<IconCalculator size={16} />}>
              {t('kalkulator.tabs.angkaKredit')}
            </Tabs.Tab>
            <Tabs.Tab value="talenta" leftSection={<IconLayoutGrid size={16} />}>
              {t('kalkulator.tabs.talenta')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="distribusi" p={{ base: 'sm', sm: 'md' }}>
            <DistribusiCalculator />
          </Tabs.Panel>
          <Tabs.Panel value="predikat" p={{ base: 'sm', sm: 'md' }}>
            <PredikatCalculator />
          </Tabs.Panel>
          <Tabs.Panel value="angka-kredit" p={{ base: 'sm', sm: 'md' }}>
            <AngkaKreditCalculator />
          </Tabs.Panel>
          <Tabs.Panel value="talenta" p={{ base: 'sm', sm: 'md' }}>
            <TalentaCalculator />
          </Tabs.Panel>
        </Tabs>
      </Card>
    </Page>
  );
}
