// Import data as a person uses it (jsdom: parsing runs on the main thread, storage is
// fake-indexeddb): a report per file, a symbol asked for when the name does not tell,
// replacing a symbol, removing a dataset.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listDatasets, removeDataset } from '@/adapters/files/dataset-store';
import { ImportDialog } from '@/features/sources/import-dialog';
import { renderWithProviders } from '../../utils';

const csv = (name: string, text: string) => new File([text], name, { type: 'text/csv' });
const SPY = 'date,close,adj_close\n2024-12-31,586.08,576.22\n2025-01-02,584.64,574.80\n2025-01-02,1,1\n2025-01-03,-5,1\n';

afterEach(async () => {
  vi.useRealTimers();
  cleanup(); // before the awaits below, which would let the dialog's pending updates land outside act
  for (const d of await listDatasets()) await removeDataset(d.key);
});

describe('ImportDialog', () => {
  it('reports what each file was read as, what was accepted and every rejected line', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ImportDialog onClose={vi.fn()} onShowImported={vi.fn()} />);
    await user.upload(screen.getByLabelText('Data files'), [csv('SPY.csv', SPY), csv('broken.csv', 'hello\nworld\n')]);

    const report = await screen.findByRole('list', { name: 'Import report' });
    await within(report).findByText('broken.csv');
    const [spy, broken] = [...report.children] as HTMLElement[];
    expect(spy).toHaveTextContent('SPY.csv: read as Prices (date, close)');
    expect(spy).toHaveTextContent('SPY (Dec 31, 2024 to Jan 2, 2025) · 2 rows accepted');
    await user.click(within(spy!).getByText('2 rows rejected'));
    expect(within(spy!).getByText(/^Line 4: .*duplicate date 2025-01-02/i)).toBeVisible();
    expect(within(spy!).getByText(/^Line 5: /)).toBeVisible();
    expect(broken).toHaveTextContent('Nothing imported earlier was changed.');

    const stored = await screen.findByRole('list', { name: 'Imported datasets' });
    expect(within(stored).getByText('SPY')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Show imported data' })).toBeVisible();
  });

  it('lists notes apart from rejections: how many dates a repeating calendar event gave', async () => {
    vi.setSystemTime(new Date('2025-07-25T15:00:00Z'));
    const user = userEvent.setup();
    renderWithProviders(<ImportDialog onClose={vi.fn()} onShowImported={vi.fn()} />);
    const ics = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:j4\r\nDTSTART;VALUE=DATE:20240704\r\nRRULE:FREQ=YEARLY;COUNT=3\r\nSUMMARY:Independence Day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    await user.upload(screen.getByLabelText('Data files'), new File([ics], 'holidays.ics', { type: 'text/calendar' }));
    const notes = await screen.findByRole('list', { name: 'Notes on holidays.ics' });
    expect(notes).toHaveTextContent('Line 2: "Independence Day" repeats: 3 dates, Jul 4, 2024 to Jul 4, 2026.');
    expect(screen.queryByText(/rejected/)).toBeNull();
  });

  it('writes one row as one row: accepted, rejected and kept', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ImportDialog onClose={vi.fn()} onShowImported={vi.fn()} />);
    await user.upload(screen.getByLabelText('Data files'), csv('QQQ.csv', 'date,close\n2025-01-02,510.23\n2025-01-03\n'));
    const report = await screen.findByRole('list', { name: 'Import report' });
    await within(report).findByText(/1 row accepted/);
    expect(report).toHaveTextContent('QQQ (Jan 2, 2025) · 1 row accepted');
    await user.click(within(report).getByText('1 row rejected'));
    expect(within(report).getByText(/^Line 3: wrong column count: 1 field, expected 2/)).toBeVisible();
    const stored = await screen.findByRole('list', { name: 'Imported datasets' });
    expect(stored).toHaveTextContent('QQQ prices · 1 row · Jan 2, 2025 · from QQQ.csv');
  });

  it('takes a Stocktwits firehose export saved as .ndjson and reports its symbols', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ImportDialog onClose={vi.fn()} onShowImported={vi.fn()} />);
    const lines = readFileSync(join(process.cwd(), 'tests/adapters/files/fixtures/stocktwits-activities.json'), 'utf8');
    await user.upload(screen.getByLabelText('Data files'), new File([lines], 'firehose.ndjson', { type: 'application/x-ndjson' }));
    const report = await screen.findByRole('list', { name: 'Import report' });
    await within(report).findByText(/rows accepted/);
    expect(report).toHaveTextContent('firehose.ndjson: read as Stocktwits messages (JSON lines) · SPY (Jul 25, 2025), QQQ');
    expect(report).toHaveTextContent('5 rows accepted');
    expect(within(report).getByText('5 rows rejected')).toBeVisible();
  });

  it('says in the report that the last price of a download made during the session is intraday, not a close', async () => {
    vi.setSystemTime(new Date('2025-07-25T15:32:00Z'));
    const user = userEvent.setup();
    renderWithProviders(<ImportDialog onClose={vi.fn()} onShowImported={vi.fn()} />);
    const yahoo = readFileSync(join(process.cwd(), 'tests/adapters/files/fixtures/yahoo-intraday/SPY.csv'), 'utf8');
    await user.upload(screen.getByLabelText('Data files'), csv('SPY.csv', yahoo));
    const notes = await screen.findByRole('list', { name: 'Notes on SPY.csv' });
    expect(notes).toHaveTextContent(
      'Line 6: SPY: the last price, Jul 25, 2025 (635.86), was imported while that session was open, before the 16:00 close: it is intraday, not a close. Kept apart: returns, charts and every other figure end at the Jul 24, 2025 close.',
    );
    expect(screen.getByRole('list', { name: 'Import report' })).toHaveTextContent('SPY (Jul 21, 2025 to Jul 24, 2025) · 5 rows accepted');
  });

  it('asks for the symbol of a file whose name does not say, then imports it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ImportDialog onClose={vi.fn()} onShowImported={vi.fn()} />);
    await user.upload(screen.getByLabelText('Data files'), csv('data.csv', SPY));
    const box = await screen.findByRole('textbox', { name: 'Symbol for data.csv' });
    await user.type(box, 'voo{Enter}');
    expect(await screen.findByText(/VOO \(Dec 31, 2024 to Jan 2, 2025\)/)).toBeVisible();
    // The dialog's list of datasets shows it too, once it has read the store again.
    expect(await screen.findByRole('button', { name: 'Remove prices VOO' })).toBeVisible();
    expect((await listDatasets()).map((d) => d.key)).toEqual(['prices:VOO']);
  });

  it('says when an import replaces a symbol, and removes a dataset', async () => {
    const user = userEvent.setup();
    renderWithProviders(<ImportDialog onClose={vi.fn()} onShowImported={vi.fn()} />);
    await user.upload(screen.getByLabelText('Data files'), csv('SPY.csv', SPY));
    await screen.findByRole('list', { name: 'Imported datasets' });
    await user.upload(screen.getByLabelText('Data files'), csv('spy_us_d.csv', 'Date,Open,High,Low,Close,Volume\n2025-01-02,1,2,1,2,100\n'));
    expect(await screen.findByText('Replaced what was imported earlier for prices SPY.')).toBeVisible();

    await user.click(await screen.findByRole('button', { name: 'Remove prices SPY' }));
    expect(await screen.findByText('Nothing imported yet.')).toBeVisible();
    expect(await listDatasets()).toEqual([]);
  });
});
