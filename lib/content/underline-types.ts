import type { Severity } from '../rules/types';

// What both ways of drawing underlines (highlights.ts, underline-overlay.ts)
// take and give; its own file so neither imports the module that picks them.

export interface Underline {
  severity: Severity;
  range: Range;
}

export interface Underlines {
  set: (underlines: readonly Underline[]) => void;
  clear: () => void;
}
