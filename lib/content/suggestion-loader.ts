// What a page asks the background for its suggestions, shared by every
// composer on the page. The first answer may come before the browser gave the
// managed policy (lib/background/policy-grace.ts): it is shown at once, marked pending,
// and asked again, once, waiting for the policy; the settled answer then
// replaces it for every composer, and later ones start from it.

export interface LoadedSuggestions<T> {
  index: T;
  pending: boolean;
  /** Present while pending: the answer that waited for the policy (null if that failed). */
  settled?: Promise<LoadedSuggestions<T> | null>;
}

export type SuggestionAsk<T> = (waitForPolicy: boolean) => Promise<{ index: T; pending: boolean }>;

export function createSuggestionLoader<T>(ask: SuggestionAsk<T>, onError: (error: unknown) => void) {
  let cached: Promise<LoadedSuggestions<T> | null> | null = null;
  // The last answer that arrived: a composer that appears while a panel's
  // fresh ask is on its way starts from it instead of waiting for the round trip.
  let latest: LoadedSuggestions<T> | null = null;
  const safely = (waitForPolicy: boolean) =>
    ask(waitForPolicy).catch((error: unknown) => {
      onError(error);
      return null;
    });
  const load = (): Promise<LoadedSuggestions<T> | null> => {
    const mine = safely(false).then((first): LoadedSuggestions<T> | null => {
      if (first === null) return null;
      const loaded = first.pending ? { ...first, settled: settle() } : first;
      // Only if no fresher ask replaced this one meanwhile.
      if (cached === mine) latest = loaded;
      return loaded;
    });
    const settle = () =>
      safely(true).then((answer) => {
        if (answer !== null && cached === mine) {
          cached = Promise.resolve(answer);
          latest = answer;
        }
        return answer;
      });
    cached = mine;
    return mine;
  };
  /** Cached per page; `fresh` asks the background again (on opening the panel). */
  return (fresh: boolean): Promise<LoadedSuggestions<T> | null> => {
    if (fresh || cached === null) return load();
    return latest !== null ? Promise.resolve(latest) : cached;
  };
}
