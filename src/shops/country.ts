/**
 * The country a shop's address is for, from its country-code top-level domain: the country whose
 * data protection authority the panel names. Generic domains (.com) give none: amazon.com serves
 * many countries.
 */
export function shopCountry(hostname: string): string | undefined {
  const tld = hostname.toLowerCase().replace(/\.$/, '').split('.').pop() ?? '';
  if (!/^[a-z]{2}$/.test(tld)) return undefined;
  // ISO 3166-1 has GB for the United Kingdom, whose domains end in .uk.
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}
