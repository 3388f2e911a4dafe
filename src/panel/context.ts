/** What every part of the verdict card is built with: the document, the texts and the language. */
import type { Kind } from '../dataset/schema-ids.ts';
import type { Translate } from '../shared/i18n.ts';
import type { Language } from '../shared/languages.ts';

export interface CardContext {
  /** The page's document in the panel, the extension page's in the popup, a parsed one in tests. */
  document: Document;
  t: Translate;
  /** BCP 47 locale for Intl ("de-DE"). */
  locale: string;
  /** Which of the dataset's texts to show. */
  language: Language;
  /** The product's kind on a shop page (alternatives of that kind); absent in the popup. */
  kind?: Kind;
  /**
   * The shop's country (ISO 3166-1 alpha-2, shops/country.ts), whose data protection authority
   * the complaint advice names; absent in the popup and on shops of no one country (.com).
   */
  country?: string;
  /**
   * Where "Report a mistake" about a claim (or `detection`, or the vendor's record as a whole)
   * leads, already filled in; absent where the build has no report address (shared/report.ts).
   */
  report?: (subject: string) => string | undefined;
}
