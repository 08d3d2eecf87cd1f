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

  it('survives unbalanced and hostile input in linear time', () => {
    expect(hiddenSelectorsFromCss('.a{display:none').classes.get('a')).toBe('display-none');
    const started = Date.now();
    hiddenSelectorsFromCss('{'.repeat(300_000));
    hiddenSelectorsFromCss('.a'.repeat(300_000) + '{display:none}');
    hiddenSelectorsFromCss('@media{'.repeat(100_000));
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
