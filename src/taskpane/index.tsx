// Entry point of taskpane.html. The page (owned by the build) must contain
//   <div id="root"></div>
// and load office.js before this bundle; nothing else. The report feature
// passes its integration to mountTaskpane.
import type { AddinConfig } from '../config/schema';
import { createPaneReportIntegration } from '../report/pane';
import { mountTaskpane } from './mount';
import { loadPolicy, type PolicyLoadResult } from './policy';

// One read of config.json serves both the policy and the report settings.
let configLoad: Promise<PolicyLoadResult> | undefined;
const loadConfigOnce = () => (configLoad ??= loadPolicy());

void mountTaskpane({
  loadPolicy: loadConfigOnce,
  report: createPaneReportIntegration({ loadConfig: async () => (await loadConfigOnce()).config as AddinConfig | undefined }),
});
