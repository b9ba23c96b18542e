// The page's first script, a few KB that run before the rest of the page's code is even
// compiled: the charts' code on its way (ui/chart/chart-code.ts) and, on a bare address
// of the demo, its opening view's data (adapters/demo/early-answers.ts). Both arrive
// beside the page's own code rather than after it has run.
import { requestOpeningAnswers } from './adapters/demo/early-answers';
import { loadChartCode } from './ui/chart/chart-code';

void loadChartCode();
requestOpeningAnswers();
