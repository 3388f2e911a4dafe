/**
 * `npm run dataset:sign -- <private-key-path> [out-dir]`: writes the bundled dataset as a signed
 * update: <out-dir>/dataset.json and <out-dir>/dataset.json.sig (base64 Ed25519 over exactly the
 * bytes of dataset.json). Publish both files unchanged; any re-encoding breaks the signature.
 * With UNWARRANTED_UPDATE_KEYS set (the key list releases are built with), it warns if that list
 * does not hold the signing key.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDatasetFiles } from '../build/dataset-files.ts';
import { Dataset } from '../src/dataset/schema.ts';
import { publicKeyOf, signBytes } from '../src/update/sign.ts';
import { verifySignature } from '../src/update/verify.ts';
import { readKeyList } from '../build/update-config.ts';

const [keyPath, outDir = 'dist-dataset'] = process.argv.slice(2);
if (!keyPath) {
  console.error('usage: npm run dataset:sign -- <private-key-path> [out-dir]');
  process.exit(1);
}
const privateKeyPem = readFileSync(keyPath, 'utf8');
const dataset = Dataset.parse(readDatasetFiles());
const bytes = new TextEncoder().encode(JSON.stringify(dataset, null, 2) + '\n');
const signature = await signBytes(bytes, privateKeyPem);
const publicKey = await publicKeyOf(privateKeyPem);
// Check with the extension's own verifier before anything is written.
if ((await verifySignature(bytes, signature, [publicKey])) !== publicKey.id) {
  console.error('dataset:sign: the signature does not verify');
  process.exit(1);
}
const dir = resolve(outDir);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'dataset.json'), bytes);
writeFileSync(join(dir, 'dataset.json.sig'), signature);
console.log(`dataset ${dataset.version}: ${bytes.length} bytes, signed with key ${publicKey.id}, written to ${dir}`);
const keyList = process.env['UNWARRANTED_UPDATE_KEYS']?.trim();
if (!keyList) {
  console.warn('note: UNWARRANTED_UPDATE_KEYS is not set, so whether builds trust this key was not checked');
} else if (!readKeyList(resolve(keyList)).some((key) => key.id === publicKey.id && key.publicKey === publicKey.publicKey)) {
  console.warn(`warning: key ${publicKey.id} is not in ${keyList}; a build with that key list will reject this update`);
}
