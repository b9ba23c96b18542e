// What is being looked at: the range, the basis, the source's refresh (for a live source)
// and the symbols. Every control reads and writes the view store, which mirrors the URL.
import { sourceById } from '@/adapters/registry';
import { useSource } from '@/queries/source';
import { BasisPicker } from './basis-picker';
import { RangePicker } from './range-picker';
import { RefreshControl } from './refresh-control';
import { SymbolPicker } from './symbol-picker';

export function ViewControls() {
  const refresh = sourceById(useSource().id)?.refresh;
  return (
    <div className="app-controls">
      <div className="controls">
        <RangePicker />
        <BasisPicker />
        {refresh && <RefreshControl choices={refresh.choices} note={refresh.note} />}
      </div>
      <SymbolPicker />
    </div>
  );
}
