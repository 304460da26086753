import type { ChecksView, Placer } from '../../components/types';
import type { Composer, SiteAdapter } from '../sites/types';
import type { DraftCheck } from './checks';
import type { SurfaceRequest } from './surface-place';
import type { Underlines } from './underline-types';

// What a composer's inline checks (assistant-checks.ts) take and give, in a
// file of its own so the modules around them need not import the checks.

export interface ChecksOptions {
  composer: Composer;
  adapter: SiteAdapter;
  /** Places a surface clear of the site's controls (surface-place.ts). */
  placer: (request: SurfaceRequest) => Placer;
  /** Asks the background about a draft (draft-transport.ts). */
  check: DraftCheck;
  redraw: () => void;
  underlines: Underlines;
}

/** Who to ask and where the policy is, once the background said guidelines are in force. */
export interface GuidelinesInForce {
  contact: { name: string; email?: string | undefined } | null;
  policyUrl: string | null;
}

export interface ComposerChecks {
  view: () => ChecksView | null;
  fix: (id: string) => Promise<boolean>;
  ignore: (id: string) => void;
  cardHover: (inside: boolean) => void;
  /** Whether a finding card or the card beside Post is shown. */
  cardShown: () => boolean;
  /** Hides both cards; the finding's card stays away until the caret or pointer leaves it. */
  dismissCards: () => void;
  /** A suggestion went in: its locked spans must stay, and its unchanged text is the pack's. */
  addInserted: (itemId: string, lockedSpans: string[]) => void;
  /** Chorus is about to change the draft (an insert): caret moves it makes open no card. */
  chorusEdits: () => void;
  /**
   * What the background said of the guidelines: in force (with whom to ask)
   * or none. Until it says, drafts are checked all the same, so checking never
   * waits for the suggestions to load; findings are shown as they come.
   */
  setGuidelines: (guidelines: GuidelinesInForce | null) => void;
  recheck: () => void;
  stop: () => void;
}
