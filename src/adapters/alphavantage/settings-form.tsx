// Alpha Vantage's settings: the person's API key.
import { useState } from 'react';
import { SettingsFormFrame, type ReadSettings, type SettingsFormProps } from '@/ui/primitives/settings-form';
import type { AlphaVantageSettings } from './settings';

const API_KEY = /^[A-Za-z0-9]{1,100}$/;

export function AlphaVantageSettingsForm(props: SettingsFormProps<AlphaVantageSettings>) {
  const [apiKey, setApiKey] = useState(props.saved?.apiKey ?? '');

  const read = (): ReadSettings<AlphaVantageSettings> => {
    const key = apiKey.trim();
    return API_KEY.test(key) ? { ok: true, settings: { apiKey: key } } : { ok: false, message: 'Enter your Alpha Vantage API key (letters and digits).' };
  };
  const onForgotten = () => {
    setApiKey('');
    return 'The API key was forgotten.';
  };

  return (
    <SettingsFormFrame {...props} read={read} onForgotten={onForgotten}>
      <label>
        API key
        {/* The dialog opens on this field: the form loads after the dialog's frame. */}
        <input type="text" value={apiKey} onChange={(e) => setApiKey(e.target.value)} spellCheck={false} autoComplete="off" autoFocus />
      </label>
      <p className="panel-note">Kept in this browser only. The free plan allows 25 requests a day; answers are cached for a day.</p>
    </SettingsFormFrame>
  );
}
