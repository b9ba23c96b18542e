// `Copy link` copies the address (which holds the view), says so politely, and where
// the clipboard is missing or refused shows the link selected, to copy by hand.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CopyLinkButton } from '@/features/view-controls/copy-link-button';
import { DEFAULT_VIEW } from '@/stores/url-state';
import { useViewStore } from '@/stores/view-store';

const VIEW_URL = '/?symbols=SPY,QQQ&range=1Y&to=2025-07-25';

/** Replaces the browser's clipboard (after user-event has put its own stub there). */
function setClipboard(clipboard: Pick<Clipboard, 'writeText'> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

beforeEach(() => window.history.replaceState(null, '', VIEW_URL));
afterEach(() => {
  cleanup(); // before the view is reset under a mounted button
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
  useViewStore.getState().replace(DEFAULT_VIEW);
});

describe('Copy link', () => {
  it('copies the address of the view and says "Link copied" in a polite status, for a few seconds', async () => {
    vi.useFakeTimers();
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    render(<CopyLinkButton />);

    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await act(async () => undefined); // the clipboard answers
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${VIEW_URL}`);
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Link copied');
    expect(screen.queryByRole('textbox')).toBeNull();

    act(() => vi.advanceTimersByTime(4900));
    expect(status).toHaveTextContent('Link copied');
    act(() => vi.advanceTimersByTime(100));
    expect(status).toBeEmptyDOMElement();
  });

  it.each([
    ['refused', () => setClipboard({ writeText: vi.fn().mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError')) })],
    ['missing', () => setClipboard(undefined)],
  ])('shows the link selected in a read-only field when the clipboard is %s', async (_, arrange) => {
    const user = userEvent.setup();
    arrange();
    render(<CopyLinkButton />);

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Link to this view' });
    expect(field).toHaveValue(`${window.location.origin}${VIEW_URL}`);
    expect(field).toHaveAttribute('readonly');
    // Focus follows once the refusal is in (the clipboard answers asynchronously).
    await waitFor(() => expect(field).toHaveFocus());
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    expect(screen.getByRole('status')).toHaveTextContent('Press Ctrl+C to copy');
    expect(screen.getByRole('status')).not.toHaveTextContent('Link copied');
  });

  it('puts the field away on Escape, back to the button, and when the view changes', async () => {
    const user = userEvent.setup();
    setClipboard(undefined);
    render(<CopyLinkButton />);
    const button = screen.getByRole('button', { name: 'Copy link' });

    await user.click(button);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(button).toHaveFocus();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();

    // A link shown before the view changed would be out of date.
    await user.click(button);
    expect(screen.getByRole('textbox')).toBeInTheDocument();
    act(() => useViewStore.getState().setRange('3M'));
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
