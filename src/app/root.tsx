// The app as the browser runs it: the demo's mock API follows the chosen source.
import { useViewStore } from '@/stores/view-store';
import { App } from './app';
import { useDemoApi } from './use-demo-api';

export function Root() {
  const demoApi = useDemoApi(useViewStore((s) => s.source) === 'demo');
  return <App demoApi={demoApi} />;
}
