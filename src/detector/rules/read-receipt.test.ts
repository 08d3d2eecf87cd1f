import { analyze } from '..';
import { readReceipt } from './read-receipt';
import { message } from '../../../test/helpers/message';

describe('tracking/read-receipt', () => {
  const run = (headers: { name: string; value: string }[]) => analyze(message({ headers }), undefined, { rules: [readReceipt] });

  it.each(['Disposition-Notification-To', 'Return-Receipt-To', 'X-Confirm-Reading-To'])('flags %s', (name) => {
    const verdict = run([{ name, value: ' <tracker@example.com>' }]);
    expect(verdict.findings).toHaveLength(1);
    expect(verdict.findings[0]).toMatchObject({ rule: 'tracking/read-receipt', evidence: { header: name }, params: { to: '<tracker@example.com>' } });
    expect(verdict.level).toBe('caution');
  });

  it.each(['Reply-To', 'X-Mailer', 'Disposition'])('ignores %s', (name) => {
    expect(run([{ name, value: 'x@example.com' }]).findings).toEqual([]);
  });
});
