// The Alpha Vantage source: a market-data API with the person's own key. Its code loads
// when it is first asked for data (most people never pick it); what the page needs before
// that (id, cache key, label, capabilities) is declared here.
import { retriableImport } from '@/ui/primitives/retriable-import';
import { retriableLazy } from '@/ui/primitives/retriable-lazy';
import { defineSource } from '../data-source';
import { lazyAdapter } from '../lazy-adapter';
import { alphaVantageSettings, type AlphaVantageSettings } from './settings';
import { alphaVantageSourceKey } from './source-key';

const LABEL = 'Alpha Vantage';
const importAdapter = retriableImport(() => import('./alphavantage-adapter'));

export const alphaVantageSource = defineSource<AlphaVantageSettings>({
  id: 'alphavantage',
  label: LABEL,
  settings: {
    schema: alphaVantageSettings,
    Form: retriableLazy(() => import('./settings-form'), (m) => m.AlphaVantageSettingsForm),
  },
  refresh: {
    // The free plan allows 25 requests a day.
    choices: [0, 15],
    note: 'Alpha Vantage’s free plan allows 25 requests a day, so its answers are kept for a day: a refresh shows new figures once they are a day old.',
  },
  create: (settings, { onNotice }) =>
    settings &&
    lazyAdapter(
      {
        id: 'alphavantage',
        key: alphaVantageSourceKey(settings.apiKey),
        label: LABEL,
        capabilities: { prices: true, sentiment: true, events: true },
      },
      () => importAdapter().then((m) => m.createAlphaVantageAdapter({ apiKey: settings.apiKey, onNotice })),
    ),
});
