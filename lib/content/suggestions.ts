import type { SuggestionView, TopicOption } from '../../components/types';
import { topicLabel } from '../i18n';
import type { Suggestions } from '../messaging';
import { rankItems, textFor } from '../pack/select';
import { openRequestPort, type RequestPort } from '../request-port';
import type { ChecksSource } from './assistant-checks';
import type { Network, PackItem } from '../pack/schema';

// Turns the background's answer into what the panel shows and searches.
// Ranking runs here, on a list already filtered to active items, so that
// typing in the search box needs no round trip.

export interface SuggestionIndex {
  publisher: string | null;
  total: number;
  topics: TopicOption[];
  search: (query: string, topic: string) => SuggestionView[];
  textOf: (id: string) => string | undefined;
  lockedSpansOf: (id: string) => string[];
  checks: ChecksSource;
}

// One per page, opened on the first check (request-port.ts: a port, not a
// message channel per keystroke).
let requests: RequestPort | null = null;

function checksFrom(guidelines: Suggestions['guidelines'], network: Network): ChecksSource {
  if (!guidelines) return { check: null, contact: null, policyUrl: null };
  const check = async (text: string, lockedSpans: string[]) => {
    requests ??= openRequestPort();
    return (await requests.request('checkDraft', { network, text, lockedSpans })).findings;
  };
  return { check, contact: guidelines.contact, policyUrl: guidelines.policyUrl };
}

export function indexSuggestions(answer: Suggestions, network: Network): SuggestionIndex {
  const byId = new Map<string, PackItem>(answer.items.map((item) => [item.id, item]));
  const views = new Map<string, SuggestionView>();
  const view = (item: PackItem): SuggestionView[] => {
    let found = views.get(item.id);
    if (!found) {
      // The background sends only items with text for this network.
      const text = textFor(item, network);
      if (text === undefined) return [];
      found = { id: item.id, title: item.title, topic: item.topic, topicLabel: topicLabel(item.topic), language: item.language, text };
      views.set(item.id, found);
    }
    return [found];
  };
  const topicIds = [...new Set(answer.items.map((item) => item.topic))];
  return {
    publisher: answer.pack?.publisher ?? null,
    total: answer.items.length,
    topics: topicIds.map((id) => ({ id, label: topicLabel(id) })),
    search: (query, topic) => {
      const pool = topic ? answer.items.filter((item) => item.topic === topic) : answer.items;
      return rankItems(pool, { preferredLanguages: answer.preferredLanguages, query }).flatMap(view);
    },
    textOf: (id) => {
      const item = byId.get(id);
      return item && textFor(item, network);
    },
    lockedSpansOf: (id) => byId.get(id)?.lockedSpans?.map((span) => span.text) ?? [],
    checks: checksFrom(answer.guidelines, network),
  };
}
