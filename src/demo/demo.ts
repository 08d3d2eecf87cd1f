// demo.html: a pretend Outlook window. Left, the sample messages (subject and
// sender only, set through textContent); middle, their headers; right, the real
// task pane in an iframe running against the fake host (fake-office.ts).
// Choosing a message tells the fake host, which raises ItemChanged like Outlook.
import type { MailAddress } from '../detector/types';
import { parseEml } from '../mail/parse-eml';
import { DEMO_MESSAGE, isDemoMessage, isSampleName, type DemoMessage } from './protocol';

interface SampleSummary {
  name: string;
  subject: string;
  from: string;
  to: string;
  date: string;
}

const params = new URLSearchParams(location.search);
const FORWARDED = ['lang', 'fail', 'mailbox', 'theme', 'user', 'pad'];
const LANGUAGES = [['en', 'English'], ['fr', 'Français'], ['nl', 'Nederlands'], ['de', 'Deutsch']] as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`demo.html lacks #${id}`);
  return node;
}

function formatAddress(address: MailAddress | undefined): string {
  if (!address) return '';
  return address.name ? `${address.name} <${address.address}>` : address.address;
}

async function loadSummaries(): Promise<SampleSummary[]> {
  const index = await fetch('demo/samples/index.json').then((response) => {
    if (!response.ok) throw new Error(`demo/samples/index.json: HTTP ${response.status}`);
    return response.json() as Promise<{ samples: string[] }>;
  });
  const names = index.samples.filter(isSampleName);
  return Promise.all(names.map(async (name) => {
    const raw = new Uint8Array(await (await fetch(`demo/samples/${encodeURIComponent(name)}`)).arrayBuffer());
    try {
      const message = await parseEml(raw);
      return {
        name,
        subject: message.subject || '(no subject)',
        from: formatAddress(message.from) || '(no sender)',
        to: message.to.map(formatAddress).join(', '),
        date: message.date ?? '',
      };
    } catch (error) {
      return { name, subject: `(unreadable: ${error instanceof Error ? error.message : String(error)})`, from: '', to: '', date: '' };
    }
  }));
}

function renderLanguages(): void {
  const nav = byId('languages');
  const current = (params.get('lang') ?? 'en').slice(0, 2).toLowerCase();
  for (const [code, label] of LANGUAGES) {
    const next = new URLSearchParams(params);
    next.set('lang', code);
    const link = element('a', label);
    link.href = `?${next.toString()}`;
    link.lang = code;
    if (code === current) link.setAttribute('aria-current', 'true');
    nav.append(link);
  }
}

function renderHeaders(sample: SampleSummary | undefined): void {
  const list = byId('headers');
  list.replaceChildren();
  if (!sample) return;
  for (const [label, value] of [['From', sample.from], ['To', sample.to], ['Subject', sample.subject], ['Date', sample.date], ['Sample', sample.name]] as const) {
    list.append(element('dt', label), element('dd', value));
  }
}

/** What Outlook would open for displayNewMessageForm, in a sentence; the HTML body is not shown. */
function describeNewMessage(parameters: unknown): string {
  const form = (typeof parameters === 'object' && parameters !== null ? parameters : {}) as {
    toRecipients?: unknown; subject?: unknown; attachments?: unknown;
  };
  const to = Array.isArray(form.toRecipients) ? form.toRecipients.map(String).join(', ') : '(nobody)';
  const subject = typeof form.subject === 'string' ? form.subject : '';
  const attachments = Array.isArray(form.attachments) ? form.attachments.length : 0;
  return `Outlook would now open a new message to ${to}, subject “${subject}”, with ${attachments} attachment${attachments === 1 ? '' : 's'}.`;
}

function showInfobar(text: string): void {
  byId('infobar').textContent = text;
}

function main(): void {
  renderLanguages();
  const selected = params.get('select');
  const paneParams = new URLSearchParams();
  for (const key of FORWARDED) {
    const value = params.get(key);
    if (value !== null) paneParams.set(key, value);
  }
  if (selected && isSampleName(selected)) paneParams.set('select', selected);

  let summaries: SampleSummary[] = [];
  let current: string | null = selected;
  const buttons = new Map<string, HTMLButtonElement>();

  const markSelected = (name: string | null) => {
    current = name;
    for (const [sample, button] of buttons) button.setAttribute('aria-pressed', String(sample === name));
    renderHeaders(summaries.find((summary) => summary.name === name));
    const url = new URL(location.href);
    if (name) url.searchParams.set('select', name);
    else url.searchParams.delete('select');
    history.replaceState(null, '', url);
  };

  const frame = element('iframe');
  frame.title = 'Clearsight task pane';
  frame.src = `demo/taskpane.html?${paneParams.toString()}`;

  const send = (message: DemoMessage) => frame.contentWindow?.postMessage(message, location.origin);

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (event.origin !== location.origin || event.source !== frame.contentWindow) return;
    const data = event.data;
    if (!isDemoMessage(data)) return;
    if (data.type === DEMO_MESSAGE.notification) {
      showInfobar('removed' in data.record ? '' : data.record.message);
    } else if (data.type === DEMO_MESSAGE.newMessageForm) {
      showInfobar(describeNewMessage(data.parameters));
    } else if (data.type === DEMO_MESSAGE.selected) {
      // Outlook clears the information bar when another message is opened.
      showInfobar('');
    }
  });

  byId('pane').append(frame);
  byId('deselect').addEventListener('click', () => {
    markSelected(null);
    send({ type: DEMO_MESSAGE.select, name: null });
  });

  loadSummaries().then((loaded) => {
    summaries = loaded;
    const list = byId('message-list');
    for (const sample of loaded) {
      const button = element('button');
      button.type = 'button';
      button.dataset.sample = sample.name;
      button.append(element('span', sample.from, 'from'), element('span', sample.subject, 'subject'), element('span', sample.name, 'file'));
      button.addEventListener('click', () => {
        markSelected(sample.name);
        send({ type: DEMO_MESSAGE.select, name: sample.name });
      });
      buttons.set(sample.name, button);
      const item = element('li');
      item.append(button);
      list.append(item);
    }
    markSelected(current);
  }, (error: unknown) => {
    showInfobar(`The demo could not load its sample messages: ${error instanceof Error ? error.message : String(error)}`);
  });
}

main();
