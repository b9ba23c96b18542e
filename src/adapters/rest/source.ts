// The REST API source: a server of the person's own that speaks the JSON contract
// (docs/definitions.md#rest-contract). Its address and optional bearer token stay in this
// browser; its data can change while the page is open, so it refreshes on a timer if asked.
import { retriableLazy } from '@/ui/primitives/retriable-lazy';
import { defineSource } from '../data-source';
import { createRestAdapter } from './rest-adapter';
import { restSettings, type RestSettings } from './settings';

const LABEL = 'REST API';

export const restSource = defineSource<RestSettings>({
  id: 'rest',
  label: LABEL,
  settings: {
    schema: restSettings,
    Form: retriableLazy(() => import('./settings-form'), (m) => m.RestSettingsForm),
  },
  refresh: { choices: [0, 1, 5, 15] },
  create: (settings) => settings && createRestAdapter({ id: 'rest', label: LABEL, baseUrl: settings.baseUrl, token: settings.token }),
});
