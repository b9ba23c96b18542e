// The symbol chips and the Add symbol box. A symbol is added only once the source
// has confirmed it has prices for it; otherwise the source's answer is shown inline.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { isDataSourceError } from '@/adapters/data-adapter';
import { parseTicker } from '@/domain/ticker';
import { pricesQueryOptions } from '@/queries/prices';
import { useSource } from '@/queries/source';
import { MAX_SYMBOLS } from '@/stores/url-state';
import { useViewStore } from '@/stores/view-store';
import { SeriesSwatch } from '@/ui/chart/legend';

export function SymbolPicker() {
  const adapter = useSource();
  const symbols = useViewStore((s) => s.symbols);
  const { addSymbol: onAdd, removeSymbol: onRemove } = useViewStore.getState();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string>();
  const [checking, setChecking] = useState(false);
  const messageId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseTicker(text);
    if (!parsed.ok) return setMessage(parsed.message);
    const symbol = parsed.ticker;
    if (symbols.includes(symbol)) return setMessage(`${symbol} is already on the chart.`);
    if (symbols.length >= MAX_SYMBOLS) return setMessage(`At most ${MAX_SYMBOLS} symbols; remove one first.`);
    setChecking(true);
    setMessage(undefined);
    try {
      await queryClient.fetchQuery(pricesQueryOptions(adapter, symbol));
      onAdd(symbol);
      setText('');
    } catch (error) {
      setMessage(
        isDataSourceError(error) && error.code === 'unknown_symbol'
          ? `${adapter.label} has no symbol ${symbol}; it was not added.`
          : `${symbol} was not added: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setChecking(false);
    }
  }

  return (
    <div className="symbol-picker">
      <ul className="chips" aria-label="Symbols">
        {symbols.map((symbol, i) => (
          <li key={symbol} className="chip">
            <SeriesSwatch styleIndex={i} width={14} strokeWidth={3} />
            {symbol}
            <button type="button" aria-label={`Remove ${symbol}`} onClick={() => onRemove(symbol)} disabled={symbols.length === 1}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} className="add-symbol">
        <input
          type="text"
          aria-label="Add symbol"
          placeholder="Add symbol"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={message ? messageId : undefined}
          aria-invalid={message ? true : undefined}
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
        />
        <button type="submit" disabled={checking}>
          {checking ? 'Checking…' : 'Add'}
        </button>
      </form>
      {message && (
        <p id={messageId} className="inline-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
