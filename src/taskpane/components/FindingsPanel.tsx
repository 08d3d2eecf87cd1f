// The details: findings grouped by what they concern, each in plain words.
// Loaded lazily — most readers never open it, and it is not on the startup path.
import { Badge } from '@fluentui/react-components';
import { forwardRef } from 'react';
import type { Finding, Severity } from '../../detector/types';
import { describeFinding } from '../../i18n';
import type { UiKey } from '../../i18n/ui';
import { FAMILY_LABEL, groupFindings } from '../families';
import { useText } from '../language';
import { useFindingStyles } from '../styles';
import { EvidenceView, type CopyText } from './Evidence';

const SEVERITY_LABEL: Record<Severity, UiKey> = { high: 'severityHigh', medium: 'severityMedium', low: 'severityLow', info: 'severityInfo' };
const SEVERITY_COLOR = { high: 'danger', medium: 'warning', low: 'informative', info: 'subtle' } as const;

export interface FindingsPanelProps {
  findings: readonly Finding[];
  id: string;
  copyText?: CopyText;
}

const FindingsPanel = forwardRef<HTMLHeadingElement, FindingsPanelProps>(function FindingsPanel({ findings, id, copyText }, headingRef) {
  const styles = useFindingStyles();
  const { t } = useText();
  const headingId = `${id}-heading`;
  return (
    <section id={id} className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading2}>{t('findingsHeading')}</h2>
      {findings.length === 0 && <p className={styles.text}>{t('noFindings')}</p>}
      {groupFindings(findings).map((group) => (
        <section key={group.family} className={styles.section} aria-labelledby={`${id}-${group.family}`}>
          <h3 id={`${id}-${group.family}`} className={styles.heading3}>{t(FAMILY_LABEL[group.family])}</h3>
          <ul className={styles.list}>
            {group.findings.map((finding, index) => (
              <li key={`${finding.messageKey}-${index}`}><FindingItem finding={finding} copyText={copyText} /></li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
});
export default FindingsPanel;

function FindingItem({ finding, copyText }: { finding: Finding; copyText?: CopyText }) {
  const styles = useFindingStyles();
  const { t, language } = useText();
  const text = describeFinding(finding, language);
  return (
    <article className={styles.finding}>
      <div className={styles.titleRow}>
        <h4 className={styles.heading4}>{text.title}</h4>
        <Badge appearance="tint" color={SEVERITY_COLOR[finding.severity]}>{t(SEVERITY_LABEL[finding.severity])}</Badge>
      </div>
      {text.explanation && <p className={styles.text}>{text.explanation}</p>}
      {text.senderLearns && <p className={styles.text}><span className={styles.label}>{t('senderLearnsLabel')}{t('labelSuffix')}</span>{text.senderLearns}</p>}
      {text.action && <p className={styles.text}><span className={styles.label}>{t('actionLabel')}{t('labelSuffix')}</span>{text.action}</p>}
      <EvidenceView evidence={finding.evidence} copyText={copyText} />
    </article>
  );
}
