/**
 * "Report a mistake": a prefilled report to the project's tracker or address (package.json
 * `bugs`, read at build time). It carries exactly the vendor, what the report is about (a claim
 * id, `detection` or `record`), the dataset version and the UI language: never the page's
 * address or anything else about the user, who adds what they want to say themselves.
 */

/** Where reports go: an issue tracker's URL (GitHub-style `…/issues`) or an e-mail address. */
export interface ReportTarget {
  url?: string;
  email?: string;
}

declare const __UNWARRANTED_REPORT__: ReportTarget | undefined;

/** This build's report address (vite.config.ts, reportTarget()); none outside a vite build. */
export const REPORT_TARGET: ReportTarget = typeof __UNWARRANTED_REPORT__ === 'undefined' ? {} : __UNWARRANTED_REPORT__;

declare const __UNWARRANTED_REPORTS__: boolean | undefined;
/**
 * Whether this build has a report address at all: a constant the bundler folds, so that a build
 * without one (the default) ships no report code in the content script.
 */
export const REPORTS = typeof __UNWARRANTED_REPORTS__ !== 'undefined' && __UNWARRANTED_REPORTS__;

export interface ReportFields {
  vendor: string;
  /** A claim id, `detection` (the product was recognised wrongly) or `record` (the vendor's record). */
  about: string;
  version: string;
  language: string;
}

/** The fields in the order and form a report carries them; tests check exactly these. */
export function reportLines(fields: ReportFields): string[] {
  return [`vendor: ${fields.vendor}`, `about: ${fields.about}`, `dataset: ${fields.version}`, `language: ${fields.language}`];
}

const EMAIL = /^[^\s@/?#]+@[^\s@/?#]+\.[^\s@/?#]+$/;

/** The report's address, or undefined where the build has none (or an unusable one). */
export function reportHref(target: ReportTarget, fields: ReportFields, prompt: string): string | undefined {
  const title = `Mistake report: ${fields.vendor} / ${fields.about}`;
  const body = `${reportLines(fields).join('\n')}\n\n${prompt}\n`;
  if (target.url) {
    let url: URL;
    try {
      url = new URL(target.url);
    } catch {
      return undefined;
    }
    if (url.protocol !== 'https:') return undefined;
    // An issue list's "new issue" form takes the title and body as parameters.
    if (/\/issues\/?$/.test(url.pathname)) url.pathname = `${url.pathname.replace(/\/$/, '')}/new`;
    url.search = '';
    url.hash = '';
    url.searchParams.set('title', title);
    url.searchParams.set('body', body);
    return url.href;
  }
  if (target.email && EMAIL.test(target.email)) {
    return `mailto:${target.email}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  }
  return undefined;
}
