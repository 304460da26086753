// The guideline engine's public face: compile a pack's rules into an engine
// and check texts with it. The rule kinds are in kinds/, listed in
// kinds/index.ts.
export { type CompileOptions, compileRules } from './compile';
export { ruleKinds } from './kinds';
export * from './types';
