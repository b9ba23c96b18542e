// The REST API's settings: the server's base URL and an optional bearer token.
import { useState } from 'react';
import { SettingsFormFrame, type ReadSettings, type SettingsFormProps } from '@/ui/primitives/settings-form';
import { restSettings, type RestSettings } from './settings';

/** What `npm run api` serves: the demo data over real HTTP, a template for a backend. */
const EXAMPLE_URL = 'http://127.0.0.1:8787/api/v1';

export function RestSettingsForm(props: SettingsFormProps<RestSettings>) {
  const [baseUrl, setBaseUrl] = useState(props.saved?.baseUrl ?? '');
  const [token, setToken] = useState(props.saved?.token ?? '');

  const read = (): ReadSettings<RestSettings> => {
    const typed = { baseUrl: baseUrl.trim(), ...(token.trim() ? { token: token.trim() } : {}) };
    return restSettings.safeParse(typed).success
      ? { ok: true, settings: typed }
      : { ok: false, message: `Enter an http:// or https:// address, e.g. ${EXAMPLE_URL}` };
  };
  const onForgotten = () => {
    setBaseUrl('');
    setToken('');
    return 'The REST settings were forgotten.';
  };

  return (
    <SettingsFormFrame {...props} read={read} onForgotten={onForgotten}>
      <label>
        REST base URL
        {/* The dialog opens on this field: the form loads after the dialog's frame. */}
        <input type="text" inputMode="url" value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} placeholder={EXAMPLE_URL} spellCheck={false} autoComplete="off" autoFocus />
      </label>
      <label>
        Bearer token
        <input type="text" value={token} onChange={(e) => setToken(e.target.value)} placeholder="optional" spellCheck={false} autoComplete="off" />
      </label>
      <p className="panel-note">Kept in this browser only; sent as an Authorization header, never in a link.</p>
    </SettingsFormFrame>
  );
}
