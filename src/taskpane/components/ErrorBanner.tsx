import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { Component, type ReactNode } from 'react';
import { useText } from '../language';
import { useAppStyles } from '../styles';

/** `tooComplex`: the analysis ran out of time, which is about the message, not about Outlook. */
export function ErrorBanner({ reason, tooComplex = false, onRetry }: { reason: string; tooComplex?: boolean; onRetry: () => void }) {
  const styles = useAppStyles();
  const { t } = useText();
  return (
    <MessageBar intent="error" layout="multiline" role="alert" className={styles.banner}>
      <MessageBarBody>
        <MessageBarTitle>{t('errorTitle')}</MessageBarTitle> {tooComplex ? t('tooComplexBody') : t('errorBody', { reason })}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="primary" icon={<ArrowClockwise20Regular />} onClick={onRetry}>{t('retry')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

interface BoundaryProps { onRetry: () => void; children: ReactNode }

/** A result view that fails to load or render (e.g. a chunk lost to a network blip) becomes the error state, not a blank pane. */
export class RenderErrorBoundary extends Component<BoundaryProps, { error?: Error }> {
  override state: { error?: Error } = {};

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('[clearsight] the result could not be shown', error);
  }

  override render(): ReactNode {
    if (this.state.error) return <ErrorBanner reason={this.state.error.message} onRetry={this.props.onRetry} />;
    return this.props.children;
  }
}
