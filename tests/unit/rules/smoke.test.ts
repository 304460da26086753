import { expect, test } from 'vitest';
import { compileRules } from '../../../lib/rules/compile';

test('smoke', () => {
  const { engine, errors } = compileRules([
    { id: 'no-codenames', kind: 'banned-terms', severity: 'error', terms: ['Project Falcon', 'Falcon-2', 'фалькон*'], exceptions: ['Falcon Heights'], message: { en: '“{found}” is confidential.' } },
    { id: 'brand', kind: 'substitution', severity: 'warning', replacements: [{ from: ['Windpilot', 'Wind Pilot'], to: 'WindPilot' }], caseSensitive: true, message: { en: 'Write “{replacement}”, not “{found}”.' } },
    { id: 'disclosure', kind: 'required-content', severity: 'error', anyOf: ['#employee', '#medarbejder'], withinFirst: 200, when: { mentionsAny: ['WindPilot'], linksToDomains: ['nordvind.example'] }, message: { en: 'Add {required}' } },
    { id: 'pii', kind: 'personal-data', severity: 'error', message: { en: 'Remove the {type}: {found}' } },
    { id: 'links', kind: 'links', severity: 'warning', allowedDomains: ['nordvind.example'], requireHttps: true, requiredParams: { utm_source: 'chorus' }, shorteners: ['bit.ly'], message: { en: 'Link {found}' } },
    { id: 'len', kind: 'length', severity: 'error', message: { en: 'Too long {count}/{max}' } },
    { id: 'tags', kind: 'hashtag-count', severity: 'warning', max: 2, message: { en: 'Max {max}' } },
    { id: 'shout', kind: 'shouting', severity: 'suggestion', message: { en: 'Shouting' } },
    { id: 'locked', kind: 'locked-spans', severity: 'error', message: { en: 'Keep {span}' } },
    { id: 'q', kind: 'pattern', severity: 'error', pattern: '\\bQ[1-4] results\\b', flags: 'i', message: { en: '{found}' } },
    { id: 'bad', kind: 'pattern', severity: 'error', pattern: '(a+)+$', message: { en: 'x' } },
    { id: 'bad2', kind: 'pattern', severity: 'error', pattern: '(a|aa)*b', message: { en: 'x' } },
  ]);
  console.log(errors);
  const text = 'Project\nFalcon is great. Windpilot by Nordvind, see http://nordvind.example/x and bit.ly/abc. Call +45 70 10 20 30 or mail jo@x.dk. Card 4111 1111 1111 1111. WE ARE SO HAPPY TODAY FRIENDS! #a #b #c. Q3 results soon. Фальконом.';
  const findings = engine.check(text, { network: 'linkedin', lockedSpans: ['#NordvindForward'] });
  for (const f of findings) console.log(f.ruleId, JSON.stringify(text.slice(f.start, f.end)), f.message.en, f.fix ? JSON.stringify(f.fix.edits) : '');
  expect(findings.length).toBeGreaterThan(5);
});
