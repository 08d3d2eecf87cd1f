// The taskpane: reads the selected message through the host, analyses it
// locally and shows one of four states — loading, no message, error, result.
import { FluentProvider, MessageBar, MessageBarBody, Spinner, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import type { MailMessage, Policy, Verdict } from '../detector/types';
import { DEFAULT_POLICY } from '../detector/types';
import type { Language } from '../i18n';
import { pickUiLanguage } from '../i18n/ui';
import { OfficeCallError } from '../office/errors';
import type { MailHost } from '../office/host';
import { AnalysisTimeoutError } from '../worker/errors';
import { ErrorBanner, RenderErrorBoundary } from './components/ErrorBanner';
import type { CopyText } from './components/Evidence';
import { LanguageContext, useText } from './language';
import type { PolicyLoadResult, PolicyWarning } from './policy';
import { ReportContext, type ReportIntegration } from './report-context';
import { useAppStyles } from './styles';
import { themeFromOffice } from './theme';

const ResultView = lazy(() => import('./components/ResultView'));

export interface AppProps {
  host: MailHost;
  /** Loads config.json; by default the pane runs with the default policy. */
  loadPolicy?: () => Promise<PolicyLoadResult>;
  analyzeMessage?: (message: MailMessage, policy: Policy) => Promise<Verdict>;
  report?: ReportIntegration;
  copyText?: CopyText;
}

type PaneState =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'error'; reason: string; tooComplex: boolean }
  | { status: 'result'; request: number; message: MailMessage; verdict: Verdict; headersAvailable: boolean };

const defaultLoadPolicy = () => Promise.resolve<PolicyLoadResult>({ policy: DEFAULT_POLICY });
// Detector and finding texts load on first use, keeping them off the startup path.
const analyzeInline = async (message: MailMessage, policy: Policy) => (await import('../detector')).analyze(message, policy);
const summaryOf = async (verdict: Verdict, language: Language) => (await import('./summary')).summarize(verdict, language);

export function App({ host, loadPolicy = defaultLoadPolicy, analyzeMessage = analyzeInline, report, copyText }: AppProps) {
  const language = pickUiLanguage(host.getDisplayLanguage());
  const theme = themeFromOffice(host.getOfficeTheme()) === 'dark' ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={theme} lang={language} dir="ltr">
      <LanguageContext.Provider value={language}>
        <ReportContext.Provider value={report ?? {}}>
          <Pane host={host} loadPolicy={loadPolicy} analyzeMessage={analyzeMessage} copyText={copyText} language={language} />
        </ReportContext.Provider>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}

interface PaneProps extends Required<Pick<AppProps, 'host' | 'loadPolicy' | 'analyzeMessage'>> {
  copyText?: CopyText;
  language: Language;
}

function Pane({ host, loadPolicy, analyzeMessage, copyText, language }: PaneProps) {
  const styles = useAppStyles();
  const { t } = useText();
  const [state, setState] = useState<PaneState>({ status: 'loading' });
  const [policyWarning, setPolicyWarning] = useState<PolicyWarning>();
  const policy = useRef<Promise<PolicyLoadResult>>(undefined);
  const latestRequest = useRef(0);

  const policyOnce = useCallback(() => {
    policy.current ??= loadPolicy().then((result) => {
      if (result.warning) setPolicyWarning(result.warning);
      return result;
    }, () => ({ policy: DEFAULT_POLICY }));
    return policy.current;
  }, [loadPolicy]);

  const run = useCallback(async () => {
    // Readers flick through messages: only the latest request may update the pane.
    const request = ++latestRequest.current;
    setState({ status: 'loading' });
    try {
      const read = await host.readCurrentItem();
      if (request !== latestRequest.current) return;
      if (read.kind === 'no-item') {
        setState({ status: 'empty' });
        return;
      }
      const { policy: activePolicy } = await policyOnce();
      const verdict = await analyzeMessage(read.message, activePolicy);
      if (request !== latestRequest.current) return;
      setState({ status: 'result', request, message: read.message, verdict, headersAvailable: read.headersAvailable });
      // The notification is a courtesy: if it cannot be built or shown, the pane still has the verdict.
      summaryOf(verdict, language).then((text) => host.showItemNotification(text)).catch((error: unknown) => {
        console.warn('[clearsight] no item notification', error);
      });
    } catch (error) {
      if (request !== latestRequest.current) return;
      setState({ status: 'error', reason: describeError(error), tooComplex: error instanceof AnalysisTimeoutError });
    }
  }, [host, analyzeMessage, policyOnce, language]);

  const runLatest = useRef(run);
  runLatest.current = run;
  useEffect(() => {
    // The config is fetched at once so a broken file is reported even before a message is open.
    void policyOnce();
    void runLatest.current();
  }, [policyOnce]);
  const subscribed = useRef(false);
  useEffect(() => {
    if (subscribed.current) return;
    subscribed.current = true;
    host.onItemChanged(() => void runLatest.current()).catch((error: unknown) => {
      console.warn('[clearsight] cannot follow the selected message', error);
    });
  }, [host]);

  return (
    <main className={styles.root} aria-busy={state.status === 'loading'}>
      <h1 className={styles.header}>{t('appName')}</h1>
      {policyWarning && (
        <MessageBar intent="warning" layout="multiline" className={styles.banner} data-testid="config-warning">
          <MessageBarBody>
            {policyWarning.kind === 'invalid-field' ? t('configWarning', { field: policyWarning.field }) : t('configWarningFile')}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'loading' && <Spinner label={t('loading')} labelPosition="below" className={styles.centered} />}
      {state.status === 'empty' && (
        <div className={styles.centered}>
          <h2 className={styles.header}>{t('emptyTitle')}</h2>
          <p className={styles.note}>{t('emptyBody')}</p>
        </div>
      )}
      {state.status === 'error' && <ErrorBanner reason={state.reason} tooComplex={state.tooComplex} onRetry={() => void run()} />}
      {state.status === 'result' && (
        <RenderErrorBoundary key={state.request} onRetry={() => void run()}>
          <Suspense fallback={<Spinner label={t('loading')} labelPosition="below" className={styles.centered} />}>
            <ResultView message={state.message} verdict={state.verdict} headersAvailable={state.headersAvailable} copyText={copyText} />
          </Suspense>
        </RenderErrorBoundary>
      )}
    </main>
  );
}

function describeError(error: unknown): string {
  if (error instanceof OfficeCallError) return error.code === undefined ? error.officeMessage : `${error.officeMessage} (${error.code})`;
  if (error instanceof Error) return error.message;
  return String(error);
}
