// The report service backed by the real Office host and browser APIs. Shared by
// the task pane and the Report button's event runtime; no React here, so the
// function file stays small.
import type { ReportConfig } from '../config/schema';
import {
  currentItemId, hostDescription, openReportMessageForm, readItemAsEml, reporterAddress,
} from '../office/report-actions';
import { cryptoRandomBytes, uuidV4FromBytes } from './identity';
import { ReportService } from './service';
import { defaultOutboxStorage } from './storage';
import { ADDIN_VERSION } from './version';

/** The pane leaves a copy of the report settings where the Report button's runtime can read them. */
export const REPORT_CONFIG_CACHE_KEY = 'clearsight.report-config.v1';

export function createOfficeReportService(office: typeof Office, config: ReportConfig | undefined): ReportService {
  return new ReportService(
    {
      config,
      host: {
        readEml: () => readItemAsEml(office),
        openMessageForm: (form) => openReportMessageForm(office, form),
        itemId: () => currentItemId(office),
        reporter: () => reporterAddress(office),
        client: { addinVersion: ADDIN_VERSION, ...hostDescription(office) },
      },
      storage: defaultOutboxStorage(),
      // Wrapped: window.fetch called as a method of another object throws "Illegal invocation".
      fetch: (input, init) => globalThis.fetch(input, init),
      now: () => Date.now(),
      random: () => Math.random(),
      randomBytes: cryptoRandomBytes,
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    uuidV4FromBytes(cryptoRandomBytes(16)),
  );
}
