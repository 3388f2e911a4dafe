/**
 * What the extension must say, shared by the Chromium and the Firefox suites so that both
 * browsers are held to the same words.
 */

/** The saved Ring page both suites read the panel on. */
export const RING_PAGE = 'pages/amazon.de/synthetic-ring-battery-video-doorbell-plus.html';

/** The panel's sentences for Ring, per UI language. */
export const RING_PANEL = {
  en: {
    headline: 'Ring has given footage to police without a warrant or the owner’s consent.',
    police: /^Documented: United States: 11 times/,
    e2ee: 'Off by default; you can turn it on.',
    actions: 'Article 77 of the GDPR',
  },
  de: {
    headline: 'Ring hat Aufnahmen ohne richterlichen Beschluss und ohne Einwilligung der Besitzer an die Polizei herausgegeben.',
    police: /^Dokumentiert: Vereinigte Staaten: 11-mal/,
    e2ee: 'Standardmäßig aus; Sie können sie einschalten.',
    actions: 'Art. 77 DSGVO',
  },
  fr: {
    headline: 'Ring a remis des enregistrements à la police sans mandat judiciaire ni consentement du propriétaire.',
    police: /^Cas documentés\u00a0: États-Unis\u00a0: 11 fois/,
    e2ee: 'Désactivé par défaut\u202f; vous pouvez l’activer.',
    actions: 'article 77 du RGPD',
  },
  es: {
    headline: 'Ring ha entregado grabaciones a la policía sin orden judicial ni el consentimiento del propietario.',
    police: /^Documentados: Estados Unidos: 11 veces/,
    e2ee: 'Desactivado de forma predeterminada; puede activarlo.',
    actions: 'artículo 77 del RGPD',
  },
  it: {
    headline: 'Ring ha consegnato registrazioni alla polizia senza mandato giudiziario né il consenso del proprietario.',
    police: /^Casi documentati: Stati Uniti: 11 volte/,
    e2ee: 'Disattivata per impostazione predefinita; è possibile attivarla.',
    actions: 'articolo 77 del GDPR',
  },
  nl: {
    headline: 'Ring heeft beelden aan de politie verstrekt zonder gerechtelijk bevel of toestemming van de eigenaar.',
    police: /^Gedocumenteerd: Verenigde Staten: 11 keer/,
    e2ee: 'Standaard uit; u kunt deze inschakelen.',
    actions: 'artikel 77 AVG',
  },
  pl: {
    headline: 'Producent Ring przekazał policji nagrania bez nakazu sądowego i bez zgody właściciela.',
    police: /^Udokumentowano: Stany Zjednoczone: 11 razy/,
    e2ee: 'Domyślnie wyłączone; możesz je włączyć.',
    actions: 'art. 77 RODO',
  },
} as const;

/** A saved page of a product line with facts of its own (Reolink Argus 4 Pro), and what the panel leads with. */
export const LINE_PAGE = 'pages/amazon.de/synthetic-reolink-argus-4-pro.html';
export const LINE_FACTS = {
  en: {
    heading: 'What applies to this model in particular:',
    local: 'This model can record without the vendor’s cloud: to a microSD card.',
  },
  de: {
    heading: 'Was speziell für dieses Modell gilt:',
    local: 'Dieses Modell kann ohne die Cloud des Herstellers aufzeichnen: auf eine microSD-Karte.',
  },
  fr: {
    heading: 'Ce qui s’applique à ce modèle en particulier\u00a0:',
    local: 'Ce modèle peut enregistrer sans le cloud du fabricant\u00a0: sur une carte microSD.',
  },
  es: {
    heading: 'Lo que se aplica a este modelo en particular:',
    local: 'Este modelo puede grabar sin la nube del fabricante: en una tarjeta microSD.',
  },
  it: {
    heading: 'Cosa vale in particolare per questo modello:',
    local: 'Questo modello può registrare senza il cloud del produttore, usando una scheda microSD.',
  },
  nl: {
    heading: 'Wat specifiek voor dit model geldt:',
    local: 'Dit model kan opnemen zonder de cloud van de fabrikant: op een microSD-kaart.',
  },
  pl: {
    heading: 'Co dotyczy konkretnie tego modelu:',
    local: 'Ten model może nagrywać bez chmury producenta: na kartę microSD.',
  },
} as const;

/** Popup queries (brand, parent company, product line, typo, German words) and the vendor ranked first. */
export const POPUP_LOOKUPS = [
  ['eufy', 'eufy'],
  ['Anker', 'eufy'],
  ['nest cam', 'nest'],
  ['Rnig', 'ring'],
  ['Türklingel Ring', 'ring'],
] as const;

/** A camera page on a storefront in a language's country, and the data protection authority line its panel shows. */
const CNIL_PAGE = 'pages/amazon.fr/synthetic-ezviz-c6n.html';
const CNIL = "Commission nationale de l'informatique et des libertés (CNIL)";
export const COMPLAINT_SHOPS = {
  en: {
    page: CNIL_PAGE,
    line: `Data protection authority of this shop’s country (France): ${CNIL}`,
    href: 'https://cnil.fr/adresser-une-plainte',
  },
  de: {
    page: CNIL_PAGE,
    line: `Datenschutzaufsichtsbehörde des Landes dieses Shops (Frankreich): ${CNIL}`,
    href: 'https://cnil.fr/adresser-une-plainte',
  },
  fr: {
    page: CNIL_PAGE,
    line: `Autorité de protection des données du pays de cette boutique (France)\u00a0: ${CNIL}`,
    href: 'https://cnil.fr/adresser-une-plainte',
  },
  es: {
    page: 'pages/amazon.es/synthetic-xiaomi-smart-camera-c400.html',
    line: 'Autoridad de protección de datos del país de esta tienda (España): Agencia Española de Protección de Datos (AEPD)',
    href: 'https://sedeagpd.gob.es/sede-electronica-web/vistas/infoSede/tramitesEntidadAll.jsf',
  },
  it: {
    page: 'pages/amazon.it/synthetic-imou-ranger-2.html',
    line: 'Autorità di protezione dei dati del Paese di questo negozio (Italia): Garante per la protezione dei dati personali (Garante)',
    href: 'https://www.garanteprivacy.it/',
  },
  nl: {
    page: 'pages/amazon.nl/synthetic-ring-battery-video-doorbell-plus.html',
    line: 'Gegevensbeschermingsautoriteit van het land van deze winkel (Nederland): Autoriteit Persoonsgegevens (AP)',
    href: 'https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap',
  },
  pl: {
    page: 'pages/amazon.pl/synthetic-ring-battery-video-doorbell-plus.html',
    line: 'Organ ochrony danych kraju tego sklepu (Polska): Urząd Ochrony Danych Osobowych (UODO)',
    href: 'https://uodo.gov.pl/83/155',
  },
} as const;
