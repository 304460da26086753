import { describe, expect, it } from 'vitest';
import { intersect, underlineBoxes } from '../../../lib/content/underline-boxes';

const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });
const editor = rect(100, 100, 500, 300);

describe('underlineBoxes', () => {
  it('gives one box per line of a finding, in its severity', () => {
    const boxes = underlineBoxes([{ severity: 'error', rects: [rect(400, 110, 490, 130), rect(110, 130, 160, 150)] }], editor);
    expect(boxes).toEqual([
      { severity: 'error', left: 400, top: 110, width: 90, height: 20 },
      { severity: 'error', left: 110, top: 130, width: 50, height: 20 },
    ]);
  });

  it('cuts a word at the editor edge and drops words scrolled out of it', () => {
    const boxes = underlineBoxes(
      [
        { severity: 'warning', rects: [rect(450, 110, 560, 130)] }, // runs past the right edge
        { severity: 'warning', rects: [rect(110, 60, 160, 80)] }, // scrolled above
        { severity: 'warning', rects: [rect(110, 300, 160, 320)] }, // below, touching the edge
      ],
      editor,
    );
    expect(boxes).toEqual([{ severity: 'warning', left: 450, top: 110, width: 50, height: 20 }]);
  });

  it('skips empty rects (line breaks) and rects inside one already drawn (an inline element and its text)', () => {
    const boxes = underlineBoxes(
      [{ severity: 'suggestion', rects: [rect(200, 110, 200, 130), rect(200, 110, 300, 130), rect(210, 112, 290, 128)] }],
      editor,
    );
    expect(boxes).toEqual([{ severity: 'suggestion', left: 200, top: 110, width: 100, height: 20 }]);
  });

  it('keeps overlapping findings of different severities apart', () => {
    const boxes = underlineBoxes(
      [
        { severity: 'error', rects: [rect(200, 110, 300, 130)] },
        { severity: 'suggestion', rects: [rect(200, 110, 300, 130)] },
      ],
      editor,
    );
    expect(boxes.map((b) => b.severity)).toEqual(['error', 'suggestion']);
  });
});

describe('intersect', () => {
  it('is the area every rect shares', () => {
    expect(intersect([editor, rect(0, 200, 300, 1000)])).toEqual(rect(100, 200, 300, 300));
  });

  it('leaves nothing to draw in when the rects miss each other', () => {
    const clip = intersect([editor, rect(600, 0, 700, 50)]);
    expect(underlineBoxes([{ severity: 'error', rects: [rect(110, 110, 160, 130)] }], clip)).toEqual([]);
  });
});
