import { hiddenSelectorsFromCss } from './hidden-css';

describe('hiddenSelectorsFromCss', () => {
  it('collects simple class and id selectors whose rules hide', () => {
    const { classes, ids } = hiddenSelectorsFromCss(`
      /* preheader */ .preheader { display: none !important; mso-hide: all }
      td.spy, #Track { visibility:hidden }
      .fade { opacity: 0 }
      .shown { display: block }
      div .descendant { display: none }
      a:hover { display: none }`);
    expect([...classes]).toEqual([['preheader', 'display-none'], ['spy', 'visibility-hidden'], ['fade', 'opacity-zero']]);
    expect([...ids]).toEqual([['track', 'visibility-hidden']]);
  });

  it('drops classes that a media query may reveal', () => {
    const { classes } = hiddenSelectorsFromCss('.mobile-only{display:none} .pixel{display:none} @media (max-width:600px){ .mobile-only{display:block !important} }');
    expect([...classes.keys()]).toEqual(['pixel']);
  });

  // The timeout turns a hang or a quadratic blow-up into a failure; speed itself is benchmarked.
  it('survives unbalanced and hostile input', () => {
    expect(hiddenSelectorsFromCss('.a{display:none').classes.get('a')).toBe('display-none');
    expect(hiddenSelectorsFromCss('{'.repeat(300_000)).classes.size).toBe(0);
    expect([...hiddenSelectorsFromCss('.a'.repeat(300_000) + '{display:none} .z{display:none}').classes.keys()]).toEqual(['z']);
    expect([...hiddenSelectorsFromCss(`${'@media{'.repeat(100_000)}${'}'.repeat(100_000)} .z{display:none}`).classes.keys()]).toEqual(['z']);
  }, 30_000);
});
