// Messages between demo.html and the fake host inside its task pane iframe.
// Both are served from the same origin; receivers still check origin and source.
import type { NotificationRecord } from './fake-item';

export const DEMO_MESSAGE = {
  select: 'clearsight-demo:select',
  selected: 'clearsight-demo:selected',
  ready: 'clearsight-demo:ready',
  notification: 'clearsight-demo:notification',
  newMessageForm: 'clearsight-demo:new-message-form',
} as const;

export type DemoMessage =
  | { type: typeof DEMO_MESSAGE.select; name: string | null }
  | { type: typeof DEMO_MESSAGE.selected; name: string | null }
  | { type: typeof DEMO_MESSAGE.ready }
  | { type: typeof DEMO_MESSAGE.notification; record: NotificationRecord | { key: string; removed: true } }
  | { type: typeof DEMO_MESSAGE.newMessageForm; parameters: unknown };

const TYPES = new Set<string>(Object.values(DEMO_MESSAGE));

export function isDemoMessage(value: unknown): value is DemoMessage {
  return typeof value === 'object' && value !== null && TYPES.has(String((value as { type?: unknown }).type));
}

/** Sample file names as the build lists them; anything else is refused before it becomes a path. */
export function isSampleName(name: string): boolean {
  return name.length <= 120 && /^[\w][\w.-]*\.eml$/.test(name);
}
