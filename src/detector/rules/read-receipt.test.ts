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

  it('reports every receipt header, in header order, ahead of findings from the body', () => {
    const verdict = analyze(message({
      headers: [
        { name: 'Return-Receipt-To', value: 'a@example.com' },
        { name: 'X-Mailer', value: 'x' },
        { name: 'DISPOSITION-NOTIFICATION-TO', value: 'b@example.com' },
      ],
      html: '<img src="https://cdn.example/banner.php" width="1" height="1">',
    }));
    const receipts = verdict.findings.filter((f) => f.rule === 'tracking/read-receipt');
    expect(receipts.map((f) => f.params.to)).toEqual(['a@example.com', 'b@example.com']);
    expect(verdict.findings.slice(0, 2)).toEqual(receipts);
    expect(verdict.findings.some((f) => f.rule === 'tracking/tiny-image')).toBe(true);
  });

  it.each(['Reply-To', 'X-Mailer', 'Disposition'])('ignores %s', (name) => {
    expect(run([{ name, value: 'x@example.com' }]).findings).toEqual([]);
  });
});
