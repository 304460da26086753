// Properties of the whole engine over arbitrary text: every rule kind (the
// sample rules plus variants), texts mixing random Unicode with pieces that
// trigger the rules, on both networks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules } from '../../../lib/rules/compile';
import type { CheckContext, Finding, Fix } from '../../../lib/rules/types';
import { applyFix, messages, SAMPLE_RULES } from './helpers';

const EXTRA_RULES = [
  { id: 'strict-terms', kind: 'banned-terms', severity: 'error', terms: ['Møller*', 'ещё раз'], diacritics: 'strict', message: messages('{found}') },
  { id: 'loose-subst', kind: 'substitution', severity: 'warning', replacements: [{ from: ['e-mail', 'utilise'], to: 'email' }], message: messages('{found}') },
  { id: 'unicode-pattern', kind: 'pattern', severity: 'suggestion', pattern: '\\p{Lu}{4,}', flags: 'u', message: messages('{found}') },
  { id: 'few-tags', kind: 'hashtag-count', severity: 'suggestion', max: 1, message: messages('{count}') },
  { id: 'any-campaign', kind: 'links', severity: 'suggestion', requiredParams: { utm_campaign: '*' }, requireHttps: true, message: messages('{missing}') },
];

const ruleErrors: string[] = [];
const { engine, errors } = compileRules([...SAMPLE_RULES, ...EXTRA_RULES], {
  onRuleError: (ruleId, error) => ruleErrors.push(`${ruleId}: ${String(error)}`),
});

const PIECES = [
  'Project', 'Falcon', 'Project\nFalcon', 'project-falcon', '#ProjectFalcon', 'Falcon Heights', 'фальконом', 'Фалькон',
  'Wind Pilot', 'Windpilot', 'WINDPILOT', 'WindPilot', ' X3', 'NATO', 'Nord Vind', 'Nordvind Energi', 'utilise', 'Utilize', 'e-mail', 'Møller', 'ещё раз',
  '#employee', '#medarbejder', '#NordvindForward', '(I work at Nordvind)', '#a', '#b', '#c', '#d', '#e', '#f',
  'http://nordvind.example/job?ref=1#top', 'https://nordvind.example/?utm_source=x', 'nordvind.example/a', 'bit.ly/x', 'www.other.com',
  'anna@gmail.com', 'press@nordvind.example', '+45 20 12 34 56', '20 12 34 56', '06-12345678', '8 (495) 123-45-67',
  '4111 1111 1111 1111', 'DK50 0040 0440 1162 43', '150385-1004', 'CPR 010203-1234', '111222333', '2026', '1 000 000',
  'WE ARE SO VERY PROUD TODAY', 'МЫ ОЧЕНЬ ГОРДИМСЯ КОМАНДОЙ', 'Q3 results', 'результаты за 3 квартал',
  ' ', ' ', '  ', '\n', '.', '!', '-', '(', ')', '@', '#', 'é', '\u0301', '🦅', '日本', 'İ', 'ß', 'ς',
];
const LOCKED = ['#NordvindForward', '(I work at Nordvind)', 'WindPilot'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
);
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const context = fc.record({
  network: fc.constantFrom('linkedin' as const, 'x' as const),
  lockedSpans: fc.subarray(LOCKED),
});

const check = (t: string, ctx: CheckContext) => engine.check(t, ctx);
const count = (findings: Finding[], keep: (f: Finding) => boolean) => findings.filter(keep).length;

function editsAreSound(fix: Fix, length: number): void {
  let previousEnd = 0;
  let previousStart = -1;
  for (const edit of fix.edits) {
    expect(edit.start).toBeGreaterThanOrEqual(previousEnd);
    expect(edit.start).toBeGreaterThan(previousStart);
    expect(edit.end).toBeGreaterThanOrEqual(edit.start);
    expect(edit.end).toBeLessThanOrEqual(length);
    previousEnd = edit.end;
    previousStart = edit.start;
  }
}

describe('engine properties', () => {
  it('compiles every rule', () => {
    expect(errors).toEqual([]);
  });

  it('no rule throws, and every finding and fix lies within the text', () => {
    fc.assert(
      fc.property(text, context, (t, ctx) => {
        for (const finding of check(t, ctx)) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeGreaterThanOrEqual(finding.start);
          expect(finding.end).toBeLessThanOrEqual(t.length);
          expect(finding.message.en).toBeTypeOf('string');
          if (finding.fix) editsAreSound(finding.fix, t.length);
        }
        expect(ruleErrors).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);

  it('every fix removes its own finding and adds no error', () => {
    const tried = new Map<string, number>();
    fc.assert(
      fc.property(text, context, (t, ctx) => {
        const before = check(t, ctx);
        for (const finding of before.filter((f) => f.fix)) {
          tried.set(finding.ruleId, (tried.get(finding.ruleId) ?? 0) + 1);
          const after = check(applyFix(t, finding.fix as Fix), ctx);
          const same = (f: Finding) => f.ruleId === finding.ruleId;
          expect(count(after, same), `${finding.ruleId} in ${JSON.stringify(t)}`).toBeLessThan(count(before, same));
          for (const ruleId of new Set(after.map((f) => f.ruleId))) {
            const errorsOf = (f: Finding) => f.ruleId === ruleId && f.severity === 'error';
            expect(count(after, errorsOf), `${ruleId} after fixing ${finding.ruleId} in ${JSON.stringify(t)}`).toBeLessThanOrEqual(
              count(before, errorsOf),
            );
          }
        }
        expect(ruleErrors).toEqual([]);
      }),
      { numRuns: 1000 },
    );
    // The texts do exercise the fixes of every kind that has them.
    for (const ruleId of ['brand-spelling', 'plain-words', 'disclosure', 'campaign-hashtag', 'link-tracking', 'shouting', 'locked-spans']) {
      expect(tried.get(ruleId) ?? 0, ruleId).toBeGreaterThan(2);
    }
  }, 60_000);

  it('checking while typing gives what checking afresh gives', () => {
    const typing = compileRules([...SAMPLE_RULES, ...EXTRA_RULES]).engine;
    const fresh = compileRules([...SAMPLE_RULES, ...EXTRA_RULES]).engine;
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 4 }), insert: piece });
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 8 }), context, (start, edits, ctx) => {
        let t = start;
        typing.check(t, ctx);
        for (const { at, remove, insert } of edits) {
          const from = at % (t.length + 1);
          t = t.slice(0, from) + insert + t.slice(from + remove);
          fresh.check('', ctx); // forget the last text: the next check starts afresh
          expect(typing.check(t, ctx)).toEqual(fresh.check(t, ctx));
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000);
});
