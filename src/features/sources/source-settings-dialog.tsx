// Settings of one source: the form the source brings (loaded when first opened), given
// what is stored and ways to test, save and forget; or, for a source with nothing to set
// up, what it is. Secrets are shown only in their own field.
import { Suspense } from 'react';
import type { DataSource } from '@/adapters/data-source';
import { sourceById } from '@/adapters/registry';
import { useSourceSettings } from '@/stores/source-settings';
import { Dialog } from '@/ui/primitives/dialog';
import { PanelErrorBoundary } from '@/ui/primitives/panel-error-boundary';

export function SourceSettingsDialog({ sourceId, onClose }: { sourceId: string; onClose: () => void }) {
  const source = sourceById(sourceId);
  const saved = useSourceSettings((s) => s.values[sourceId]);
  const { save, forget } = useSourceSettings.getState();
  if (!source) return null;
  const Form = source.settings?.Form;
  return (
    <Dialog title={`${source.label} settings`} onClose={onClose}>
      {Form ? (
        <PanelErrorBoundary onRetry={Form.retry}>
          <Suspense fallback={<p className="panel-note">Loading…</p>}>
            <Form
              saved={saved}
              test={(settings) => testSettings(source, settings)}
              save={(settings) => save(source.id, settings)}
              forget={() => forget(source.id)}
              close={onClose}
            />
          </Suspense>
        </PanelErrorBoundary>
      ) : (
        <>
          <p>{source.about}</p>
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

/** Tries settings that are not saved yet, through the same adapter the app would build. */
async function testSettings(source: DataSource, settings: unknown): Promise<{ ok: boolean; message: string }> {
  const adapter = source.create(settings, {});
  return adapter ? adapter.checkHealth() : { ok: false, message: 'Fill in the settings first.' };
}
