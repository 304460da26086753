// The content pack module's public API. Pure: no DOM, no `browser`, no storage,
// so the service worker, content scripts, options page, CLI and tests share it.
// The bundled sample pack is not re-exported here, so that importing the API
// does not pull the sample's text into every bundle: import sample-pack.json
// where it is needed.
export * from './schema';
export * from './errors';
export { canonicalBytes, canonicalJson } from './canonical';
export * from './verify';
export * from './parse';
export * from './merge';
export * from './select';
