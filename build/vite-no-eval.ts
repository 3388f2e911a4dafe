/**
 * Takes the string-to-code paths out of zod for the extension build. Our pages' Content-Security-
 * Policy forbids eval, so zod's JIT can never run there anyway (it falls back to its interpreter);
 * without this, addons.mozilla.org's linter flags the unreachable `Function` constructor. Each
 * rewrite must match exactly once, so a zod upgrade that moves the code fails the build loudly.
 */
import type { Plugin } from 'vite';

const REWRITES: { file: RegExp; from: RegExp; to: string }[] = [
  // allowsEval(): the probe becomes a throw, so it reports false and zod never tries its JIT.
  {
    file: /zod\/v4\/core\/util\.js$/,
    from: /const F = Function;\s*new F\(""\);\s*return true;/,
    to: 'throw new Error("eval is not allowed in extension pages");',
  },
  // Doc.compile(): only the JIT calls it, and only when allowsEval() said yes.
  {
    file: /zod\/v4\/core\/doc\.js$/,
    from: /const F = Function;[\s\S]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);/,
    to: 'throw new Error("eval is not allowed in extension pages");',
  },
];

export function noEval(): Plugin {
  return {
    name: 'unwarranted-no-eval',
    enforce: 'pre',
    transform(code, id) {
      const rewrite = REWRITES.find(({ file }) => file.test(id.split('?')[0] ?? id));
      if (!rewrite) return null;
      const matches = code.match(new RegExp(rewrite.from, 'g'))?.length ?? 0;
      if (matches !== 1) throw new Error(`no-eval: expected one match of ${String(rewrite.from)} in ${id}, found ${String(matches)}`);
      return { code: code.replace(rewrite.from, rewrite.to), map: null };
    },
  };
}
