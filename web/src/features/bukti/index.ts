/** The evidence feature's public surface for other pages ("Kinerja Saya", Bawahan). */
export { BuktiIkiPanel, type BuktiIkiPanelProps } from './BuktiIkiPanel.tsx';
