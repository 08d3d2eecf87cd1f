// A typed stand-in for the Office.js global, implementing only the surface
// listed in src/office/host.ts. Each call is recorded so tests can assert on it,
// and each async call can be made to fail.
export interface FakeItemData {
  html?: string;
  headers?: string;
  from?: { displayName: string; emailAddress: string };
  sender?: { displayName: string; emailAddress: string };
  to?: { displayName: string; emailAddress: string }[];
  cc?: { displayName: string; emailAddress: string }[];
  subject?: string;
  internetMessageId?: string;
  dateTimeCreated?: Date;
  attachments?: { id: string; name: string; contentType: string; size: number; isInline: boolean; attachmentType: string }[];
}

export interface FakeOfficeOptions {
  item?: FakeItemData | null;
  /** Whether isSetSupported('Mailbox', '1.8') answers true. Default true. */
  mailbox18?: boolean;
  /** Names of async calls that should fail, mapped to Office's error message/code. */
  failures?: Partial<Record<'body.getAsync' | 'getAllInternetHeadersAsync' | 'notificationMessages.replaceAsync' | 'addHandlerAsync', { message: string; code: number }>>;
  displayLanguage?: string;
  bodyBackgroundColor?: string;
  userEmail?: string;
}

export interface FakeOffice {
  office: typeof Office;
  /** Every replaceAsync call, in order. */
  notifications: { key: string; details: Office.NotificationMessageDetails }[];
  /** Select another message (or none) and fire ItemChanged like Outlook does. */
  selectItem(item: FakeItemData | null): void;
  calls: string[];
}

const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };

export function createFakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  const notifications: FakeOffice['notifications'] = [];
  const calls: string[] = [];
  const itemChangedHandlers: ((event: unknown) => void)[] = [];
  const failures = options.failures ?? {};

  const respond = <T>(name: keyof NonNullable<FakeOfficeOptions['failures']>, value: T, callback?: (r: Office.AsyncResult<T>) => void) => {
    calls.push(name);
    const failure = failures[name];
    const result = failure
      ? { status: AsyncResultStatus.Failed, value: undefined, error: { name: 'Error', message: failure.message, code: failure.code } }
      : { status: AsyncResultStatus.Succeeded, value };
    // Office calls back asynchronously; so does the fake, to catch code that assumes otherwise.
    setTimeout(() => callback?.(result as unknown as Office.AsyncResult<T>), 0);
  };

  const buildItem = (data: FakeItemData) => ({
    subject: data.subject ?? '',
    from: data.from,
    sender: data.sender ?? data.from,
    to: data.to ?? [],
    cc: data.cc ?? [],
    internetMessageId: data.internetMessageId ?? '',
    dateTimeCreated: data.dateTimeCreated ?? new Date('2026-01-05T09:00:00Z'),
    attachments: data.attachments ?? [],
    body: {
      getAsync(coercion: string, callback: (r: Office.AsyncResult<string>) => void) {
        if (coercion !== 'html') throw new Error(`fake only supports html, got ${coercion}`);
        respond('body.getAsync', data.html ?? '', callback);
      },
    },
    getAllInternetHeadersAsync(callback: (r: Office.AsyncResult<string>) => void) {
      respond('getAllInternetHeadersAsync', data.headers ?? '', callback);
    },
    notificationMessages: {
      replaceAsync(key: string, details: Office.NotificationMessageDetails, callback?: (r: Office.AsyncResult<void>) => void) {
        if (!failures['notificationMessages.replaceAsync']) notifications.push({ key, details });
        respond('notificationMessages.replaceAsync', undefined, callback);
      },
      removeAsync(_key: string, callback?: (r: Office.AsyncResult<void>) => void) {
        respond('notificationMessages.replaceAsync', undefined, callback);
      },
    },
  });

  const mailbox = {
    item: options.item === null ? null : buildItem(options.item ?? {}) as unknown,
    userProfile: { emailAddress: options.userEmail ?? 'reader@parliament.example' },
    addHandlerAsync(type: string, handler: (event: unknown) => void, callback?: (r: Office.AsyncResult<void>) => void) {
      if (type !== 'olkItemSelectedChanged') throw new Error(`unexpected event ${type}`);
      if (!failures.addHandlerAsync) itemChangedHandlers.push(handler);
      respond('addHandlerAsync', undefined, callback);
    },
  };

  const office = {
    onReady: () => Promise.resolve({ host: 'Outlook', platform: 'OfficeOnline' }),
    AsyncResultStatus,
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: { ItemChanged: 'olkItemSelectedChanged' },
    MailboxEnums: { ItemNotificationMessageType: { InformationalMessage: 'informationalMessage' } },
    context: {
      displayLanguage: options.displayLanguage ?? 'en-US',
      officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor ?? '#ffffff', bodyForegroundColor: '#000000' },
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'Mailbox' && ((options.mailbox18 ?? true) || Number(version) < 1.8),
      },
      mailbox,
    },
  };

  return {
    office: office as unknown as typeof Office,
    notifications,
    calls,
    selectItem(item) {
      mailbox.item = item === null ? null : buildItem(item);
      for (const handler of itemChangedHandlers) handler({ type: 'olkItemSelectedChanged' });
    },
  };
}
