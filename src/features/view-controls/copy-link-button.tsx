// `Copy link`: the page's address holds the whole view (docs/definitions.md#url-state), so
// the link is location.href. Where the clipboard is missing or refused (an insecure
// origin, a denied permission), the link is shown selected in a read-only field to copy
// by hand. What happened is said in a polite live region, placed so the button never moves.
import { useEffect, useRef, useState } from 'react';
import { useViewStore } from '@/stores/view-store';

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };
const IDLE: Outcome = { kind: 'idle' };

/** How long "Link copied" stays. */
const SAID_FOR_MS = 5000;

export function CopyLinkButton() {
  const [outcome, setOutcome] = useState<Outcome>(IDLE);
  const field = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (outcome.kind === 'copied') {
      const timer = setTimeout(() => setOutcome(IDLE), SAID_FOR_MS);
      return () => clearTimeout(timer);
    }
    // Focus selects the whole link (onFocus), ready for the shortcut: as the field appears
    // (autoFocus, in the same commit), and again on each Copy link while it is shown.
    if (outcome.kind === 'manual') field.current?.focus();
  }, [outcome]);

  // Another view makes a shown link out of date.
  useEffect(() => useViewStore.subscribe(() => setOutcome(IDLE)), []);

  const copy = async () => {
    const url = window.location.href;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setOutcome({ kind: 'copied' });
    } catch {
      setOutcome({ kind: 'manual', url });
    }
  };

  return (
    <div className="copy-link">
      <button ref={button} type="button" onClick={() => void copy()}>
        Copy link
      </button>
      {outcome.kind === 'manual' && (
        <input
          ref={field}
          className="copy-link-field"
          readOnly
          value={outcome.url}
          aria-label="Link to this view"
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            setOutcome(IDLE);
            button.current?.focus();
          }}
        />
      )}
      {/* Beside the field it joins, the hint is in the flow; otherwise the status sits out
          of it, left of the button, so saying "Link copied" moves nothing. */}
      <span className={outcome.kind === 'manual' ? 'copy-link-status' : 'copy-link-status is-floating'} role="status">
        {outcome.kind === 'copied' ? 'Link copied' : outcome.kind === 'manual' ? `Press ${copyShortcut()} to copy` : ''}
      </span>
    </div>
  );
}

function copyShortcut(): string {
  return /Mac|iPhone|iPad|iPod/.test(navigator.userAgent) ? '⌘C' : 'Ctrl+C';
}
