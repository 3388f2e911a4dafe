/**
 * Whether a manifest match pattern (https://host/path with `*` globs, the only kind manifest.json
 * uses) matches a URL: where the browser runs the content script.
 */
export function patternMatches(pattern: string, url: URL): boolean {
  const [, host = '', path = ''] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  const hostOk = host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host;
  const glob = new RegExp(
    `^${path
      .split('*')
      .map((part) => part.replace(/[.?+^$()|[\]\\{}]/g, '\\$&'))
      .join('.*')}$`,
  );
  return url.protocol === 'https:' && hostOk && glob.test(url.pathname + url.search);
}
