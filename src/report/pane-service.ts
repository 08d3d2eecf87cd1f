// The heavy half of the pane wiring (zod, the outbox, the dialog), loaded as a
// separate chunk once config.json says reporting is configured.
import type { ReportConfig } from '../config/schema';
import type { ReportIntegration } from '../taskpane/report-context';
import { createOfficeReportService, REPORT_CONFIG_CACHE_KEY } from './office-service';
import { createReportIntegration } from './ReportAction';
import { defaultOutboxStorage } from './storage';

/** Builds the service, starts flushing what earlier sessions left queued, and returns the pane integration. */
export function startPaneReporting(office: typeof Office, config: ReportConfig | undefined): ReportIntegration {
  const service = createOfficeReportService(office, config);
  service.outbox?.start(typeof window === 'undefined' ? undefined : window);
  if (config) void defaultOutboxStorage().setItem(REPORT_CONFIG_CACHE_KEY, JSON.stringify(config)).catch(() => undefined);
  return createReportIntegration(service);
}
