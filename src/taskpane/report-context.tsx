// The Report button is pluggable: the report feature (src/report) provides
// either a whole ReportAction component or an onReport callback through this
// context. Without either, the pane shows a disabled button that says why.
import { createContext, useContext, type ComponentType } from 'react';
import type { MailMessage, Verdict } from '../detector/types';
import type { Language } from '../i18n';

export interface ReportActionProps {
  message: MailMessage;
  verdict: Verdict;
  language: Language;
}

export interface ReportIntegration {
  /** Renders the report control itself (e.g. a button opening a dialog). Takes precedence over onReport. */
  ReportAction?: ComponentType<ReportActionProps>;
  /** Called when the built-in Report button is pressed. */
  onReport?: (props: ReportActionProps) => void | Promise<void>;
}

export const ReportContext = createContext<ReportIntegration>({});

export function useReportIntegration(): ReportIntegration {
  return useContext(ReportContext);
}
