// Stands in for office.js inside demo/taskpane.html, so the real task pane
// bundle runs offline against the sample messages. It implements the surface
// listed in src/office/host.ts and talks to demo.html (its parent) by
// postMessage: the parent says which sample is selected, the fake reports
// notifications and "new message" requests back for the human to see.
//
// Query flags (demo.html forwards its own):
//   select=<sample.eml>   item open when the pane starts (else no item)
//   lang=fr|nl|de|en|xx-YY  Office.context.displayLanguage
//   fail=body,headers,file,notification  make those calls fail
//   mailbox=1.5           highest Mailbox requirement set the host claims
//   theme=dark            officeTheme colours
//   pad=1200              add that many KiB of HTML comment to every body (large-message path)
import { parseEml } from '../mail/parse-eml';
import { createFakeItem, type FailableCall, type FakeItem, type NotificationRecord } from './fake-item';
import { DEMO_MESSAGE, isDemoMessage, isSampleName, type DemoMessage } from './protocol';

const params = new URLSearchParams(location.search);

const LANGUAGES: Record<string, string> = { en: 'en-US', fr: 'fr-FR', nl: 'nl-NL', de: 'de-DE' };
const FAILABLE: readonly FailableCall[] = ['body', 'headers', 'file', 'notification'];

function displayLanguage(): string {
  const lang = params.get('lang') ?? 'en';
  return LANGUAGES[lang.toLowerCase()] ?? (/^[a-z]{2}-[A-Z]{2}$/.test(lang) ? lang : 'en-US');
}

function failures(): Set<FailableCall> {
  const wanted = (params.get('fail') ?? '').split(',');
  return new Set(FAILABLE.filter((call) => wanted.includes(call)));
}

/** "1.14" > "1.8": compare numerically, part by part. */
function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

const THEMES = {
  light: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#242424', controlBackgroundColor: '#f5f5f5', controlForegroundColor: '#242424' },
  dark: { bodyBackgroundColor: '#1f1f1f', bodyForegroundColor: '#f0f0f0', controlBackgroundColor: '#2b2b2b', controlForegroundColor: '#f0f0f0' },
};

function toParent(message: DemoMessage): void {
  if (window.parent !== window) window.parent.postMessage(message, location.origin);
}

const callLog: { call: string; args: unknown }[] = [];
const itemChangedHandlers: ((event: { type: string }) => void)[] = [];
const failing = failures();
const maxMailboxVersion = params.get('mailbox') ?? '1.14';
const padBodyKiB = Math.min(Math.max(Number(params.get('pad')) || 0, 0), 20_000);

const events = {
  onNotification(record: NotificationRecord | { key: string; removed: true }): void {
    callLog.push({ call: 'notificationMessages', args: record });
    toParent({ type: DEMO_MESSAGE.notification, record });
  },
};

async function loadItem(name: string): Promise<FakeItem> {
  if (!isSampleName(name)) throw new Error(`Not a sample name: ${name}`);
  const response = await fetch(`samples/${encodeURIComponent(name)}`);
  if (!response.ok) throw new Error(`samples/${name}: HTTP ${response.status}`);
  const raw = new Uint8Array(await response.arrayBuffer());
  return createFakeItem(name, raw, await parseEml(raw), { failures: failing, events, padBodyKiB });
}

const mailbox = {
  item: null as FakeItem | null,
  /**
   * The demo is one mailbox that received every sample, each addressed to
   * someone; the reader is whoever the open sample was sent to (or ?user=).
   */
  get userProfile() {
    const addressee = this.item?.to[0]?.emailAddress;
    return { emailAddress: params.get('user') ?? (addressee || 'reader@parliament.example'), displayName: 'Demo reader', timeZone: 'Europe/Brussels' };
  },
  addHandlerAsync(eventType: string, handler: (event: { type: string }) => void, ...rest: unknown[]): void {
    if (eventType !== 'olkItemSelectedChanged') throw new Error(`The demo host does not raise ${eventType}`);
    itemChangedHandlers.push(handler);
    const callback = rest[rest.length - 1];
    setTimeout(() => typeof callback === 'function' && callback({ status: 'succeeded', value: undefined }), 0);
  },
  displayNewMessageForm(parameters: unknown): void {
    callLog.push({ call: 'displayNewMessageForm', args: parameters });
    toParent({ type: DEMO_MESSAGE.newMessageForm, parameters: JSON.parse(JSON.stringify(parameters ?? null)) as unknown });
  },
};

/** Select a sample (or nothing) and tell a pinned pane, as Outlook does. */
async function select(name: string | null): Promise<void> {
  mailbox.item = name === null ? null : await loadItem(name);
  for (const handler of itemChangedHandlers) handler({ type: 'olkItemSelectedChanged' });
  toParent({ type: DEMO_MESSAGE.selected, name });
}

const initialSelection = params.get('select');
const ready: Promise<void> = (initialSelection ? loadItem(initialSelection).then((item) => { mailbox.item = item; }) : Promise.resolve())
  .catch((error: unknown) => { console.error('demo host: could not open the initial sample', error); });

const fakeOffice = {
  onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
    const info = { host: 'Outlook', platform: 'OfficeOnline' };
    return ready.then(() => {
      callback?.(info);
      return info;
    });
  },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  CoercionType: { Html: 'html', Text: 'text' },
  EventType: { ItemChanged: 'olkItemSelectedChanged' },
  HostType: { Outlook: 'Outlook' },
  PlatformType: { OfficeOnline: 'OfficeOnline' },
  MailboxEnums: {
    ItemNotificationMessageType: { InformationalMessage: 'informationalMessage', ErrorMessage: 'errorMessage', ProgressIndicator: 'progressIndicator' },
    ItemType: { Message: 'message', Appointment: 'appointment' },
    MoveSpamItemTo: { CustomFolder: 'customFolder', DeletedItemsFolder: 'deletedItemsFolder', JunkFolder: 'junkFolder', NoMove: 'noMove' },
  },
  actions: {
    // The demo has no ribbon; the Report button's handler is recorded, never invoked.
    associate(name: string): void {
      callLog.push({ call: 'actions.associate', args: name });
    },
  },
  context: {
    diagnostics: { host: 'Outlook', platform: 'OfficeOnline', version: 'demo' },
    displayLanguage: displayLanguage(),
    officeTheme: params.get('theme') === 'dark' ? THEMES.dark : THEMES.light,
    requirements: {
      isSetSupported(name: string, version = '1.1'): boolean {
        return name === 'Mailbox' && compareVersions(version, maxMailboxVersion) <= 0;
      },
    },
    mailbox,
  },
};

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.origin !== location.origin || event.source !== window.parent) return;
  const data = event.data;
  if (!isDemoMessage(data) || data.type !== DEMO_MESSAGE.select) return;
  select(data.name).catch((error: unknown) => console.error('demo host: could not open sample', error));
});

(window as unknown as { Office: unknown }).Office = fakeOffice;
/** For tests and curious humans: what the pane asked of its host. */
(window as unknown as { clearsightDemoHost: unknown }).clearsightDemoHost = { calls: callLog, select };
ready.then(() => toParent({ type: DEMO_MESSAGE.ready }), () => undefined);
