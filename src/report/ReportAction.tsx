// Plugs the report feature into the taskpane's Report slot (ReportContext).
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReportActionProps, ReportIntegration } from '../taskpane/report-context';
import { reportText } from '../i18n/report';
import { ReportDialog } from './ReportDialog';
import type { ReportService } from './service';

/** Returns an empty integration (the pane keeps its disabled button) when reporting is not configured. */
export function createReportIntegration(service: ReportService): ReportIntegration {
  if (service.mode === 'unavailable') return {};
  function ReportAction({ message, verdict, language }: ReportActionProps) {
    const [open, setOpen] = useState(false);
    return (
      <>
        <Button appearance="primary" onClick={() => setOpen(true)} title={reportText(language, 'reportButtonHint')}>
          {reportText(language, 'reportButton')}
        </Button>
        {open && (
          <ReportDialog service={service} message={message} verdict={verdict} language={language} open onClose={() => setOpen(false)} />
        )}
      </>
    );
  }
  return { ReportAction };
}
