import type { ReportPayload } from '../../src/report/payload';

/** A valid report; overrides replace top-level fields. */
export function samplePayload(overrides: Partial<ReportPayload> = {}): ReportPayload {
  return {
    schemaVersion: 1,
    reportId: '3b241101-e2bb-4255-8caf-4136c566a962',
    idempotencyKey: 'a'.repeat(64),
    reportedAt: '2026-11-27T10:00:00.000Z',
    reporter: 'staff@parliament.example',
    category: 'phishing',
    message: {
      internetMessageId: '<abc@news.example>',
      subject: 'Interview request',
      from: { name: 'Press Desk', address: 'desk@news.example' },
      receivedAt: '2026-11-27T09:00:00Z',
    },
    verdict: {
      level: 'danger',
      score: 12,
      findings: [
        {
          rule: 'tracking/tiny-image',
          category: 'tracking',
          severity: 'high',
          messageKey: 'tracking.tinyImage',
          params: { host: 'px.example', count: 1 },
          evidence: { host: 'px.example', element: 'img' },
        },
      ],
    },
    headers: [{ name: 'From', value: 'Press Desk <desk@news.example>' }],
    emlOmitted: { reason: 'unsupported' },
    client: { addinVersion: '0.1.0', host: 'Outlook', platform: 'OfficeOnline' },
    ...overrides,
  };
}
