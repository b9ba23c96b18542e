// The frame of a data source's settings form: the source's own fields, then Test
// connection (which tries the typed settings before anything is saved), Save, Forget and
// Cancel, and what the test found. Nothing is saved until Save; fields that do not make
// settings say why instead.
import { useState, type FormEvent, type ReactNode } from 'react';

/** What Source settings gives the form of the chosen source. */
export interface SettingsFormProps<Settings> {
  /** What is stored now; undefined when nothing is. */
  saved: Settings | undefined;
  /** Tries settings that are not saved yet, through the adapter the app would build from them. */
  test: (settings: Settings) => Promise<{ ok: boolean; message: string }>;
  save: (settings: Settings) => void;
  forget: () => void;
  close: () => void;
}

/** The settings the fields hold, or what is wrong with them, in words for the person. */
export type ReadSettings<Settings> = { ok: true; settings: Settings } | { ok: false; message: string };

interface SettingsFormFrameProps<Settings> extends SettingsFormProps<Settings> {
  read: () => ReadSettings<Settings>;
  /** Empties the fields after Forget; returns what to say. */
  onForgotten: () => string;
  children: ReactNode;
}

type Check = { state: 'idle' } | { state: 'checking' } | { state: 'done'; ok: boolean; message: string };

export function SettingsFormFrame<Settings>({ saved, test, save, forget, close, read, onForgotten, children }: SettingsFormFrameProps<Settings>) {
  const [check, setCheck] = useState<Check>({ state: 'idle' });

  async function runTest() {
    const typed = read();
    if (!typed.ok) return setCheck({ state: 'done', ok: false, message: typed.message });
    setCheck({ state: 'checking' });
    setCheck({ state: 'done', ...(await test(typed.settings)) });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const typed = read();
    if (!typed.ok) return setCheck({ state: 'done', ok: false, message: typed.message });
    save(typed.settings);
    close();
  }

  function runForget() {
    forget();
    setCheck({ state: 'done', ok: true, message: onForgotten() });
  }

  return (
    <form onSubmit={submit} className="settings-form">
      {children}
      {check.state !== 'idle' && (
        <p role="status" className={check.state === 'done' ? (check.ok ? 'check-ok' : 'inline-error') : undefined}>
          {check.state === 'checking' ? 'Testing…' : check.message}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={() => void runTest()} disabled={check.state === 'checking'}>
          Test connection
        </button>
        <button type="submit">Save</button>
        {saved !== undefined && (
          <button type="button" onClick={runForget}>
            Forget
          </button>
        )}
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </form>
  );
}
