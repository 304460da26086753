// What `npm start` (scripts/start.mjs) uses from the end-to-end helpers,
// bundled on the fly since Node cannot import TypeScript.
export { OPEN_PANEL_SUGGESTED_KEY } from '../../lib/messaging/commands';
export { LINKEDIN_FEED, routeReplicas, X_HOME } from './replicas';
export { ensureOpenPanelKeys } from './shortcut';
