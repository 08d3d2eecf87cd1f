// Evidence is shown as plain text. URLs from the message are never links,
// never images, never fetched: the reader can expand and copy them, nothing more.
import { Button } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronUp16Regular, Copy20Regular } from '@fluentui/react-icons';
import { useId, useState, type ReactElement } from 'react';
import type { Evidence as EvidenceData } from '../../detector/types';
import { useText } from '../language';
import { useFindingStyles } from '../styles';
import { displayUrl } from '../url-display';

export type CopyText = (text: string) => Promise<void>;

export function EvidenceView({ evidence, copyText = copyToClipboard }: { evidence: EvidenceData; copyText?: CopyText }) {
  const styles = useFindingStyles();
  const { t } = useText();
  const lines: ReactElement[] = [];
  if (evidence.url) lines.push(<UrlLine key="url" url={evidence.url} copyText={copyText} />);
  else if (evidence.host) lines.push(<span key="host"><strong>{evidence.host}</strong></span>);
  if (evidence.header) lines.push(<span key="header">{evidence.header}{evidence.detail ? `: ${evidence.detail}` : ''}</span>);
  else if (evidence.detail) lines.push(<span key="detail">{evidence.detail}</span>);
  if (evidence.element && !evidence.url) lines.push(<span key="element">&lt;{evidence.element}&gt;</span>);
  if (lines.length === 0) return null;
  return (
    <div className={styles.evidence}>
      <span className={styles.label} style={{ fontFamily: 'inherit' }}>{t('evidenceLabel')}</span>
      {lines}
    </div>
  );
}

function UrlLine({ url, copyText }: { url: string; copyText: CopyText }) {
  const styles = useFindingStyles();
  const { t } = useText();
  const [expanded, setExpanded] = useState(false);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const fullId = useId();
  const parts = displayUrl(url);
  const copy = () => {
    copyText(url).then(() => setCopyState('copied'), () => setCopyState('failed'));
  };
  return (
    <>
      {expanded || !parts.shortened ? (
        <span id={fullId} data-testid="evidence-url">{renderHost(url)}</span>
      ) : (
        <span data-testid="evidence-url" title={url}>{parts.before}<strong>{parts.host}</strong>{parts.after}</span>
      )}
      <span className={styles.evidenceActions}>
        {parts.shortened && (
          <Button size="small" appearance="subtle" aria-expanded={expanded} aria-controls={expanded ? fullId : undefined}
            icon={expanded ? <ChevronUp16Regular /> : <ChevronDown16Regular />} onClick={() => setExpanded((v) => !v)}>
            {expanded ? t('showShortAddress') : t('showFullAddress')}
          </Button>
        )}
        <Button size="small" appearance="subtle" icon={<Copy20Regular />} onClick={copy}>{t('copyAddress')}</Button>
        <span role="status" aria-live="polite">
          {copyState === 'copied' ? t('copied') : copyState === 'failed' ? t('copyFailed') : ''}
        </span>
      </span>
    </>
  );
}

function renderHost(url: string) {
  const parts = displayUrl(url, Number.MAX_SAFE_INTEGER);
  return <>{parts.before}<strong>{parts.host}</strong>{parts.after}</>;
}

/** Clipboard API where allowed; Office webviews sometimes refuse it, so fall back to a hidden textarea. */
export async function copyToClipboard(text: string): Promise<void> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // fall through to the legacy path
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  try {
    area.focus();
    area.select();
    if (!document.execCommand('copy')) throw new Error('copy refused');
  } finally {
    area.remove();
  }
}
