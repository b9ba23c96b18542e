// Imported first by main.tsx, so the chart kit's code (ui/chart/chart-code.ts) is asked
// for before the rest of the page's code runs, not after: it then arrives beside the
// first view's data rather than behind it.
import { loadChartCode } from '@/ui/chart/chart-code';

void loadChartCode();
