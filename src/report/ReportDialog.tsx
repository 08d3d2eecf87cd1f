// The pane's Report button and dialog. The dialog never sends anything until
// the user presses Send, and then always says where the report stands:
// sending, sent (with the server's reference), queued (offline, will retry),
// or failed (with the reason and a Retry button).
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, MessageBar, MessageBarBody,
  MessageBarTitle, Radio, RadioGroup, Spinner, Textarea,
} from '@fluentui/react-components';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { MailMessage, Verdict } from '../detector/types';
import type { Language } from '../i18n/types';
import { reportText, type ReportTextKey } from '../i18n/report';
import { MAX_COMMENT_CHARS, type ReportCategory } from './payload';
import type { OutboxEntry } from './queue';
import { statusOf, type ReportService, type ReportStatus } from './service';

export interface ReportDialogProps {
  service: ReportService;
  message: MailMessage;
  verdict: Verdict;
  language: Language;
  open: boolean;
  onClose: () => void;
}

type Phase =
  | { step: 'form' }
  | { step: 'submitting' }
  | { step: 'tracking'; key: string; status: ReportStatus; duplicate: boolean }
  | { step: 'form-opened' }
  | { step: 'unavailable'; text: ReportTextKey }
  | { step: 'error'; reason: string };

const CATEGORY_TEXT: Record<ReportCategory, ReportTextKey> = {
  phishing: 'categoryPhishing',
  tracking: 'categoryTracking',
  spam: 'categorySpam',
  unsure: 'categoryUnsure',
};

/** A sensible first choice from what Clearsight found; the user can change it. */
export function suggestedCategory(verdict: Pick<Verdict, 'findings'>, offered: ReportCategory[]): ReportCategory {
  const counts = verdict.findings.filter((f) => f.severity !== 'info');
  const guess: ReportCategory = counts.some((f) => f.category === 'lure') ? 'phishing'
    : counts.some((f) => f.category === 'tracking') ? 'tracking' : 'phishing';
  return offered.includes(guess) ? guess : (offered[0] ?? 'unsure');
}

export function ReportDialog({ service, message, verdict, language, open, onClose }: ReportDialogProps) {
  const t = useCallback((key: ReportTextKey, params?: Record<string, string | number>) => reportText(language, key, params), [language]);
  const [category, setCategory] = useState<ReportCategory>(() => suggestedCategory(verdict, service.categories));
  const [comment, setComment] = useState('');
  const [phase, setPhase] = useState<Phase>({ step: 'form' });
  const trackedKey = useRef<string | undefined>(undefined);
  const latestEntry = useRef<OutboxEntry | undefined>(undefined);
  const statusId = useId();

  useEffect(() => {
    const outbox = service.outbox;
    if (!outbox) return undefined;
    return outbox.subscribe((entry) => {
      if (entry.key !== trackedKey.current) return;
      latestEntry.current = newer(latestEntry.current, entry);
      setPhase((current) => (current.step === 'tracking' ? { ...current, status: statusOf(entry) } : current));
    });
  }, [service]);

  const submit = useCallback(async () => {
    setPhase({ step: 'submitting' });
    try {
      const result = await service.submit({ message, verdict, category, ...(comment.trim() ? { comment } : {}) });
      if (result.kind === 'form-opened') setPhase({ step: 'form-opened' });
      else if (result.kind === 'unavailable') setPhase({ step: 'unavailable', text: result.reason === 'no-reporter' ? 'noReporter' : 'notConfigured' });
      else {
        trackedKey.current = result.key;
        latestEntry.current = result.entry;
        // Delivery may have moved on while we awaited; whichever record is newer wins.
        const stored = await service.outbox?.get(result.key);
        const latest = newer(result.entry, newer(stored, latestEntry.current))!;
        setPhase({ step: 'tracking', key: result.key, status: statusOf(latest), duplicate: result.duplicate });
      }
    } catch (error) {
      setPhase({ step: 'error', reason: error instanceof Error ? error.message : String(error) });
    }
  }, [service, message, verdict, category, comment]);

  const retry = useCallback(async () => {
    if (phase.step !== 'tracking') return;
    setPhase({ ...phase, status: { state: 'sending' } });
    await service.outbox?.retry(phase.key);
  }, [phase, service]);

  const isForm = phase.step === 'form';

  return (
    <Dialog open={open} onOpenChange={(_event, data) => { if (!data.open) onClose(); }} modalType="modal">
      <DialogSurface aria-describedby={statusId}>
        <DialogBody>
          <DialogTitle>{t('dialogTitle')}</DialogTitle>
          <DialogContent>
            {isForm ? (
              <form id={`${statusId}-form`} onSubmit={(event) => { event.preventDefault(); void submit(); }}>
                <p>{service.mode === 'mailbox' ? t('mailboxIntro') : t('dialogIntro')}</p>
                <Field label={t('categoryLabel')}>
                  <RadioGroup value={category} onChange={(_event, data) => setCategory(data.value as ReportCategory)}>
                    {service.categories.map((c) => <Radio key={c} value={c} label={t(CATEGORY_TEXT[c])} />)}
                  </RadioGroup>
                </Field>
                <Field label={t('commentLabel')} hint={`${t('commentHint')} ${t('commentCount', { count: comment.length, max: MAX_COMMENT_CHARS })}`}>
                  <Textarea value={comment} maxLength={MAX_COMMENT_CHARS} resize="vertical"
                    onChange={(_event, data) => setComment(data.value.slice(0, MAX_COMMENT_CHARS))} />
                </Field>
              </form>
            ) : (
              <div id={statusId} role="status" aria-live="polite">
                <PhaseView phase={phase} t={t} />
              </div>
            )}
          </DialogContent>
          <DialogActions>
            {isForm && (
              <Button appearance="primary" type="submit" form={`${statusId}-form`}>
                {service.mode === 'mailbox' ? t('openMessage') : t('send')}
              </Button>
            )}
            {phase.step === 'tracking' && phase.status.state === 'failed' && (
              <Button appearance="primary" onClick={() => { void retry(); }}>{t('retry')}</Button>
            )}
            {phase.step === 'error' && <Button appearance="primary" onClick={() => { void submit(); }}>{t('retry')}</Button>}
            <Button appearance="secondary" onClick={onClose} disabled={phase.step === 'submitting'}>
              {isForm ? t('cancel') : t('close')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

const STATE_RANK: Record<OutboxEntry['state'], number> = { queued: 0, sending: 1, sent: 2, failed: 2 };

/** Records of one entry can share a millisecond; attempts and then state break the tie. */
function newer(a: OutboxEntry | undefined, b: OutboxEntry | undefined): OutboxEntry | undefined {
  if (!a) return b;
  if (!b) return a;
  const order = (e: OutboxEntry) => [e.updatedAt, e.attempts, STATE_RANK[e.state]] as const;
  const [x, y] = [order(a), order(b)];
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return x[i]! > y[i]! ? a : b;
  return b;
}

function PhaseView({ phase, t }: { phase: Phase; t: (key: ReportTextKey, params?: Record<string, string | number>) => string }) {
  switch (phase.step) {
    case 'submitting':
      return <Spinner size="small" label={t('sending')} />;
    case 'form-opened':
      return <Bar intent="success" title={t('formOpenedTitle')} body={t('formOpenedBody')} />;
    case 'unavailable':
      return <Bar intent="warning" body={t(phase.text)} />;
    case 'error':
      return <Bar intent="error" title={t('failedTitle')} body={`${t('failedBody', { reason: phase.reason })} ${t('failedHelp')}`} />;
    case 'tracking': {
      const { status } = phase;
      if (status.state === 'sending') return <Spinner size="small" label={t('sending')} />;
      if (status.state === 'sent') {
        return phase.duplicate
          ? <Bar intent="success" title={t('sentTitle')} body={t('alreadyReported', { reference: status.reference })} />
          : <Bar intent="success" title={t('sentTitle')} body={t('sentBody', { reference: status.reference })} />;
      }
      if (status.state === 'queued') {
        const body = status.offline ? t('queuedOffline') : t('queuedServer', { reason: status.reason ?? '' });
        return <Bar intent="warning" title={t('queuedTitle')} body={phase.duplicate ? `${t('alreadyQueued')} ${body}` : body} />;
      }
      return <Bar intent="error" title={t('failedTitle')} body={`${t('failedBody', { reason: status.reason })} ${t('failedHelp')}`} />;
    }
    default:
      return null;
  }
}

function Bar({ intent, title, body }: { intent: 'success' | 'warning' | 'error'; title?: string; body: string }) {
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {body}
      </MessageBarBody>
    </MessageBar>
  );
}
