// The Add symbol box: a WAI-ARIA 1.2 combobox (an editable input with a list autocomplete
// popup) that suggests the source's symbols as the person types. Focus stays in the input;
// the active option is pointed at with aria-activedescendant.
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { SymbolInfo, Ticker } from '@/domain/types';
import { suggestSymbols } from './symbol-matching';

/** The room kept between the list and the window's right edge. */
const WINDOW_MARGIN_PX = 8;

interface SymbolComboboxProps {
  value: string;
  onChange: (value: string) => void;
  /** The symbols that may be suggested (the source's, less those on the chart); empty while unknown. */
  symbols: readonly SymbolInfo[];
  /** An option was chosen (Enter on the active one, or a click). */
  onPick: (symbol: Ticker) => void;
  /** The box was focused or typed into: the moment to fetch what it suggests. */
  onWanted: () => void;
  /** The id of the message about the last try, if one is shown. */
  messageId?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function SymbolCombobox({ value, onChange, symbols, onPick, onWanted, messageId, inputRef }: SymbolComboboxProps) {
  const listboxId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useMemo(() => suggestSymbols(symbols, value), [symbols, value]);
  const expanded = open && suggestions.length > 0;
  // The list can change under the active option (the symbols arrive, a chip is added).
  const activeIndex = expanded && active < suggestions.length ? active : -1;
  const optionId = (i: number) => `${listboxId}-${i}`;

  const listRef = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    // The list hangs from the box's left edge; on a narrow screen, with the box far to the
    // right, it would run past the window's edge: shift it back in, before it is painted.
    list.style.translate = '';
    const overflow = list.getBoundingClientRect().right - (document.documentElement.clientWidth - WINDOW_MARGIN_PX);
    if (overflow > 0) list.style.translate = `${-overflow}px 0`;
  }, [expanded]);

  // A long list scrolls: keep the active option in sight (jsdom has no scrollIntoView).
  useEffect(() => {
    if (activeIndex >= 0) listRef.current?.children[activeIndex]?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);

  function pick(symbol: Ticker) {
    setOpen(false);
    setActive(-1);
    onPick(symbol);
  }

  function move(step: 1 | -1) {
    // Opens even before the symbols have arrived: the list shows when they do.
    setOpen(true);
    const n = suggestions.length;
    if (n === 0) return;
    // Down from nothing goes to the first option, Up to the last; both wrap around.
    setActive(activeIndex < 0 ? (step === 1 ? 0 : n - 1) : (activeIndex + step + n) % n);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.altKey && event.key === 'ArrowDown') {
      // Alt+Down opens the list without choosing an option.
      event.preventDefault();
      onWanted();
      setOpen(true);
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      onWanted();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      const option = suggestions[activeIndex];
      setOpen(false);
      setActive(-1);
      // Without an active option, Enter submits the form: the typed ticker is added.
      if (option) {
        event.preventDefault();
        onPick(option.symbol);
      }
    } else if (event.key === 'Escape') {
      // Escape closes an open list; on a closed one it clears the box (the APG pattern).
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (value !== '') {
        event.preventDefault();
        onChange('');
      }
    }
  }

  return (
    <div className="symbol-combobox">
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        aria-label="Add symbol"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={expanded ? listboxId : undefined}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        placeholder="Add symbol"
        value={value}
        onChange={(e) => {
          onWanted();
          onChange(e.target.value);
          // Typing opens the list; emptying the box closes it (Down still opens all).
          setOpen(e.target.value.trim() !== '');
          setActive(-1);
        }}
        onFocus={onWanted}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        aria-describedby={messageId}
        aria-invalid={messageId ? true : undefined}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={20}
      />
      {expanded && (
        <ul ref={listRef} id={listboxId} role="listbox" aria-label="Symbol suggestions" className="symbol-listbox">
          {suggestions.map((s, i) => (
            <li
              key={s.symbol}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              className="symbol-option"
              // Keeps focus in the input, so the click is not lost to its blur closing the list.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(s.symbol)}
            >
              <span className="symbol-option-ticker">{s.symbol}</span> <span className="symbol-option-name">{s.name}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
