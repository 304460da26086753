// Links: only to allowed domains, no shorteners (readers cannot see where
// they lead, and the campaign's tracking is lost), https only, and with the
// campaign's tracking parameters. One finding per link, with the first
// problem's message; the fix exists when every problem of the link is
// fixable (https and parameters), so applying it always clears the finding.
import * as z from 'zod/mini';
import { domainSchema, localizedSchema } from '../config';
import { makeFinding } from '../finding';
import { fixLabel } from '../fix-labels';
import { defineRule } from '../rule';
import { overlaps } from '../locked-text';
import { hostMatches, type FoundUrl } from '../urls';

// params: a required parameter is not there (or empty); paramValue: it is
// there with another value than the one required.
const LINK_PROBLEMS = ['shortener', 'domain', 'https', 'params', 'paramValue'] as const;
type LinkProblem = (typeof LINK_PROBLEMS)[number];

// Placeholders: {found} (the link), {domain}, {missing} (parameter names),
// {wrong} (the parameters with another value), {expected} (name=value as required).
const options = {
  // Subdomains are included: "nordvind.example" allows "www.nordvind.example".
  allowedDomains: z.optional(z.array(domainSchema)),
  requireHttps: z.optional(z.boolean()),
  // name -> value; "*" accepts any value as long as the parameter is there.
  requiredParams: z.optional(z.record(z.string().check(z.regex(/^[\w.-]{1,50}$/)), z.string())),
  // Domains whose links need requiredParams (default: every link).
  trackedDomains: z.optional(z.array(domainSchema)),
  shorteners: z.optional(z.array(domainSchema)),
  messages: z.optional(z.partialRecord(z.enum(LINK_PROBLEMS), localizedSchema)),
};

export const linksRule = defineRule('links', options, (config, env) => {
  const lower = (domains?: string[]) => domains?.map((d) => d.toLowerCase());
  const allowed = lower(config.allowedDomains);
  const shorteners = lower(config.shorteners) ?? [];
  const tracked = lower(config.trackedDomains);
  const params = Object.entries(config.requiredParams ?? {});
  for (const domain of [...(allowed ?? []), ...shorteners, ...(tracked ?? [])]) env.knownDomains.add(domain);

  const problemsOf = (url: FoundUrl): { problems: LinkProblem[]; missing: string[]; wrong: string[] } => {
    const problems: LinkProblem[] = [];
    if (shorteners.some((d) => hostMatches(url.host, d))) problems.push('shortener');
    else if (allowed && !allowed.some((d) => hostMatches(url.host, d))) problems.push('domain');
    if (config.requireHttps && url.scheme === 'http') problems.push('https');
    const wantsParams = !tracked || tracked.some((d) => hostMatches(url.host, d));
    const { missing, wrong } = wantsParams ? paramProblems(url.text, params) : { missing: [], wrong: [] };
    if (missing.length > 0) problems.push('params');
    else if (wrong.length > 0) problems.push('paramValue');
    return { problems, missing, wrong };
  };

  return {
    check: (view) =>
      view.urls().flatMap((url) => {
        // A link inside approved text (a locked span) was approved with it.
        if (overlaps(view.locked(), url.start, url.end)) return [];
        const { problems, missing, wrong } = problemsOf(url);
        const first = problems[0];
        if (first === undefined) return [];
        const fixed = problems.every((p) => p === 'https' || p === 'params' || p === 'paramValue') ? fixUrl(url, params) : undefined;
        const fix =
          fixed === undefined
            ? undefined
            : { label: fixLabel('fixLink'), edits: [{ start: url.start, end: url.end, insert: fixed }] };
        const expected = params
          .filter(([name]) => missing.includes(name) || wrong.includes(name))
          .map(([name, value]) => (value === '*' ? name : `${name}=${value}`))
          .join(', ');
        const vars = { found: url.text, domain: url.host, missing: missing.join(', '), wrong: wrong.join(', '), expected };
        return [makeFinding(config, url.start, url.end, vars, fix, config.messages?.[first] ?? config.message)];
      }),
  };
});

type Params = readonly (readonly [string, string])[];

function queryOf(url: string): { base: string; query: string; fragment: string } {
  const hash = url.indexOf('#');
  const beforeHash = hash < 0 ? url : url.slice(0, hash);
  const fragment = hash < 0 ? '' : url.slice(hash);
  const q = beforeHash.indexOf('?');
  return q < 0
    ? { base: beforeHash, query: '', fragment }
    : { base: beforeHash.slice(0, q), query: beforeHash.slice(q + 1), fragment };
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s; // a stray % in a typed link is not our problem to report
  }
}

function pairOf(part: string): [string, string] {
  const eq = part.indexOf('=');
  return eq < 0 ? [decode(part), ''] : [decode(part.slice(0, eq)), decode(part.slice(eq + 1))];
}

const partsOf = (query: string) => query.split('&').filter((p) => p !== '');

// "*" accepts any value, as long as the parameter is there. An empty value
// (`utm_source=`) tracks nothing, so it counts as missing.
const satisfied = (pairs: [string, string][], name: string, value: string) =>
  pairs.some(([k, v]) => k === name && v !== '' && (value === '*' || v === value));

/** Required parameters that are absent (or empty), and those present with another value. */
function paramProblems(url: string, params: Params): { missing: string[]; wrong: string[] } {
  const pairs = partsOf(queryOf(url).query).map(pairOf);
  const missing: string[] = [];
  const wrong: string[] = [];
  for (const [name, value] of params) {
    if (satisfied(pairs, name, value)) continue;
    if (pairs.some(([k, v]) => k === name && v !== '')) wrong.push(name);
    else missing.push(name);
  }
  return { missing, wrong };
}

// Undefined when a missing parameter accepts any value: only the author
// knows which one to add.
function fixUrl(url: FoundUrl, params: Params): string | undefined {
  const text = url.scheme === 'http' ? `https${url.text.slice(4)}` : url.text;
  const { base, query, fragment } = queryOf(text);
  const parts = partsOf(query);
  const pairs = parts.map(pairOf);
  const wanted = params.filter(([name, value]) => !satisfied(pairs, name, value));
  if (wanted.some(([, value]) => value === '*')) return undefined;
  // A required parameter with the wrong value is replaced, not repeated.
  const kept = parts.filter((_, i) => !wanted.some(([name]) => name === pairs[i]?.[0]));
  const added = wanted.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  const all = [...kept, ...added];
  return `${base}${all.length > 0 ? `?${all.join('&')}` : ''}${fragment}`;
}
