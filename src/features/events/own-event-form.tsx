// Adding one of the user's own events: a date or a date range, a title, tags and an
// optional link. Every field is checked and the reason shown; nothing typed is lost.
import { useState, type FormEvent } from 'react';
import { safeUrl } from '@/domain/url';
import { isIsoDate } from '@/domain/dates';
import type { NewOwnEvent } from '@/lib/own-events-storage';

const TAG = /^[a-z0-9][a-z0-9-]{0,39}$/;

interface OwnEventFormProps {
  onSave: (event: NewOwnEvent) => Promise<unknown>;
  onDone: () => void;
}

/** The event the fields describe, or what is wrong with them. */
export function readOwnEvent(fields: { date: string; endDate: string; title: string; tags: string; url: string }):
  | { ok: true; event: NewOwnEvent }
  | { ok: false; message: string } {
  const title = fields.title.trim();
  const url = fields.url.trim();
  const tags = fields.tags
    .split(/[,;\s]+/)
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  if (!isIsoDate(fields.date)) return { ok: false, message: 'Pick the date of the event.' };
  if (fields.endDate && !isIsoDate(fields.endDate)) return { ok: false, message: 'The end date is not a valid date.' };
  if (fields.endDate && fields.endDate < fields.date) return { ok: false, message: 'The end date is before the start date.' };
  if (title === '') return { ok: false, message: 'Give the event a title.' };
  if (title.length > 300) return { ok: false, message: 'Keep the title under 300 characters.' };
  const badTag = tags.find((t) => !TAG.test(t));
  if (badTag) return { ok: false, message: `"${badTag}" is not a tag: use lower-case words joined by hyphens, e.g. trade-talks.` };
  if (url && !safeUrl(url)) return { ok: false, message: 'The link must start with http:// or https://.' };
  return {
    ok: true,
    event: {
      date: fields.date,
      ...(fields.endDate && fields.endDate !== fields.date ? { endDate: fields.endDate } : {}),
      title,
      tags: [...new Set(tags)],
      ...(url ? { url } : {}),
    },
  };
}

export function OwnEventForm({ onSave, onDone }: OwnEventFormProps) {
  const [fields, setFields] = useState({ date: '', endDate: '', title: '', tags: '', url: '' });
  const [message, setMessage] = useState<string>();
  const [saving, setSaving] = useState(false);
  const field = (name: keyof typeof fields) => ({
    value: fields[name],
    onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: e.target.value })),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const read = readOwnEvent(fields);
    if (!read.ok) return setMessage(read.message);
    setSaving(true);
    try {
      await onSave(read.event);
      onDone();
    } catch (error) {
      setMessage(`The event could not be saved in this browser: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="own-event-form" onSubmit={submit} aria-label="Add your own event">
      <label>
        Date
        <input type="date" required {...field('date')} />
      </label>
      <label>
        End date (optional)
        <input type="date" min={fields.date || undefined} {...field('endDate')} />
      </label>
      <label className="wide">
        Title
        <input type="text" required maxLength={300} {...field('title')} />
      </label>
      <label>
        Tags (comma separated)
        <input type="text" placeholder="trade-talks, chips" {...field('tags')} />
      </label>
      <label>
        Link (optional)
        <input type="url" placeholder="https://" {...field('url')} />
      </label>
      {message && (
        <p className="inline-error wide" role="alert">
          {message}
        </p>
      )}
      <div className="wide panel-actions">
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save event'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
