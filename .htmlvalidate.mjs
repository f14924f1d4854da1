/**
 * html-validate for every built page (tests/site): the recommended rules, all of them errors.
 * A rule switched off says why.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A claim page's title is the claim's full wording plus the site name. Cutting the wording
    // to 70 characters would misquote it; search engines shorten long titles themselves.
    'long-title': 'off',
  },
};
