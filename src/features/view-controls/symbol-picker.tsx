// The symbol chips and the Add symbol box. A typed ticker is checked against the source's
// symbol list (no request for a symbol it does not have); a source without a list is asked
// for the symbol's prices instead. What went wrong is said inline, for the view it was
// said about.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { isDataSourceError } from '@/adapters/data-adapter';
import { sourceById } from '@/adapters/registry';
import { parseTicker } from '@/domain/ticker';
import type { SymbolInfo, Ticker } from '@/domain/types';
import { pricesQueryOptions } from '@/queries/prices';
import { useSource } from '@/queries/source';
import { symbolsQueryOptions } from '@/queries/symbols';
import { MAX_SYMBOLS } from '@/stores/url-state';
import { useSeriesSlots } from '@/stores/series-slots';
import { useViewStore } from '@/stores/view-store';
import { SeriesSwatch } from '@/ui/chart/legend';
import { SymbolCombobox } from './symbol-combobox';
import { unknownSymbolMessage } from './symbol-matching';

export function SymbolPicker() {
  const adapter = useSource();
  const { symbols, range, from, to } = useViewStore(useShallow((s) => ({ symbols: s.symbols, range: s.range, from: s.from, to: s.to })));
  const { addSymbol, removeSymbol } = useViewStore.getState();
  const slots = useSeriesSlots();
  const queryClient = useQueryClient();
  const sourceLabel = sourceById(adapter.id)?.label ?? adapter.label;
  const [text, setText] = useState('');
  const [checking, setChecking] = useState(false);
  const messageId = useId();

  // The symbol list is fetched once the box is wanted (focused, typed into), not with the page.
  const [listWantedFor, setListWantedFor] = useState<string>();
  const list = useQuery({ ...symbolsQueryOptions(adapter), enabled: listWantedFor === adapter.key });
  const offered = useMemo(() => (list.data ?? []).filter((s) => !symbols.includes(s.symbol)), [list.data, symbols]);

  // A message speaks of the view it was written for: it goes when the symbols, the range
  // or the source change (and does not come back when they change back).
  const view = [adapter.key, range, from, to, symbols.join(',')].join('|');
  const [message, setMessage] = useState<{ text: string; view: string }>();
  const [messageView, setMessageView] = useState(view);
  if (messageView !== view) {
    setMessageView(view);
    setMessage(undefined);
  }
  const shownMessage = message?.view === view ? message.text : undefined;

  const chipsRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // Where focus goes once a removed chip is gone: a chip's index, or the box.
  const focusAfterRemove = useRef<number | 'box' | undefined>(undefined);
  useEffect(() => {
    const target = focusAfterRemove.current;
    if (target === undefined) return;
    focusAfterRemove.current = undefined;
    if (target === 'box') inputRef.current?.focus();
    else chipsRef.current?.querySelectorAll('button')[target]?.focus();
  }, [symbols]);

  function remove(symbol: Ticker, index: number) {
    const rest = symbols.length - 1;
    // The next chip's Remove, else the previous one's; a last chip's Remove is disabled
    // and cannot take focus, so then the box does.
    focusAfterRemove.current = rest > 1 ? Math.min(index, rest - 1) : 'box';
    removeSymbol(symbol);
  }

  /** The source's symbols, waiting for them if they are on their way; [] when it has no list or it failed. */
  async function knownSymbols(): Promise<SymbolInfo[]> {
    setListWantedFor(adapter.key);
    const options = symbolsQueryOptions(adapter);
    if (queryClient.getQueryState(options.queryKey)?.status === 'error') return [];
    try {
      return await queryClient.fetchQuery(options);
    } catch {
      return [];
    }
  }

  async function add(raw: string) {
    const say = (text: string) => setMessage({ text, view });
    const parsed = parseTicker(raw);
    if (!parsed.ok) return say(parsed.message);
    const symbol = parsed.ticker;
    if (symbols.includes(symbol)) return say(`${symbol} is already on the chart.`);
    if (symbols.length >= MAX_SYMBOLS) return say(`At most ${MAX_SYMBOLS} symbols; remove one first.`);
    setChecking(true);
    setMessage(undefined);
    try {
      const known = await knownSymbols();
      if (known.length > 0) {
        if (!known.some((s) => s.symbol === symbol)) return say(unknownSymbolMessage(sourceLabel, symbol, known));
      } else {
        // No list to check against: the source's answer for the symbol's prices decides.
        await queryClient.fetchQuery(pricesQueryOptions(adapter, symbol));
      }
      addSymbol(symbol);
      setText('');
    } catch (error) {
      say(
        isDataSourceError(error) && error.code === 'unknown_symbol'
          ? `${sourceLabel} has no symbol ${symbol}; it was not added.`
          : `${symbol} was not added: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setChecking(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void add(text);
  }

  return (
    <div className="symbol-picker">
      <ul ref={chipsRef} className="chips" aria-label="Symbols">
        {symbols.map((symbol, i) => (
          <li key={symbol} className="chip">
            <SeriesSwatch styleIndex={slots.get(symbol) ?? 0} width={14} strokeWidth={3} />
            {symbol}
            <button type="button" aria-label={`Remove ${symbol}`} onClick={() => remove(symbol, i)} disabled={symbols.length === 1}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="add-symbol">
        <SymbolCombobox
          value={text}
          onChange={setText}
          symbols={offered}
          onPick={(symbol) => void add(symbol)}
          onWanted={() => setListWantedFor(adapter.key)}
          messageId={shownMessage ? messageId : undefined}
          inputRef={inputRef}
        />
        <button type="submit" disabled={checking}>
          {checking ? 'Checking…' : 'Add'}
        </button>
      </form>
      {shownMessage && (
        <p id={messageId} className="inline-error" role="alert">
          {shownMessage}
        </p>
      )}
    </div>
  );
}
