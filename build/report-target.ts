import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where "Report a mistake" leads (src/shared/report.ts), for vite.config.ts: UNWARRANTED_REPORT_URL (an https issue
 * list, or mailto:address) if set, else package.json `bugs` (url or email); none if neither.
 */
export function reportTarget(env: NodeJS.ProcessEnv, root: string): { url?: string; email?: string } {
  const override = env['UNWARRANTED_REPORT_URL'];
  if (override) return override.startsWith('mailto:') ? { email: override.slice('mailto:'.length) } : { url: override };
  const bugs = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bugs?: string | { url?: string; email?: string } }).bugs;
  if (typeof bugs === 'string') return { url: bugs };
  return { ...(bugs?.url ? { url: bugs.url } : {}), ...(bugs?.email ? { email: bugs.email } : {}) };
}
