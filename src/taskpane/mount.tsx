import { createRoot } from 'react-dom/client';
import { createOfficeHost } from '../office';
import { analyzeInBackground } from '../worker';
import { App } from './App';
import { loadPolicy, type PolicyLoadResult } from './policy';
import type { ReportIntegration } from './report-context';

export interface MountOptions {
  /** The report feature plugs in here (see report-context.tsx). */
  report?: ReportIntegration;
  container?: HTMLElement;
  /** Reads config.json; pass one shared loader so the report feature does not fetch it again. */
  loadPolicy?: () => Promise<PolicyLoadResult>;
}

/** Starts the pane once Office is ready. Expects <div id="root"> in taskpane.html. */
export async function mountTaskpane(options: MountOptions = {}): Promise<void> {
  // Fetch the detector while Office starts; the first analysis then does not wait for it.
  void import('../detector');
  await Office.onReady();
  const container = options.container ?? document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  createRoot(container).render(
    <App host={createOfficeHost(Office)} loadPolicy={options.loadPolicy ?? (() => loadPolicy())} analyzeMessage={(message, policy) => analyzeInBackground(message, policy)} report={options.report} />,
  );
}
