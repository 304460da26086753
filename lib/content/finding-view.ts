import type { FindingView } from '../../components/types';
import { pickLocalized } from '../i18n';
import type { Finding } from '../rules/types';
import { findingKey } from './finding-at';

// A finding as the views show it: in the person's language, with an https
// link only (everything from a pack is data; anything else is dropped).

export const safeUrl = (url: string | undefined) => (url?.startsWith('https://') ? url : null);

export function toView(finding: Finding, text: string): FindingView {
  return {
    id: findingKey(finding, text),
    severity: finding.severity,
    message: pickLocalized(finding.message),
    reason: finding.reason ? pickLocalized(finding.reason) : null,
    guidelineUrl: safeUrl(finding.guidelineUrl),
    fixLabel: finding.fix ? pickLocalized(finding.fix.label) : null,
    fixWithheld: finding.fixWithheld === true,
    postLevel: finding.start === finding.end,
  };
}
