// Settings of one source. Nothing is saved until Save; Test connection tries the
// typed settings first. Secrets are shown only in their own field.
import { useState, type FormEvent } from 'react';
import type { SourceId } from '@/adapters/data-adapter';
import { createAdapter, SOURCE_LABELS } from '@/adapters/registry';
import { useSourceSettings, type SourceSettings } from '@/stores/source-settings';
import { Dialog } from '@/ui/primitives/dialog';

interface SourceSettingsDialogProps {
  source: SourceId;
  onClose: () => void;
}

export function SourceSettingsDialog({ source, onClose }: SourceSettingsDialogProps) {
  return (
    <Dialog title={`${SOURCE_LABELS[source]} settings`} onClose={onClose}>
      {source === 'rest' ? (
        <RestSettingsForm onClose={onClose} />
      ) : source === 'alphavantage' ? (
        <AlphaVantageSettingsForm onClose={onClose} />
      ) : (
        <>
          <p>
            {source === 'demo'
              ? 'The demo runs on bundled sample data and needs no settings.'
              : 'Imported files are kept in this browser. Use Import data to add or remove them.'}
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

type Check = { state: 'idle' } | { state: 'checking' } | { state: 'done'; ok: boolean; message: string };

/** Tries settings that are not saved yet, through the same adapter the app would use. */
async function testSettings(source: SourceId, settings: SourceSettings): Promise<{ ok: boolean; message: string }> {
  const adapter = createAdapter(source, settings);
  if (!adapter) return { ok: false, message: 'Fill in the settings first.' };
  return adapter.checkHealth();
}

function CheckResult({ check }: { check: Check }) {
  if (check.state === 'idle') return null;
  return (
    <p role="status" className={check.state === 'done' ? (check.ok ? 'check-ok' : 'inline-error') : undefined}>
      {check.state === 'checking' ? 'Testing…' : check.message}
    </p>
  );
}

interface SettingsActionsProps {
  check: Check;
  onTest: () => void;
  /** Shown while settings are saved. */
  onForget?: () => void;
  onClose: () => void;
}

function SettingsActions({ check, onTest, onForget, onClose }: SettingsActionsProps) {
  return (
    <>
      <CheckResult check={check} />
      <div className="dialog-actions">
        <button type="button" onClick={onTest} disabled={check.state === 'checking'}>
          Test connection
        </button>
        <button type="submit">Save</button>
        {onForget && (
          <button type="button" onClick={onForget}>
            Forget
          </button>
        )}
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </>
  );
}

function RestSettingsForm({ onClose }: { onClose: () => void }) {
  const saved = useSourceSettings((s) => s.rest);
  const { saveRest, forget } = useSourceSettings.getState();
  const [baseUrl, setBaseUrl] = useState(saved?.baseUrl ?? '');
  const [token, setToken] = useState(saved?.token ?? '');
  const [check, setCheck] = useState<Check>({ state: 'idle' });
  const typed = { baseUrl: baseUrl.trim(), ...(token.trim() ? { token: token.trim() } : {}) };
  const urlProblem = /^https?:\/\//i.test(typed.baseUrl) && URL.canParse(typed.baseUrl) ? undefined : 'Enter an http:// or https:// address, e.g. http://127.0.0.1:8080/api/v1';

  async function test() {
    if (urlProblem) return setCheck({ state: 'done', ok: false, message: urlProblem });
    setCheck({ state: 'checking' });
    setCheck({ state: 'done', ...(await testSettings('rest', { rest: typed })) });
  }

  function save(e: FormEvent) {
    e.preventDefault();
    if (urlProblem) return setCheck({ state: 'done', ok: false, message: urlProblem });
    saveRest(typed);
    onClose();
  }

  return (
    <form onSubmit={save} className="settings-form">
      <label>
        REST base URL
        <input type="text" inputMode="url" value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} placeholder="http://127.0.0.1:8080/api/v1" spellCheck={false} autoComplete="off" />
      </label>
      <label>
        Bearer token
        <input type="text" value={token} onChange={(e) => setToken(e.target.value)} placeholder="optional" spellCheck={false} autoComplete="off" />
      </label>
      <p className="panel-note">Kept in this browser only; sent as an Authorization header, never in a link.</p>
      <SettingsActions
        check={check}
        onTest={test}
        onClose={onClose}
        onForget={
          saved &&
          (() => {
            forget('rest');
            setBaseUrl('');
            setToken('');
            setCheck({ state: 'done', ok: true, message: 'The REST settings were forgotten.' });
          })
        }
      />
    </form>
  );
}

function AlphaVantageSettingsForm({ onClose }: { onClose: () => void }) {
  const saved = useSourceSettings((s) => s.alphavantage);
  const { saveAlphaVantage, forget } = useSourceSettings.getState();
  const [apiKey, setApiKey] = useState(saved?.apiKey ?? '');
  const [check, setCheck] = useState<Check>({ state: 'idle' });
  const key = apiKey.trim();
  const keyProblem = /^[A-Za-z0-9]{1,100}$/.test(key) ? undefined : 'Enter your Alpha Vantage API key (letters and digits).';

  async function test() {
    if (keyProblem) return setCheck({ state: 'done', ok: false, message: keyProblem });
    setCheck({ state: 'checking' });
    setCheck({ state: 'done', ...(await testSettings('alphavantage', { alphavantage: { apiKey: key } })) });
  }

  function save(e: FormEvent) {
    e.preventDefault();
    if (keyProblem) return setCheck({ state: 'done', ok: false, message: keyProblem });
    saveAlphaVantage({ apiKey: key });
    onClose();
  }

  return (
    <form onSubmit={save} className="settings-form">
      <label>
        API key
        <input type="text" value={apiKey} onChange={(e) => setApiKey(e.target.value)} spellCheck={false} autoComplete="off" />
      </label>
      <p className="panel-note">Kept in this browser only. The free plan allows 25 requests a day; answers are cached for a day.</p>
      <SettingsActions
        check={check}
        onTest={test}
        onClose={onClose}
        onForget={
          saved &&
          (() => {
            forget('alphavantage');
            setApiKey('');
            setCheck({ state: 'done', ok: true, message: 'The API key was forgotten.' });
          })
        }
      />
    </form>
  );
}
