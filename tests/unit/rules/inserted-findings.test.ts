import { describe, expect, it } from 'vitest';
import { splitInsertedFindings } from '../../../lib/rules/inserted-findings';
import type { Finding } from '../../../lib/rules/types';

function finding(ruleId: string, text: string, found: string | null, severity: Finding['severity'] = 'warning'): Finding {
  const start = found === null ? 0 : text.indexOf(found);
  if (start === -1) throw new Error(`${found} is not in the text`);
  return { ruleId, kind: 'links', start, end: found === null ? 0 : start + found.length, severity, message: { en: ruleId } };
}

const item = {
  itemId: 'windpilot-launch',
  text: '#employee WindPilot is here.\nRead more: https://nordvind.example/windpilot?utm_medium=advocacy',
};
const url = 'https://nordvind.example/windpilot?utm_medium=advocacy';

describe('findings in text Chorus inserted', () => {
  it('a finding inside an unchanged inserted line is the pack’s, with the item id', () => {
    const draft = `Proud of the team!\n${item.text}`;
    const link = finding('link-tracking', draft, url);
    const mine = finding('brand-spelling', draft, 'Proud');
    const split = splitInsertedFindings(draft, [link, mine], [item]);
    expect(split.pack).toEqual([{ itemId: 'windpilot-launch', finding: link }]);
    expect(split.own).toEqual([mine]);
  });

  it('once the person edits a line, that line’s findings are theirs; the other lines stay the pack’s', () => {
    const draft = `#employee WindPilot is here, finally!\nRead more: ${url}`;
    const first = finding('brand-spelling', draft, 'WindPilot');
    const link = finding('link-tracking', draft, url);
    const split = splitInsertedFindings(draft, [first, link], [item]);
    expect(split.own).toEqual([first]);
    expect(split.pack.map((entry) => entry.finding)).toEqual([link]);
  });

  it('text matching an inserted line but inside a longer line of the person’s own is theirs', () => {
    const draft = `I wrote: Read more: ${url} myself`;
    const link = finding('link-tracking', draft, url);
    expect(splitInsertedFindings(draft, [link], [item]).own).toEqual([link]);
  });

  it('a whole-post finding is the pack’s only while the draft is exactly the inserted text', () => {
    const missing = finding('campaign-hashtag', item.text, null, 'suggestion');
    expect(splitInsertedFindings(item.text, [missing], [item]).pack).toHaveLength(1);
    // Editors may turn spaces into no-break spaces and add a trailing newline.
    const asEdited = `${item.text.replace('is here', 'is\u00a0here')}\n`;
    expect(splitInsertedFindings(asEdited, [missing], [item]).pack).toHaveLength(1);
    const longer = `${item.text}\nMy own words.`;
    expect(splitInsertedFindings(longer, [missing], [item]).own).toEqual([missing]);
  });

  it('with nothing inserted, every finding is the person’s', () => {
    const link = finding('link-tracking', item.text, url);
    expect(splitInsertedFindings(item.text, [link], [])).toEqual({ own: [link], pack: [] });
  });

  it('Unicode text: a Danish line with æøå and a Cyrillic line are found as they stand', () => {
    const danish = { itemId: 'da-1', text: 'Vi søger teknikere til Esbjerg – læs mere\nПривет из Nordvind' };
    const draft = `Hej!\n${danish.text}`;
    const f1 = finding('plain-words', draft, 'søger');
    const f2 = finding('shouting', draft, 'Привет');
    expect(splitInsertedFindings(draft, [f1, f2], [danish]).pack).toHaveLength(2);
  });
});
