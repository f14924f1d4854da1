/**
 * What follows from the operator's settings: which passage of a legal page each choice shows,
 * what it still needs, and which configurations the build refuses, with a message naming the
 * setting.
 */
import { describe, expect, test } from 'vitest';
import {
  checkSettings,
  choiceState,
  detail,
  legalBasis,
  missingSettings,
  openChoiceLabel,
  settingProblems,
  type ChoiceName,
  type Settings,
} from '../../src/data/operator-settings';
import { choices, operator, type Choices, type Operator } from '../../src/site.config';

/** The shipped configuration with some settings changed. */
const configured = (changes: { operator?: Partial<Operator>; choices?: Partial<Choices> } = {}): Settings => ({
  operator: { ...operator, ...changes.operator },
  choices: { ...choices, ...changes.choices },
});

/** Every detail a non-public operator who runs nginx without a transfer must fill in. */
const privateOperator = configured({
  operator: {
    name: 'Beispiel e. V.',
    street: 'Beispielweg 1',
    city: '12345 Beispielstadt',
    email: 'datenschutz@example.org',
    responsible: 'Erika Beispiel',
    responsibleStreet: 'Beispielweg 1',
    responsibleCity: '12345 Beispielstadt',
    hosting: 'Beispiel Hosting GmbH, Serverstraße 2, 12345 Beispielstadt',
    logRetention: '7 Tage',
    authority: 'Landesbeauftragte für den Datenschutz Beispielland',
    privacyNoticeDate: '2026-12-06',
  },
  choices: { body: 'non-public', dataProtectionOfficer: 'none', server: 'nginx', transfer: 'none' },
});

describe('choiceState', () => {
  test('shows the passage for the option chosen and leaves out the others', () => {
    const settings = configured({ choices: { body: 'non-public' } });

    expect(choiceState(settings, 'body', 'non-public')).toBe('chosen');
    expect(choiceState(settings, 'body', 'federal state')).toBe('other');
  });

  test('shows a passage for several options when any of them is chosen', () => {
    expect(choiceState(configured({ choices: { body: 'state' } }), 'body', 'federal state')).toBe('chosen');
    expect(choiceState(configured({ choices: { transfer: 'scc' } }), 'transfer', 'adequacy scc')).toBe('chosen');
    expect(choiceState(configured({ choices: { transfer: 'none' } }), 'transfer', 'adequacy scc')).toBe('other');
  });

  test('shows every passage, marked with its options, while nothing is chosen', () => {
    expect(choiceState(configured(), 'body', 'federal state')).toBe('open');
    expect(choiceState(configured(), 'body', 'non-public')).toBe('open');
    expect(openChoiceLabel(configured(), 'body', 'federal state')).toBe(
      'Auswahl „Art des Betreibers“: gilt für „öffentliche Stelle des Bundes“ oder „öffentliche Stelle eines Landes“',
    );
  });

  test('fails on a choice that does not exist', () => {
    expect(() => choiceState(configured(), 'kind' as ChoiceName, 'federal')).toThrow(
      'A passage names the choice "kind"; the choices are body, dataProtectionOfficer, server, transfer, accessibility.',
    );
  });

  test('fails on an option a page names that the choice does not have', () => {
    expect(() => choiceState(configured(), 'body', 'federal public')).toThrow(
      'A passage for choices.body names the option(s) "federal public"; the options are "federal", "state", "non-public".',
    );
  });
});

describe('legalBasis', () => {
  test('is lit. e for a public body, lit. f for any other, and names both while the choice is open', () => {
    expect(legalBasis(configured({ choices: { body: 'federal' } }))).toBe('Art.\u00a06 Abs.\u00a01 lit.\u00a0e DS-GVO');
    expect(legalBasis(configured({ choices: { body: 'state' } }))).toBe('Art.\u00a06 Abs.\u00a01 lit.\u00a0e DS-GVO');
    expect(legalBasis(configured({ choices: { body: 'non-public' } }))).toBe(
      'Art.\u00a06 Abs.\u00a01 lit.\u00a0f DS-GVO',
    );
    expect(legalBasis(configured())).toEqual({
      placeholder: true,
      label:
        'Art.\u00a06 Abs.\u00a01 lit.\u00a0e DS-GVO (öffentliche Stelle) oder Art.\u00a06 Abs.\u00a01 lit.\u00a0f DS-GVO (nicht-öffentliche Stelle)',
    });
  });
});

describe('detail', () => {
  test('shows a day as a German date and keeps its ISO form for <time>', () => {
    expect(detail(privateOperator, 'privacyNoticeDate')).toEqual({ value: '6. Dezember 2026', day: '2026-12-06' });
    expect(detail(privateOperator, 'logRetention')).toEqual({ value: '7 Tage' });
  });
});

describe('missingSettings', () => {
  test('asks for every choice and detail while nothing is filled in', () => {
    const missing = missingSettings(configured());

    expect(missing).toContain('choices.body');
    expect(missing).toContain('choices.accessibility');
    expect(missing).toContain('operator.legalNorm');
    expect(missing).toContain('operator.hostLogs');
  });

  test('asks only for what the choices made need', () => {
    expect(missingSettings(privateOperator)).toEqual([]);
    expect(
      missingSettings(configured({ ...privateOperator, choices: { ...privateOperator.choices, server: 'cdn' } })),
    ).toEqual(['operator.hostLogs']);
    expect(
      missingSettings({
        ...privateOperator,
        choices: { ...privateOperator.choices, body: 'federal', dataProtectionOfficer: 'designated' },
      }),
    ).toEqual([
      'choices.accessibility',
      'operator.legalNorm',
      'operator.accessibilityReviewed',
      'operator.accessibilityEnforcement',
      'operator.dataProtectionOfficer',
      // Needed if the status is „teilweise“ or „nicht vereinbar“: asked for while it is open.
      'operator.accessibilityBarriers',
    ]);
  });
});

describe('checkSettings', () => {
  test('accepts the shipped placeholders and a complete configuration', () => {
    expect(settingProblems(configured())).toEqual([]);
    expect(checkSettings(privateOperator)).toBe(privateOperator);
  });

  test('refuses „no data-protection officer“ for a public body', () => {
    expect(settingProblems(configured({ choices: { body: 'state', dataProtectionOfficer: 'none' } }))).toEqual([
      'choices.dataProtectionOfficer is "none", but choices.body is "state": a public body must designate a data-protection officer (Art. 37(1)(a) GDPR). Choose "designated" and fill in operator.dataProtectionOfficer.',
    ]);
  });

  test('refuses a detail no page would show with the choices made, so nothing is dropped silently', () => {
    const settings: Settings = {
      ...privateOperator,
      operator: { ...privateOperator.operator, legalNorm: '§ 3 BDSG', hostLogs: 'IP-Adresse' },
      choices: { ...privateOperator.choices, accessibility: 'full' },
    };

    expect(settingProblems(settings)).toEqual([
      'choices.accessibility is set, but choices.body is "non-public": the accessibility statement of a non-public body shows no status. Set it back to PLACEHOLDER(…).',
      'operator.legalNorm is filled in, but no page shows it with these choices. Set it back to PLACEHOLDER(…) or change the choice it belongs to.',
      'operator.hostLogs is filled in, but no page shows it with these choices. Set it back to PLACEHOLDER(…) or change the choice it belongs to.',
    ]);
  });

  test('refuses a date that is not a day and an option that does not exist, all at once, naming the file', () => {
    const settings = {
      ...privateOperator,
      operator: { ...privateOperator.operator, privacyNoticeDate: '6.12.2026' },
      choices: { ...privateOperator.choices, server: 'apache' },
    } as unknown as Settings;

    expect(() => checkSettings(settings)).toThrow(
      [
        'src/site.config.ts:',
        '- choices.server is "apache"; choose one of "nginx", "cdn".',
        '- operator.privacyNoticeDate is "6.12.2026"; write a day as YYYY-MM-DD, e.g. 2026-12-06.',
      ].join('\n'),
    );
    expect(
      settingProblems({
        ...privateOperator,
        operator: { ...privateOperator.operator, privacyNoticeDate: '2026-02-30' },
      }),
    ).toHaveLength(1);
  });
});
