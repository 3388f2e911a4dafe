/**
 * Words that say what a product is, in the languages of the shops we support (en, de, fr, it,
 * es, nl, plus a few pl/sv/pt). Written as shops print them; the compiler normalises them.
 * A leading "~" makes a word also match as the end of a compound ("~kamera" matches
 * "Überwachungskamera"), which German titles need.
 */
import type { Kind } from '../dataset/schema.ts';

/** Device nouns, by the kind they announce. Order inside a title decides the head noun. */
export const KIND_WORDS: Record<Exclude<Kind, 'kit' | 'smart-display'>, readonly string[]> = {
  doorbell: [
    'doorbell', 'doorbells', 'video doorbell', 'doorbell camera', 'door view cam', 'peephole cam', '~turklingel',
    '~turklingeln', '~turklingelkamera', 'turklingel', 'video turklingel', 'turspion kamera', 'sonnette', 'sonnettes',
    'visiophone', 'campanello', 'campanelli', 'videocitofono', 'timbre', 'timbres', 'videoportero', 'deurbel',
    'deurbellen', 'video deurbel', 'dzwonek', 'wideodomofon', 'dorrklocka', 'videodorrklocka', 'campainha',
  ],
  floodlight: [
    'floodlight', 'floodlight cam', 'floodlight camera', 'flutlichtkamera', 'flutlicht kamera', 'flutlicht',
    'projecteur', 'camera projecteur', 'faretto', 'telecamera con faretto', 'foco', 'camara con foco',
    'schijnwerper', 'schijnwerpercamera',
  ],
  'baby-monitor': [
    'baby monitor', 'baby monitors', 'video baby monitor', 'babyphone', 'babyfon', 'babyfoon', 'baby camera',
    'babykamera', 'ecoute bebe', 'babyphone camera', 'baby monitor video', 'vigilabebes', 'vigila bebes',
  ],
  'pet-camera': [
    'pet camera', 'pet cam', 'dog camera', 'cat camera', 'haustierkamera', 'hundekamera', 'katzenkamera',
    'camera pour animaux', 'camera pour chien', 'telecamera per animali', 'camara para mascotas', 'huisdiercamera',
  ],
  camera: [
    'camera', 'cameras', 'cam', 'cams', '~kamera', '~kameras', 'kamera', 'kameras', 'camera s', 'telecamera',
    'telecamere', 'videocamera', 'camara', 'camaras', 'webcam ip', 'ipcam', 'ip cam', 'bewakingscamera',
    'beveiligingscamera', 'overvakningskamera', 'kamera ip', 'camera ip', 'nvr', 'dvr',
  ],
};

/** With a camera as head noun, these make the product a kit of several devices. */
export const KIT_WORDS = [
  'kit', 'kits', 'system', 'systems', 'set', 'sets', 'komplettset', '~set', '~system', 'systeme', 'sistema',
  'systeem', 'cam kit', 'camera kit', 'camera system', 'kamerasystem', 'uberwachungssystem', 'nvr', 'dvr',
];

/**
 * Security context. A vendor that also sells phones, lamps or vacuums needs one of these next
 * to "camera" before we believe the product is a security camera.
 */
export const CONTEXT_WORDS = [
  'security', 'surveillance', 'home security', 'monitoring', 'cctv', 'ip', 'wifi', 'wi fi', 'wlan', 'indoor',
  'outdoor', 'pan tilt', 'night vision', 'color night vision', 'motion detection', 'two way audio', '2 way audio',
  'two way talk', 'person detection', 'spotlight', 'siren', 'cloud', 'local storage', 'battery powered',
  'wire free', 'wireless', 'weatherproof', '~uberwachung', 'uberwachung', 'uberwachungskamera', 'sicherheit',
  'sicherheitskamera', 'innen', 'aussen', 'innenkamera', 'aussenkamera', 'nachtsicht', 'bewegungserkennung',
  'gegensprechfunktion', 'personenerkennung', 'securite', 'videosurveillance', 'vision nocturne', 'interieur',
  'exterieur', 'detection de mouvement', 'sorveglianza', 'videosorveglianza', 'interno', 'esterno',
  'visione notturna', 'vigilancia', 'seguridad', 'videovigilancia', 'exterior', 'interior', 'vision nocturna',
  'bewaking', 'beveiliging', 'binnen', 'buiten', 'nachtzicht', 'monitoraggio', 'smart home', 'alarm',
];

/**
 * Nouns of things that go with a camera but are not one. When such a noun is the head of the
 * title ("Ring Chime Pro", "Video Doorbell Mount"), the product is an accessory.
 */
export const ACCESSORY_WORDS = [
  'mount', 'mounts', 'bracket', 'brackets', 'holder', 'stand', 'wedge', 'wedge kit', 'corner kit', 'angle mount',
  'faceplate', 'faceplates', 'cover', 'skin', 'skins', 'case', 'cases', 'sleeve', 'shield', 'housing',
  'rain cover', 'charger', 'charging', 'charging cable', 'charging station', 'power adapter', 'power supply',
  'power kit', 'transformer', 'adapter', 'cable', 'cables', 'extension cable', 'solar panel',
  'solar panels', 'solar charger', 'battery pack', 'battery packs', 'spare battery', 'replacement battery',
  'rechargeable battery pack', 'quick release battery', 'chime', 'chimes', 'chime pro', 'sync module', 'base station',
  'homebase', 'hub', 'range extender', 'repeater', 'keypad', 'sensor', 'sensors', 'screen protector', 'sticker',
  'stickers', 'sign', 'signs', 'yard sign', 'decal', 'memory card', 'sd card', 'microsd', 'micro sd',
  'replacement', 'spare parts', 'screws', 'tool', 'screwdriver', 'security screw', 'subscription', 'gift card',
  '~halterung', 'halterung', 'wandhalterung', 'halter', 'ständer', 'staender', 'abdeckung', 'hulle', 'schutzhulle',
  'gehause', 'ladegerat', 'ladekabel', 'ladestation', 'netzteil', 'trafo', 'transformator', 'kabel',
  'verlangerungskabel', 'solarpanel', 'solarpanels', 'solarmodul', '~solarpanel', 'akkupack', 'ersatzakku', 'zusatzakku',
  'gong', 'funkgong', 'aufkleber', 'warnschild', 'hinweisschild', 'schild', 'speicherkarte', 'ersatz', 'ersatzteil',
  'zubehor', 'support', 'fixation', 'housse', 'coque', 'chargeur', 'cable de charge', 'panneau solaire',
  'batterie de rechange', 'carillon', 'autocollant', 'supporto', 'staffa', 'custodia', 'cover protettiva',
  'caricatore', 'cavo', 'pannello solare', 'batteria di ricambio', 'adesivo', 'soporte', 'funda', 'carcasa', 'cargador',
  'cable de carga', 'panel solar', 'bateria de repuesto', 'pegatina', 'houder', 'beugel', 'hoesje', 'oplader', 'kabel',
  'zonnepaneel', 'uchwyt', 'ladowarka', 'panel sloneczny', 'accessories', 'accessory',
  'accessoires', 'accessori', 'accesorios', 'toebehoren',
];

/**
 * Prepositions that turn what follows into the thing a product is *for*:
 * "Solar Panel for Ring Stick Up Cam", "Halterung kompatibel mit Blink Outdoor".
 */
export const FOR_WORDS = [
  'for', 'fits', 'fit for', 'compatible', 'compatible with', 'designed for', 'suitable for',
  'fur', 'passend', 'passend fur', 'kompatibel', 'geeignet', 'geeignet fur', 'pour', 'compatible avec', 'per',
  'compatibile', 'compatibile con', 'para', 'compatible con', 'voor', 'geschikt voor', 'do', 'kompatybilny',
  'kompatibel med', 'passar',
];

/**
 * Cameras and look-alikes that are not cloud security cameras, and things that only mention a
 * camera. A title containing one of these never gets a panel.
 */
export const NOT_CAMERA_WORDS = [
  'dummy', 'dummy camera', 'fake camera', 'fake', 'attrappe', '~attrappe', 'kamera attrappe', 'camera factice',
  'factice', 'finta', 'telecamera finta', 'falsa', 'camara falsa', 'simulated', 'imitation', 'webcam', 'web cam',
  'webcams', 'dashcam', 'dash cam', 'dashcams', 'car camera', 'autokamera', 'action cam', 'action camera',
  'actioncam', 'actionkamera', 'digital camera', 'digitalkamera', 'dslr', 'slr', 'spiegelreflex',
  'spiegelreflexkamera', 'systemkamera', 'mirrorless', 'bridge camera', 'bridgekamera', 'compact camera',
  'kompaktkamera', 'camcorder', 'instant camera', 'sofortbildkamera', 'polaroid', 'instax', 'einwegkamera',
  'disposable camera', 'film camera', 'trail camera', 'trail cam', 'wildkamera', 'wildtierkamera', 'game camera',
  'hunting camera', 'jagdkamera', 'wildlife camera', 'camera de chasse', 'fototrappola', 'camara de caza',
  'inspection camera', 'inspektionskamera', 'endoscope', 'endoskop', 'endoskopkamera', 'borescope',
  'ruckfahrkamera', 'backup camera', 'reversing camera', 'rear view camera', 'rearview camera', 'camera de recul',
  'telecamera retromarcia', 'camara de marcha atras', 'achteruitrijcamera', 'camera lens', 'objektiv', 'tripod',
  'stativ', 'treppiede', 'tripode', 'camera bag', 'kameratasche', 'camera strap', 'ring light', 'ringlicht',
  'selfie', 'selfie stick', 'laptop', 'vacuum', 'robot vacuum', 'saugroboter', 'staubsauger', 'aspirateur',
  'aspirador', 'aspirapolvere', 'robotstofzuiger', 'drone', 'drohne', 'kids camera', 'kinderkamera',
  'children camera', 'toy camera', 'microscope', 'mikroskop', 'bodycam', 'body camera', 'body cam',
  'document camera', 'dokumentenkamera', 'visualizer', 'binoculars', 'fernglas', 'telescope', 'teleskop',
  'photo printer', 'fotodrucker', 'kindle edition', 'ebook', 'paperback', 'hardcover', 'taschenbuch', 'dvd',
  'blu ray', 'bluray', 't shirt', 'hoodie', 'poster', 'night vision goggles', 'nachtsichtgerat', 'thermal camera',
  'warmebildkamera', 'fishing camera', 'unterwasserkamera', 'underwater camera', 'conference camera',
  'konferenzkamera', 'streaming camera', 'spy', 'spy camera', 'hidden camera', 'versteckte kamera', 'mini spy',
  'spionagekamera', 'nanny cam pen', 'smoke detector camera', 'clock camera', 'analog', 'cctv kit analog',
];

/** Words a title may start with before the brand: "All-new Ring Video Doorbell", "NEU: eufy…". */
export const LEAD_FILLER_WORDS = [
  'all', 'new', 'all new', 'the', 'brand new', 'neu', 'neue', 'neuer', 'das', 'die', 'der', 'le', 'la', 'les',
  'nouveau', 'nouvelle', 'il', 'nuovo', 'nuova', 'el', 'nuevo', 'nueva', 'het', 'de', 'nieuw', 'nieuwe', 'renewed',
  'refurbished', 'generalüberholt', 'generaluberholt', 'reconditionne', 'ricondizionato', 'reacondicionado',
  'introducing', 'certified', 'official', 'original', 'buy', 'details about', 'details zu', 'détails sur',
  'dettagli su', 'detalles de', 'details over',
];
