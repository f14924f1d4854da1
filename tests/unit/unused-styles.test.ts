/**
 * A page's stylesheet loses only the rules that cannot match anything on it: rules whose every
 * selector starts with a class (or, in its first compound, needs one) that neither the page's
 * markup nor a script of the site names.
 */
import { describe, expect, test } from 'vitest';
import { withoutUnusedRules } from '../../src/lib/unused-styles';

const used =
  (...names: string[]) =>
  (name: string) =>
    names.includes(name);

describe('withoutUnusedRules', () => {
  test('drops a rule whose selectors all start with classes nobody uses, and keeps the others', () => {
    const css = '.timeline{margin:0}.timeline>li:before{content:""}.pager a{gap:1rem}.a,.pager{color:red}';

    expect(withoutUnusedRules(css, used('pager'))).toBe('.pager a{gap:1rem}.a,.pager{color:red}');
  });

  test('drops a variant whose first compound needs a class nobody uses, and keeps the component', () => {
    const css = '.box{gap:1px}.box.large{gap:2px}.box.large input{padding:0}.box.wide:hover,.box.large{margin:0}';

    expect(withoutUnusedRules(css, used('box', 'wide'))).toBe('.box{gap:1px}.box.wide:hover,.box.large{margin:0}');
  });

  test('keeps rules that do not start with a class: elements, the root, attributes, :is()', () => {
    const css = 'body{margin:0}:root{--x:1}[hidden]{display:none}:is(.a,.b):hover .c{color:red}h1.a{color:blue}';

    expect(withoutUnusedRules(css, used())).toBe(css);
  });

  test('looks into @media blocks and drops a block left empty', () => {
    const css = '@media print{:root{--bg:#fff}.pager{display:none}}@media (hover:hover){.gone{opacity:0}}';

    expect(withoutUnusedRules(css, used())).toBe('@media print{:root{--bg:#fff}}');
  });

  test('keeps at-rules it does not look into, and braces inside strings', () => {
    const css = '@font-face{font-family:x}@keyframes spin{from{opacity:0}to{opacity:1}}.q:before{content:"{"}';

    expect(withoutUnusedRules(css, used('q'))).toBe(css);
  });

  test('refuses a stylesheet whose braces do not close, instead of cutting it somewhere', () => {
    expect(() => withoutUnusedRules('.a{color:red', used())).toThrow(/cannot read/);
  });
});
