#!/usr/bin/env node
// Pack tooling for admins: keygen, sign, verify, validate, schema. It runs the
// extension's own lib/pack code (bundled on the fly with esbuild, as
// scripts/start.mjs does for the replicas), so a pack that passes here passes
// in the extension. Usage: npm run pack -- <command> [options]; see docs/admin.md.
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `Usage: npm run pack -- <command> [options]

  keygen   --key-id <id> [--out <dir>]             a P-256 signing key pair: <id>.private.jwk.json
                                                  (keep it secret) and <id>.public.jwk.json; prints
                                                  the public key for the policy or options page
  sign     <pack.json> --key <private.jwk.json>   validates the pack, then writes a signed envelope
           [--key-id <id>] [--out <signed.json>]  (default: <pack>.signed.json)
           [--strict]
  verify   <signed.json> --public-key <file|text> checks signature and format, as the extension does
           [--key-id <id>]
  validate <pack.json | signed.json> [--strict]   checks the format (no key needed)

  validate and sign also run the pack's own guidelines over every item on
  every network it is written for and list each breach with the item and rule
  id: a warning, or with --strict an error (exit 1, and sign writes nothing).
  schema   [--out <file>]                         the pack format as JSON Schema (default: stdout)`;

async function loadLib() {
  const { buildSync } = await import('esbuild');
  const outfile = join(ROOT, '.cache', 'chorus-pack-lib.mjs');
  mkdirSync(dirname(outfile), { recursive: true });
  buildSync({
    stdin: {
      contents:
        "export * from './lib/pack/index.ts'; export { packJsonSchema } from './lib/pack/json-schema.ts'; export { selfCheckPack } from './lib/rules/pack-self-check.ts';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  return import(`${outfile}?t=${Date.now()}`);
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
const fail = (message) => {
  console.error(message);
  process.exit(1);
};

function describeError(error) {
  return `${error.code}: ${error.message}${error.detail ? `\n  ${error.detail}` : ''}`;
}

function summary(pack, extra = '') {
  return `${pack.publisher} — pack "${pack.id}" version ${pack.version} of ${pack.issuedAt}, ${pack.items.length} items (${pack.languages.join(', ')})${extra}`;
}

function trustedKeyFrom(text, keyId) {
  const source = text.trim().startsWith('{') || text.trim().startsWith('-----') ? text : readFileSync(text, 'utf8');
  const trimmed = source.trim();
  if (trimmed.startsWith('{')) {
    const jwk = JSON.parse(trimmed);
    return { keyId: keyId ?? jwk.kid, publicKeyJwk: jwk };
  }
  return { keyId, spki: trimmed };
}

// The pack's own items against its own guidelines (lib/rules/pack-self-check.ts):
// an employee must never be warned about the company's own approved post.
function selfCheck(lib, pack, strict) {
  const { breaches, ruleErrors } = lib.selfCheckPack(pack);
  const label = strict ? 'Error' : 'Warning';
  for (const error of ruleErrors) console.error(`${label}: rule ${error.ruleId ?? `#${error.index + 1}`} does not compile (${error.code}): ${error.message}`);
  for (const b of breaches) {
    console.error(`${label}: item ${b.itemId} (${b.network}, ${b.language}) breaks rule ${b.ruleId} [${b.severity}]: ${b.message}`);
  }
  const count = breaches.length + ruleErrors.length;
  if (count > 0 && strict) fail(`The pack breaks its own guidelines (${count} ${count === 1 ? 'problem' : 'problems'}).`);
  return count;
}

const commands = {
  async keygen(lib, { values }) {
    const keyId = values['key-id'] ?? fail('keygen needs --key-id, for example --key-id acme-2026');
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/.test(keyId)) fail('A key id is 1-80 letters, digits, dots, dashes or underscores.');
    const dir = resolve(values.out ?? '.');
    mkdirSync(dir, { recursive: true });
    const pair = await lib.generateSigningKey();
    const privateJwk = { ...(await lib.exportKeyJwk(pair.privateKey)), kid: keyId };
    const { kty, crv, x, y } = await lib.exportKeyJwk(pair.publicKey);
    const publicJwk = { kty, crv, x, y, kid: keyId };
    const privateFile = join(dir, `${keyId}.private.jwk.json`);
    writeFileSync(privateFile, `${JSON.stringify(privateJwk, null, 2)}\n`, { mode: 0o600 });
    chmodSync(privateFile, 0o600);
    writeFileSync(join(dir, `${keyId}.public.jwk.json`), `${JSON.stringify(publicJwk, null, 2)}\n`);
    const spki = await lib.exportPublicKeySpki(pair.publicKey);
    console.log(`Private key: ${privateFile} (keep it secret; never commit it)`);
    console.log(`Public key:  ${join(dir, `${keyId}.public.jwk.json`)}\n`);
    console.log('For the managed policy or the options page:');
    console.log(JSON.stringify({ keyId, publicKey: spki }, null, 2));
  },

  async sign(lib, { values, positionals }) {
    const file = positionals[0] ?? fail('sign needs a pack file');
    const jwk = readJson(values.key ?? fail('sign needs --key <private.jwk.json>'));
    const keyId = values['key-id'] ?? jwk.kid ?? fail('sign needs --key-id (the key file has no "kid")');
    const parsed = await lib.parsePackText(readFileSync(file, 'utf8'), { trustedKeys: [], allowUnsigned: true });
    if (!parsed.ok) fail(`Not signed: the pack is not valid.\n${describeError(parsed.error)}`);
    selfCheck(lib, parsed.pack, values.strict === true); // with --strict, a breach stops here
    const { kid: _kid, ...privateJwk } = jwk;
    const envelope = await lib.signPack(parsed.pack, await lib.importPrivateKeyJwk(privateJwk), keyId);
    const out = values.out ?? file.replace(/(\.json)?$/, '.signed.json');
    writeFileSync(out, `${JSON.stringify(envelope, null, 2)}\n`);
    console.log(`Signed with key "${keyId}": ${out}\n${summary(parsed.pack)}`);
  },

  async verify(lib, { values, positionals }) {
    const file = positionals[0] ?? fail('verify needs a signed pack file');
    const key = trustedKeyFrom(values['public-key'] ?? fail('verify needs --public-key <file or key text>'), values['key-id']);
    if (key.keyId === undefined) fail('verify needs --key-id (the key has no "kid")');
    const parsed = await lib.parsePackText(readFileSync(file, 'utf8'), { trustedKeys: [key], allowUnsigned: false });
    if (!parsed.ok) fail(`Refused. ${describeError(parsed.error)}`);
    console.log(`Valid, signed with "${parsed.keyId}".\n${summary(parsed.pack)}`);
  },

  async validate(lib, { values, positionals }) {
    const file = positionals[0] ?? fail('validate needs a pack file');
    const json = readJson(file);
    // A signed envelope: check the pack inside; signatures are verify's job.
    const text = json?.format === lib.ENVELOPE_FORMAT ? JSON.stringify(json.pack) : readFileSync(file, 'utf8');
    const parsed = await lib.parsePackText(text, { trustedKeys: [], allowUnsigned: true });
    if (!parsed.ok) fail(`Invalid. ${describeError(parsed.error)}`);
    const problems = selfCheck(lib, parsed.pack, values.strict === true);
    const own = problems > 0 ? ` It breaks its own guidelines in ${problems} ${problems === 1 ? 'place' : 'places'} (see above).` : '';
    console.log(`Valid.${own}${json?.format === lib.ENVELOPE_FORMAT ? ' (signature not checked: use verify)' : ''}\n${summary(parsed.pack)}`);
  },

  async schema(lib, { values }) {
    const text = `${JSON.stringify(lib.packJsonSchema(), null, 2)}\n`;
    if (values.out === undefined) return void process.stdout.write(text);
    writeFileSync(values.out, text);
    console.log(`Wrote ${values.out}`);
  },
};

const [command, ...rest] = process.argv.slice(2);
if (command === undefined || !(command in commands)) {
  console.log(USAGE);
  process.exit(command === undefined || command === 'help' || command === '--help' ? 0 : 1);
}
const args = parseArgs({
  args: rest,
  allowPositionals: true,
  options: { out: { type: 'string' }, key: { type: 'string' }, 'key-id': { type: 'string' }, 'public-key': { type: 'string' }, strict: { type: 'boolean' } },
});
await commands[command](await loadLib(), args);
