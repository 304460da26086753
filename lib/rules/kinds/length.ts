// Too long for the network: X counts 280 weighted characters (links count
// 23, most CJK characters and emoji count 2), as twitter-text computes it;
// LinkedIn allows 3,000. The finding covers the part that will not fit.
import * as z from 'zod/mini';
import { makeFinding } from '../finding';
import { defineRule } from '../rule';
import { xWeightedLength } from '../x-weighted-length';

const X_MAX = 280;
const LINKEDIN_MAX = 3000;

// Placeholders: {max}, {count}, {over}.
const options = {
  // Defaults: LinkedIn 3,000 characters, X 280 weighted (twitter-text).
  max: z.optional(
    z.object({
      linkedin: z.optional(z.number().check(z.int(), z.gte(1))),
      x: z.optional(z.number().check(z.int(), z.gte(1))),
    }),
  ),
};

export const lengthRule = defineRule('length', options, (config) => {
  const xMax = config.max?.x ?? X_MAX;
  const linkedinMax = config.max?.linkedin ?? LINKEDIN_MAX;

  const measure = (text: string, network: string): Measured =>
    network === 'x' ? measureX(text, xMax) : measureUtf16(text, linkedinMax);
  // The checked text, remembered: the guard asks about it once per fix.
  let checked: { text: string; network: string; measured: Measured } | undefined;
  const measureChecked = (text: string, network: string): Measured => {
    if (checked?.text !== text || checked.network !== network) checked = { text, network, measured: measure(text, network) };
    return checked.measured;
  };

  return {
    // A fix that lengthens the post must not push it over the limit.
    guard(before, after, firedBefore) {
      if (firedBefore || after.length <= before.text.length) return false;
      const now = measureChecked(before.text, before.ctx.network);
      // On X a character weighs at most 2, and a link 23 however long: an
      // insertion far enough below the limit cannot cross it (each dot or
      // edit might complete one more link).
      let most = 0;
      for (const edit of after.edits) most += 2 * edit.insert.length + 23 * (1 + edit.insert.split('.').length);
      if (now.count + most <= now.max) return false;
      const measured = measure(after.text(), before.ctx.network);
      return measured.count > measured.max;
    },
    check(view) {
      const { text } = view;
      const measured = measureChecked(text, view.ctx.network);
      if (measured.count <= measured.max) return [];
      const vars = { max: measured.max, count: measured.count, over: measured.count - measured.max };
      return [makeFinding(config, measured.overflowAt, text.length, vars)];
    },
  };
});

interface Measured {
  count: number;
  max: number;
  overflowAt: number; // first UTF-16 offset that does not fit
}

function measureX(text: string, max: number): Measured {
  const measured = xWeightedLength(text, max);
  return { count: measured.weightedLength, max, overflowAt: measured.overflowAt };
}

// LinkedIn does not document its unit; UTF-16 units (String.length, an
// emoji counts 2) are never fewer than characters, so a post this passes is
// not cut by LinkedIn. Never cut a surrogate pair in half.
function measureUtf16(text: string, max: number): Measured {
  const high = text.charCodeAt(max - 1);
  const overflowAt = high >= 0xd800 && high <= 0xdbff ? max - 1 : max;
  return { count: text.length, max, overflowAt };
}
