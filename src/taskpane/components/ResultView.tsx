// The verdict and its details. Loaded lazily with the finding texts, so the
// pane's first paint needs only React, a few Fluent controls and the host adapter.
import { Spinner } from '@fluentui/react-components';
import { Info16Regular, LockClosed16Regular } from '@fluentui/react-icons';
import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import type { MailMessage, Verdict } from '../../detector/types';
import { useText } from '../language';
import { useAppStyles } from '../styles';
import { Banner } from './Banner';
import type { CopyText } from './Evidence';

const FindingsPanel = lazy(() => import('./FindingsPanel'));

export interface ResultViewProps {
  message: MailMessage;
  verdict: Verdict;
  headersAvailable: boolean;
  copyText?: CopyText;
}

export default function ResultView({ message, verdict, headersAvailable, copyText }: ResultViewProps) {
  const styles = useAppStyles();
  const { t } = useText();
  const [detailsOpen, setDetailsOpen] = useState(false);
  const focusFindings = useRef(false);
  const detailsId = useId();

  // Opening the details moves focus to their heading, so keyboard and screen
  // reader users land where the content appeared.
  const findingsHeadingRef = useCallback((heading: HTMLHeadingElement | null) => {
    if (heading && focusFindings.current) {
      focusFindings.current = false;
      heading.focus();
    }
  }, []);
  const toggleDetails = () => {
    focusFindings.current = !detailsOpen;
    setDetailsOpen((open) => !open);
  };

  return (
    <>
      <Banner verdict={verdict} message={message} detailsOpen={detailsOpen} detailsId={detailsId} onToggleDetails={toggleDetails} />
      {!headersAvailable && (
        <p className={styles.note} data-testid="headers-missing"><Info16Regular />{t('headersMissing')}</p>
      )}
      {detailsOpen && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <FindingsPanel ref={findingsHeadingRef} id={detailsId} findings={verdict.findings} copyText={copyText} />
        </Suspense>
      )}
      <p className={styles.note}><LockClosed16Regular />{t('localOnly')}</p>
    </>
  );
}
