// Screenshots the docs show. A test run must leave the tree clean, so they go
// to test-results/ unless someone refreshes the docs with UPDATE_DOCS=1.
export function docShot(name: string): string {
  return process.env.UPDATE_DOCS === '1' ? `docs/${name}` : `test-results/docs/${name}`;
}
