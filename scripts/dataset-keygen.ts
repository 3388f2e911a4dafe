/**
 * `npm run dataset:keygen -- <private-key-path>`: makes an Ed25519 key pair for signing dataset
 * updates. The private key goes to a new file (mode 0600) outside the repository, so it cannot
 * be committed by accident; the public key is printed for the key list releases are built with
 * (UNWARRANTED_UPDATE_KEYS, see README "Releasing").
 */
import { existsSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { generateKeyPair } from '../src/update/sign.ts';

const target = process.argv[2];
if (!target) {
  console.error('usage: npm run dataset:keygen -- <private-key-path>   (a new file outside the repository)');
  process.exit(1);
}
const path = resolve(target);
if (!existsSync(dirname(path))) exit(`${dirname(path)} does not exist`);
// Real paths, so that a symlink into the repository does not slip through.
const repo = realpathSync(join(import.meta.dirname, '..'));
const inside = relative(repo, join(realpathSync(dirname(path)), '_'));
if (!inside.startsWith('..') && !isAbsolute(inside)) exit(`refusing to write a private key inside the repository (${repo})`);
if (existsSync(path)) exit(`${path} exists; refusing to overwrite it`);

const { privateKeyPem, publicKey } = await generateKeyPair();
try {
  writeFileSync(path, privateKeyPem, { mode: 0o600, flag: 'wx' });
} catch (error) {
  exit(`could not write ${path}: ${error instanceof Error ? error.message : String(error)}`);
}
console.log(`private key written to ${path} (mode 0600); keep it secret and backed up.`);
console.log('Add this public key to the key list releases are built with (UNWARRANTED_UPDATE_KEYS, a JSON list):');
console.log(JSON.stringify(publicKey));

function exit(message: string): never {
  console.error(`dataset:keygen: ${message}`);
  process.exit(1);
}
