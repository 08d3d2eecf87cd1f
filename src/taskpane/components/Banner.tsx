// The verdict in one glance: level, one sentence, and the two things to do next.
import {
  Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Tooltip,
} from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronUp16Regular, Flag20Regular } from '@fluentui/react-icons';
import type { Level, MailMessage, Verdict } from '../../detector/types';
import { describeFinding } from '../../i18n';
import type { UiKey } from '../../i18n/ui';
import { useText } from '../language';
import { useReportIntegration } from '../report-context';
import { useAppStyles } from '../styles';

const INTENT = { danger: 'error', caution: 'warning', safe: 'success' } as const;
const TITLE: Record<Level, UiKey> = { danger: 'dangerTitle', caution: 'cautionTitle', safe: 'safeTitle' };
const BODY: Record<Level, UiKey> = { danger: 'dangerBody', caution: 'cautionBody', safe: 'safeBody' };

export interface BannerProps {
  verdict: Verdict;
  message: MailMessage;
  detailsOpen: boolean;
  detailsId: string;
  onToggleDetails: () => void;
}

export function Banner({ verdict, message, detailsOpen, detailsId, onToggleDetails }: BannerProps) {
  const styles = useAppStyles();
  const { t, language } = useText();
  const level = verdict.level;
  const reason = mainReason(verdict, language);
  const body = level === 'safe' ? t('safeBody') : reason ? t(BODY[level], { reason }) : '';
  return (
    <MessageBar
      intent={INTENT[level]}
      layout="multiline"
      className={styles.banner}
      data-level={level}
      // A dangerous message must interrupt a screen reader; the others are read in turn.
      role={level === 'danger' ? 'alert' : 'group'}
      politeness={level === 'danger' ? 'assertive' : 'polite'}
    >
      <MessageBarBody>
        <MessageBarTitle>{t(TITLE[level])}</MessageBarTitle> {body}
      </MessageBarBody>
      <MessageBarActions>
        <div className={styles.actions}>
          <ReportButton message={message} verdict={verdict} />
          <Button
            appearance="secondary"
            aria-expanded={detailsOpen}
            aria-controls={detailsId}
            icon={detailsOpen ? <ChevronUp16Regular /> : <ChevronDown16Regular />}
            onClick={onToggleDetails}
          >
            {detailsOpen ? t('hideDetails') : t('showDetails')}
          </Button>
        </div>
      </MessageBarActions>
    </MessageBar>
  );
}

function ReportButton({ message, verdict }: { message: MailMessage; verdict: Verdict }) {
  const { t, language } = useText();
  const { ReportAction, onReport } = useReportIntegration();
  if (ReportAction) return <ReportAction message={message} verdict={verdict} language={language} />;
  const primary = verdict.level === 'danger' ? 'primary' : 'secondary';
  if (onReport) {
    return <Button appearance={primary} icon={<Flag20Regular />} onClick={() => void onReport({ message, verdict, language })}>{t('report')}</Button>;
  }
  // disabledFocusable keeps the button reachable so keyboard users get the tooltip too.
  return (
    <Tooltip content={t('reportNotConfigured')} relationship="description">
      <Button appearance={primary} icon={<Flag20Regular />} disabledFocusable>{t('report')}</Button>
    </Tooltip>
  );
}

function mainReason(verdict: Verdict, language: Parameters<typeof describeFinding>[1]): string | undefined {
  for (const key of verdict.reasons) {
    const finding = verdict.findings.find((f) => f.messageKey === key);
    if (finding) return describeFinding(finding, language).title;
  }
  return undefined;
}
