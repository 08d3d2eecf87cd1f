import { analyze } from './analyze';
import { CollapsedText } from './html/text';
import { analysisSlot, type Rule } from './rule';
import { DEFAULT_POLICY, type MailMessage, type Policy } from './types';

const message: MailMessage = {
  headers: [], replyTo: [], to: [], cc: [], subject: 'Hello', attachments: [],
  html: '<p>Hi</p><a href="https://news.example/a">a</a><a href="https://news.example/b">b</a>',
};

/** A rule that reports what it observed, so tests can look at the engine from the inside. */
function probe(id: string, onEnd: (context: Parameters<Rule['create']>[0]) => string): Rule {
  return {
    meta: { id, category: 'tracking', severity: 'low', description: 'test probe', messageIds: ['seen'] },
    create(context) {
      return { end: () => context.report({ messageId: 'seen', evidence: { detail: onEnd(context) } }) };
    },
  };
}

describe('analysis slots', () => {
  const counter = analysisSlot('test/counter', () => ({ calls: 0 }));
  const first = probe('test/first', (context) => String(++context.shared(counter).calls));
  const second = probe('test/second', (context) => String(++context.shared(counter).calls));

  it('gives every rule of one analysis the same state', () => {
    const verdict = analyze(message, DEFAULT_POLICY, { rules: [first, second] });
    expect(verdict.findings.map((f) => f.evidence.detail)).toEqual(['1', '2']);
  });

  it('starts each analysis with fresh state, even for the same message and policy', () => {
    analyze(message, DEFAULT_POLICY, { rules: [first, second] });
    const again = analyze(message, DEFAULT_POLICY, { rules: [first, second] });
    expect(again.findings.map((f) => f.evidence.detail)).toEqual(['1', '2']);
  });
});

describe('the policy rules see', () => {
  const seen: Policy[] = [];
  const recorder = probe('test/policy', (context) => {
    seen.push(context.policy);
    return context.policy.orgDomains.join(',');
  });

  beforeEach(() => seen.splice(0));

  it('is the same completed object for every message analysed under one policy', () => {
    const policy = { orgDomains: ['parliament.example'] } as unknown as Policy;
    analyze(message, policy, { rules: [recorder] });
    analyze({ ...message, subject: 'Other' }, policy, { rules: [recorder] });
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0]).toMatchObject({ orgDomains: ['parliament.example'], vips: [], defaultLanguage: 'en' });
  });

  it('follows a field the caller reassigns between messages', () => {
    const policy = { ...DEFAULT_POLICY, orgDomains: ['old.example'] };
    analyze(message, policy, { rules: [recorder] });
    policy.orgDomains = ['new.example'];
    const verdict = analyze(message, policy, { rules: [recorder] });
    expect(verdict.findings[0]?.evidence.detail).toBe('new.example');
    expect(seen[0]).not.toBe(seen[1]);
  });

  it('falls back to the default for a field the caller deletes', () => {
    const policy: Partial<Policy> = { orgDomains: ['gone.example'] };
    analyze(message, policy as Policy, { rules: [recorder] });
    delete policy.orgDomains;
    const verdict = analyze(message, policy as Policy, { rules: [recorder] });
    expect(verdict.findings[0]?.evidence.detail).toBe('');
  });
});

describe('the texts rules see', () => {
  const withText: MailMessage = { ...message, text: 'Plain part', html: '<p>Visible  words</p><div style="display:none">Cloaked</div>' };

  it('gives the plain text until the walk is over, then the HTML texts', () => {
    const early: string[] = [];
    const rule: Rule = {
      meta: { id: 'test/texts', category: 'tracking', severity: 'low', description: 'test probe', messageIds: ['seen'] },
      create: (context) => ({
        element: () => { if (early.length === 0) early.push(context.bodyText(), context.hiddenText?.() ?? '<none>'); },
        end: () => context.report({ messageId: 'seen', evidence: { detail: `${context.bodyText()}|${context.hiddenText?.()}` } }),
      }),
    };
    const verdict = analyze(withText, DEFAULT_POLICY, { rules: [rule] });
    expect(early).toEqual(['Plain part', '']);
    expect(verdict.findings[0]?.evidence.detail).toBe('Visible words|Cloaked');
  });

  it('falls back to the plain text when the HTML shows none, and to it alone without HTML', () => {
    const body = probe('test/body', (context) => context.bodyText());
    expect(analyze({ ...withText, html: '<p> </p>' }, DEFAULT_POLICY, { rules: [body] }).findings[0]?.evidence.detail).toBe('Plain part');
    expect(analyze({ ...withText, html: undefined }, DEFAULT_POLICY, { rules: [body] }).findings[0]?.evidence.detail).toBe('Plain part');
  });

  it('does not collapse texts no rule reads', () => {
    const collapse = jest.spyOn(CollapsedText.prototype, 'value');
    try {
      analyze(withText, DEFAULT_POLICY, { rules: [] });
      expect(collapse).not.toHaveBeenCalled();
      analyze(withText, DEFAULT_POLICY, { rules: [probe('test/body', (context) => context.bodyText() + context.bodyText())] });
      expect(collapse).toHaveBeenCalledTimes(1);
    } finally {
      collapse.mockRestore();
    }
  });
});

describe('element dispatch', () => {
  it('hands every element, in document order, to the rules that visit elements', () => {
    const tags: string[] = [];
    const rule: Rule = {
      meta: { id: 'test/elements', category: 'tracking', severity: 'low', description: 'test probe', messageIds: ['seen'] },
      create: () => ({ element: (node) => { tags.push(node.tagName); } }),
    };
    analyze(message, DEFAULT_POLICY, { rules: [probe('test/none', () => ''), rule] });
    expect(tags).toEqual(['p', 'a', 'a']);
  });
});
