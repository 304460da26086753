import { describe, expect, it } from 'vitest';
import { engineOf, fixed, found, linkedin, messages, sampleRule } from '../helpers';

const domains = engineOf(sampleRule('link-domains'));
const tracking = engineOf(sampleRule('link-tracking'));

describe('links', () => {
  it('en: allows listed domains and their subdomains, flags the rest', () => {
    expect(found(domains, 'See https://www.nordvind.example/a and https://linkedin.com/x')).toEqual([]);
    expect(found(domains, 'See https://evil.example/a or evilnordvind.example.')).toEqual([
      'https://evil.example/a',
      'evilnordvind.example', // not a subdomain of nordvind.example
    ]);
    expect(found(domains, 'Read competitor.com/news, then nordvind.example.')).toEqual(['competitor.com/news']);
    const [finding] = domains.check('Go to http://user@Other.COM:8080/x?y', linkedin);
    expect(finding?.message.en).toBe('other.com is not on the list of sites to link to.');
  });

  it('does not take products, files or versions for links', () => {
    expect(found(domains, 'We use ASP.NET, Node.js and report.pdf, e.g. v1.2.3.')).toEqual([]);
  });

  it('flags shorteners with their own message and no fix', () => {
    const [finding] = domains.check('Kig på bit.ly/3xYz!', linkedin);
    expect(finding?.message.da).toBe('Brug det fulde link i stedet for det forkortede “bit.ly/3xYz”: læserne vil se, hvor det fører hen.');
    expect(finding?.fix).toBeUndefined();
  });

  it('da: upgrades http and adds the tracking parameters in one fix', () => {
    const text = 'Læs mere på http://nordvind.example/job?ref=1#top.';
    expect(found(tracking, text)).toEqual(['http://nordvind.example/job?ref=1#top']);
    expect(fixed(tracking, text)).toBe(
      'Læs mere på https://nordvind.example/job?ref=1&utm_source=chorus&utm_medium=employee-advocacy#top.',
    );
  });

  it('nl: a bare company link gets the parameters, other domains do not need them', () => {
    expect(fixed(tracking, 'Kijk op nordvind.example/vacatures')).toBe(
      'Kijk op nordvind.example/vacatures?utm_source=chorus&utm_medium=employee-advocacy',
    );
    expect(found(tracking, 'Kijk op https://nos.nl/artikel')).toEqual([]);
  });

  it('ru: replaces a wrong parameter value instead of repeating it', () => {
    const text = 'Подробнее: https://nordvind.example/ru?utm_source=mail&utm_medium=employee-advocacy';
    expect(fixed(tracking, text)).toBe(
      'Подробнее: https://nordvind.example/ru?utm_medium=employee-advocacy&utm_source=chorus',
    );
  });

  it('a link with everything in place is fine, and "*" accepts any value', () => {
    const ok = 'https://nordvind.example/?utm_source=chorus&utm_medium=employee-advocacy';
    expect(found(tracking, ok)).toEqual([]);
    const any = engineOf({ id: 'any', kind: 'links', severity: 'warning', requiredParams: { utm_campaign: '*' }, message: messages('{missing}') });
    expect(found(any, 'https://a.com/?utm_campaign=x')).toEqual([]);
    const [finding] = any.check('https://a.com/', linkedin);
    expect(finding?.message.en).toBe('utm_campaign');
    expect(finding?.fix).toBeUndefined();
  });

  it('says what is wrong: a missing parameter, a wrong value (naming the expected one), or http', () => {
    const [missing] = tracking.check('See https://nordvind.example/a?utm_source=chorus', linkedin);
    expect(missing?.message.en).toBe('Add the campaign tracking to https://nordvind.example/a?utm_source=chorus (missing: utm_medium=employee-advocacy).');
    const [wrong] = tracking.check('Se https://nordvind.example/a?utm_source=chorus&utm_medium=advocacy', linkedin);
    expect(wrong?.message.en).toBe(
      'The campaign tracking on https://nordvind.example/a?utm_source=chorus&utm_medium=advocacy has another value for utm_medium: use utm_medium=employee-advocacy.',
    );
    expect(wrong?.message.de).toContain('für utm_medium einen anderen Wert: verwenden Sie utm_medium=employee-advocacy');
    expect(wrong?.message.ru).toContain('у параметра utm_medium другое значение');
    const [http] = tracking.check('Læs http://nordvind.example/a?utm_source=chorus&utm_medium=employee-advocacy', linkedin);
    expect(http?.message.da).toBe('Brug https til http://nordvind.example/a?utm_source=chorus&utm_medium=employee-advocacy.');
  });

  it('an empty tracking value is missing, not present', () => {
    const [finding] = tracking.check('https://nordvind.example/a?utm_source=&utm_medium=employee-advocacy', linkedin);
    expect(finding?.message.nl).toBe(
      'Voeg de campagnetracking toe aan https://nordvind.example/a?utm_source=&utm_medium=employee-advocacy (ontbreekt: utm_source=chorus).',
    );
  });

  it('keeps a closing parenthesis the link opened', () => {
    expect(found(domains, '(see https://en.wikipedia.org/wiki/Wind_(disambiguation))')).toEqual([
      'https://en.wikipedia.org/wiki/Wind_(disambiguation)',
    ]);
  });
});
