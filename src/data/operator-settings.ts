/**
 * What follows from the operator's settings (`src/site.config.ts`): which passage of a legal page
 * applies to the choices made, which details those choices need, and which are still missing.
 * The settings are checked when this module loads, so a contradiction fails the build with a
 * message naming each setting, all at once.
 */
import {
  choices,
  isPlaceholder,
  operator,
  type Choices,
  type Operator,
  type Placeholder,
  type Setting,
} from '../site.config';
import { formatDate } from '../dates';
import { quoted, settingsStrings } from '../strings';

export type ChoiceName = keyof Choices;
type OptionOf<Name extends ChoiceName> = Exclude<Choices[Name], Placeholder>;

/** A configuration as `src/site.config.ts` holds it; tests pass others. */
export interface Settings {
  operator: Operator;
  choices: Choices;
}

const FILE = 'src/site.config.ts';

/** Every option of a choice, in the order the pages name them. */
export const optionsOf = <Name extends ChoiceName>(name: Name): OptionOf<Name>[] =>
  Object.keys(settingsStrings.options[name]) as OptionOf<Name>[];

/** Details every operator fills in, whatever they choose. */
const ALWAYS_NEEDED: (keyof Operator)[] = [
  'name',
  'street',
  'city',
  'email',
  'responsible',
  'responsibleStreet',
  'responsibleCity',
  'hosting',
  'logRetention',
  'authority',
  'privacyNoticeDate',
];

const ACCESSIBILITY: (keyof Operator)[] = ['accessibilityReviewed', 'accessibilityEnforcement'];

/** The details each option needs: the page's text for that option shows them. */
const NEEDED_FOR: { [Name in ChoiceName]: Record<OptionOf<Name>, (keyof Operator)[]> } = {
  body: {
    federal: ['legalNorm', ...ACCESSIBILITY],
    state: ['legalNorm', 'accessibilityLaw', ...ACCESSIBILITY],
    'non-public': [],
  },
  dataProtectionOfficer: { designated: ['dataProtectionOfficer'], none: [] },
  server: { nginx: [], cdn: ['hostLogs'] },
  transfer: {
    none: [],
    adequacy: ['transferCountry', 'transferSafeguard'],
    scc: ['transferCountry', 'transferSafeguard'],
  },
  accessibility: { full: [], partial: ['accessibilityBarriers'], none: ['accessibilityBarriers'] },
};

/** Details written as a day, YYYY-MM-DD, and shown as a German date. */
const DATES = new Set<keyof Operator>(['privacyNoticeDate', 'accessibilityReviewed']);

const PUBLIC_BODIES: readonly string[] = ['federal', 'state'] satisfies OptionOf<'body'>[];

/** Whether the operator is a public body; undefined while the choice is open. */
function isPublicBody(settings: Settings): boolean | undefined {
  const { body } = settings.choices;
  return isPlaceholder(body) ? undefined : PUBLIC_BODIES.includes(body);
}

/** The choices a page asks about: the accessibility status only for a public body (or while that is open). */
function askedChoices(settings: Settings): ChoiceName[] {
  const all = Object.keys(settings.choices) as ChoiceName[];
  return isPublicBody(settings) === false ? all.filter((name) => name !== 'accessibility') : all;
}

/**
 * The details a page may show with these choices: those every operator needs, those of each
 * option chosen, and those of every option of a choice still open.
 */
function usedDetails(settings: Settings): Set<keyof Operator> {
  const used = new Set(ALWAYS_NEEDED);
  for (const name of askedChoices(settings)) {
    const value: string | Placeholder = settings.choices[name];
    const needs: Record<string, (keyof Operator)[]> = NEEDED_FOR[name];
    const options = isPlaceholder(value) ? Object.keys(needs) : [value];
    for (const option of options) for (const detail of needs[option] ?? []) used.add(detail);
  }
  return used;
}

const isDay = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** Everything wrong with a configuration, one sentence each; empty when it can be published as far as it goes. */
export function settingProblems(settings: Settings): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(settings.choices) as ChoiceName[]) {
    const value: string | Placeholder = settings.choices[name];
    const options: string[] = optionsOf(name);
    if (!isPlaceholder(value) && !options.includes(value)) {
      problems.push(
        `choices.${name} is "${value}"; choose one of ${options.map((option) => `"${option}"`).join(', ')}.`,
      );
    }
  }
  if (isPublicBody(settings) === false && !isPlaceholder(settings.choices.accessibility)) {
    problems.push(
      'choices.accessibility is set, but choices.body is "non-public": the accessibility statement of a non-public body shows no status. Set it back to PLACEHOLDER(…).',
    );
  }
  const { body } = settings.choices;
  if (!isPlaceholder(body) && PUBLIC_BODIES.includes(body) && settings.choices.dataProtectionOfficer === 'none') {
    problems.push(
      `choices.dataProtectionOfficer is "none", but choices.body is "${body}": a public body must designate a data-protection officer (Art. 37(1)(a) GDPR). Choose "designated" and fill in operator.dataProtectionOfficer.`,
    );
  }
  const used = usedDetails(settings);
  for (const [name, value] of Object.entries(settings.operator) as [keyof Operator, Setting][]) {
    if (isPlaceholder(value)) continue;
    if (!used.has(name)) {
      problems.push(
        `operator.${name} is filled in, but no page shows it with these choices. Set it back to PLACEHOLDER(…) or change the choice it belongs to.`,
      );
    } else if (DATES.has(name) && !isDay(value)) {
      problems.push(`operator.${name} is "${value}"; write a day as YYYY-MM-DD, e.g. 2026-12-06.`);
    }
  }
  return problems;
}

/** Fails with every problem of a configuration at once, naming the file and each setting. */
export function checkSettings(settings: Settings): Settings {
  const problems = settingProblems(settings);
  if (problems.length > 0) throw new Error(`${FILE}:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  return settings;
}

/** The choices a page asks about that the operator has not made yet. */
export const openChoices = (settings: Settings): ChoiceName[] =>
  askedChoices(settings).filter((name) => isPlaceholder(settings.choices[name]));

/** What the operator still has to fill in or choose before publishing, as setting names. */
export function missingSettings(settings: Settings): string[] {
  const choicesOpen = openChoices(settings).map((name) => `choices.${name}`);
  const detailsOpen = [...usedDetails(settings)]
    .filter((name) => isPlaceholder(settings.operator[name]))
    .map((name) => `operator.${name}`);
  return [...choicesOpen, ...detailsOpen];
}

/**
 * Whether a passage written for some options of a choice applies: `'chosen'` (show it),
 * `'other'` (leave it out) or `'open'` (nothing chosen yet: show it, marked with its options).
 *
 * @param when the options the passage is for, separated by spaces, e.g. `"federal state"`.
 */
export function choiceState(settings: Settings, name: ChoiceName, when: string): 'chosen' | 'other' | 'open' {
  if (!Object.hasOwn(settings.choices, name)) {
    throw new Error(
      `A passage names the choice "${name}"; the choices are ${Object.keys(settings.choices).join(', ')}.`,
    );
  }
  const options: string[] = optionsOf(name);
  const wanted = when.split(/\s+/).filter(Boolean);
  const unknown = wanted.filter((option) => !options.includes(option));
  if (unknown.length > 0 || wanted.length === 0) {
    throw new Error(
      `A passage for choices.${name} names the option(s) "${when}"; the options are ${options.map((option) => `"${option}"`).join(', ')}.`,
    );
  }
  const value: string | Placeholder = settings.choices[name];
  if (isPlaceholder(value)) return 'open';
  return wanted.includes(value) ? 'chosen' : 'other';
}

/** The label above a passage while its choice is open: which choice, and which options it is for. */
export function openChoiceLabel(settings: Settings, name: ChoiceName, when: string): string {
  const value: string | Placeholder = settings.choices[name];
  const labels: Record<string, string> = settingsStrings.options[name];
  const options = when.split(/\s+/).filter(Boolean);
  const list = new Intl.ListFormat('de', { type: 'disjunction' }).format(
    options.map((option) => quoted(labels[option] ?? option)),
  );
  return settingsStrings.openChoice(isPlaceholder(value) ? value.label : name, list);
}

/** The label of a note that stands only while a choice is open; undefined once it is made. */
export function choiceHint(settings: Settings, name: ChoiceName): string | undefined {
  const value: string | Placeholder = settings.choices[name];
  return isPlaceholder(value) ? settingsStrings.choiceHint(value.label) : undefined;
}

/** The legal basis of the server logs, as one citation, or a placeholder that names both while the choice is open. */
export function legalBasis(settings: Settings): Setting {
  const isPublic = isPublicBody(settings);
  if (isPublic === undefined) return { placeholder: true, label: settingsStrings.legalBasis.open };
  return isPublic ? settingsStrings.legalBasis.public : settingsStrings.legalBasis.nonPublic;
}

/** A detail as the page shows it: a day as a German date (with its ISO form for `<time>`), anything else as written. */
export function detail(settings: Settings, name: keyof Operator): { value: Setting; day?: string } {
  const value = settings.operator[name];
  if (!DATES.has(name) || isPlaceholder(value)) return { value };
  return { value: formatDate(new Date(`${value}T00:00:00Z`)), day: value };
}

/** The site's own configuration, checked once when the first page that shows it is built. */
export const settings: Settings = checkSettings({ operator, choices });
