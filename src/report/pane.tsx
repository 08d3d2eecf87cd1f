// Plugs reporting into the real task pane. The pane renders before config.json
// is read, so the button waits for the configuration; the report code itself
// (zod, outbox, dialog) loads as a separate chunk only when reporting is set up.
import { Button, Tooltip } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AddinConfig } from '../config/schema';
import { reportText } from '../i18n/report';
import { loadPolicy } from '../taskpane/policy';
import type { ReportActionProps, ReportIntegration } from '../taskpane/report-context';

export interface PaneReportOptions {
  office?: typeof Office;
  /** Resolves to the validated config.json (defaults to loading it like the policy does). */
  loadConfig?: () => Promise<AddinConfig | undefined>;
}

export function createPaneReportIntegration(options: PaneReportOptions = {}): ReportIntegration {
  const loadConfig = options.loadConfig ?? (async () => (await loadPolicy({ log: () => {} })).config as AddinConfig | undefined);
  let resolved: ReportIntegration | undefined;
  const ready: Promise<ReportIntegration> = (async () => {
    const office = options.office ?? globalThis.Office;
    await office.onReady();
    const report = (await loadConfig())?.report;
    if (!report?.reportEndpoint && !report?.reportMailbox) return {};
    const { startPaneReporting } = await import(/* webpackChunkName: "report" */ './pane-service');
    return startPaneReporting(office, report);
  })().then(
    (integration) => (resolved = integration),
    (error: unknown) => {
      console.warn('[clearsight] reporting could not start', error);
      return (resolved = {});
    },
  );

  function ReportAction(props: ReportActionProps) {
    const [integration, setIntegration] = useState<ReportIntegration | undefined>(resolved);
    useEffect(() => {
      let live = true;
      void ready.then((value) => { if (live) setIntegration(value); });
      return () => { live = false; };
    }, []);
    const Inner = integration?.ReportAction;
    if (Inner) return <Inner {...props} />;
    const label = reportText(props.language, 'reportButton');
    if (!integration) return <Button appearance="primary" disabled>{label}</Button>;
    return (
      <Tooltip content={reportText(props.language, 'notConfigured')} relationship="description">
        <Button appearance="primary" disabledFocusable>{label}</Button>
      </Tooltip>
    );
  }
  return { ReportAction };
}
