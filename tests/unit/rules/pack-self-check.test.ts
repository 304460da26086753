import { describe, expect, it } from 'vitest';
import { selfCheckPack } from '../../../lib/rules/pack-self-check';
import { makeItem, makePack, samplePack } from '../pack/fixtures';
import { messages } from './helpers';

const guidelines = (rules: Record<string, unknown>[]) => ({ contact: { name: 'Comms' }, policyUrl: 'https://a.example/policy', rules });

const tracking = {
  id: 'link-tracking',
  kind: 'links' as const,
  severity: 'warning' as const,
  requiredParams: { utm_medium: 'employee-advocacy' },
  message: messages('Tracking on {found}: use {expected}'),
};

describe('a pack against its own guidelines', () => {
  it('the bundled pack breaks none of its guidelines, on any network, at any severity', () => {
    expect(selfCheckPack(samplePack())).toEqual({ breaches: [], ruleErrors: [] });
  });

  it('names the item, network, language and rule an item breaks', () => {
    const pack = makePack({
      guidelines: guidelines([tracking]),
      items: [
        makeItem({ id: 'good', link: 'https://a.example/?utm_medium=employee-advocacy' }),
        makeItem({ id: 'bad-da', language: 'da', text: { x: 'Se mere' }, link: 'https://a.example/?utm_medium=advocacy' }),
      ],
    });
    const { breaches } = selfCheckPack(pack);
    expect(breaches).toEqual([
      {
        itemId: 'bad-da',
        network: 'x',
        language: 'da',
        ruleId: 'link-tracking',
        severity: 'warning',
        message: 'Tracking on https://a.example/?utm_medium=advocacy: use utm_medium=employee-advocacy',
        found: 'https://a.example/?utm_medium=advocacy',
      },
    ]);
  });

  it('checks the text as the extension inserts it, link and locked spans included', () => {
    const item = makeItem({ id: 'jobs', text: { linkedin: 'Join us' }, link: 'https://a.example/jobs' });
    expect(selfCheckPack(makePack({ guidelines: guidelines([tracking]), items: [item] })).breaches.map((b) => b.found)).toEqual([
      'https://a.example/jobs',
    ]);
    // A link inside approved text (a locked span) was approved with it.
    const locked = { ...item, text: { linkedin: 'Join us: https://a.example/jobs' }, lockedSpans: [{ text: 'Join us: https://a.example/jobs' }] };
    expect(selfCheckPack(makePack({ guidelines: guidelines([tracking]), items: [locked] })).breaches).toEqual([]);
  });

  it('reports rules that do not compile', () => {
    const broken = { id: 'broken', kind: 'links', severity: 'loud' };
    expect(selfCheckPack(makePack({ guidelines: guidelines([broken]) })).ruleErrors.map((e) => e.ruleId)).toContain('broken');
  });
});
