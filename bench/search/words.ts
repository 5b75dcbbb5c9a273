/**
 * Extra Dutch word material for the synthetic search corpus, on top of the
 * demo vocabulary (main/core/demo/vocabulary.ts). Compounds are formed from
 * HEADS × TAILS the way Dutch forms them, which gives the long tail of rare
 * words a real corpus has.
 */

export const HEADS = [
  'praktijk', 'beoordeling', 'onderwijs', 'onderzoek', 'beroeps', 'loopbaan', 'studie', 'leer', 'feedback', 'les', 'team', 'examen',
  'toets', 'werk', 'stage', 'taal', 'reken', 'burgerschap', 'welzijn', 'zorg', 'techniek', 'project', 'opleiding', 'kwaliteit',
  'ontwikkel', 'begeleidings', 'coaching', 'groeps', 'klassen', 'docent', 'student', 'mentor', 'keuze', 'data', 'digitaal', 'media',
  'netwerk', 'portfolio', 'gespreks', 'vaardigheids', 'verslag', 'observatie', 'evaluatie', 'ontwerp', 'innovatie', 'samenwerkings',
  'motivatie', 'reflectie', 'presentatie', 'planning', 'school', 'bedrijfs', 'veiligheids', 'gezondheids', 'sport', 'horeca', 'logistiek',
];

export const TAILS = [
  'praktijk', 'opdracht', 'opdrachten', 'gesprek', 'gesprekken', 'formulier', 'plan', 'moment', 'momenten', 'traject', 'cyclus',
  'programma', 'aanpak', 'vorm', 'werkvorm', 'werkvormen', 'instrument', 'kader', 'rubric', 'lijn', 'lijnen', 'route', 'resultaten',
  'ontwikkeling', 'begeleiding', 'beleid', 'cultuur', 'team', 'groep', 'dag', 'week', 'sessie', 'bijeenkomst', 'materiaal', 'omgeving',
  'platform', 'dossier', 'verslag', 'vragen', 'vaardigheden', 'competenties', 'doelen', 'criteria', 'eisen', 'proces', 'product',
  'producten', 'coach', 'coördinator', 'begeleider', 'opleider', 'kwaliteit', 'onderzoek', 'analyse', 'evaluatie', 'verbetering',
];

export const NOUNS = [
  'student', 'studenten', 'docent', 'docenten', 'collega', "collega's", 'team', 'teamleider', 'mentor', 'leerbedrijf', 'leerbedrijven',
  'praktijkopleider', 'werkveld', 'rubric', 'beroepsproduct', 'beroepsproducten', 'examen', 'toets', 'feedback', 'feedforward', 'les',
  'lessen', 'klas', 'groep', 'niveau', 'leerjaar', 'opleiding', 'curriculum', 'keuzedeel', 'keuzedelen', 'stage', 'BPV', 'LOB', 'PLG',
  'intervisie', 'coaching', 'motivatie', 'betrokkenheid', 'uitval', 'studiesucces', 'welzijn', 'burgerschap', 'taalbeleid', 'rekenvaardigheid',
  'digitalisering', 'AI', 'chatbot', 'platform', 'portfolio', 'vragenlijst', 'observatie', 'interview', 'focusgroep', 'data', 'dashboard',
  'resultaat', 'resultaten', 'effect', 'aanpak', 'methode', 'werkvorm', 'werkvormen', 'ideeën', 'reünie', 'coöperatie', 'café',
  'financiën', 'zelfregulatie', 'eigenaarschap', 'differentiatie', 'klassenmanagement', 'lesopbouw', 'samenwerking', 'innovatie',
  'kwaliteitszorg', 'examencommissie', 'assessment', 'simulatie', 'werkplaats', 'leerlijn', 'leerroute', 'flexibilisering', 'hybride leren',
  'nieuwkomers', 'statushouders', 'mbo', 'hbo', 'entree', 'verpleegkunde', 'mechatronica', 'bakkerij', 'logistiek', 'installatietechniek',
];

export const ADJECTIVES = [
  'formatief', 'formatieve', 'summatief', 'digitale', 'hybride', 'praktijkgericht', 'praktijkgerichte', 'inclusief', 'inclusieve',
  'effectieve', 'betrouwbare', 'valide', 'korte', 'lange', 'nieuwe', 'eerstejaars', 'ervaren', 'startende', 'geïsoleerde', 'creatieve',
  'kritische', 'activerende', 'gepersonaliseerde', 'flexibele', 'duurzame', 'veilige', 'concrete', 'gezamenlijke', 'regionale',
];

export const VERBS = [
  'verbeteren', 'onderzoeken', 'inzetten', 'ontwikkelen', 'begeleiden', 'beoordelen', 'evalueren', 'delen', 'gebruiken', 'ontwerpen',
  'organiseren', 'meten', 'versterken', 'verankeren', 'toepassen', 'uitproberen', 'vergelijken', 'borgen', 'stimuleren', 'herontwerpen',
  'differentiëren', 'coachen', 'observeren', 'analyseren', 'plannen', 'presenteren', 'reflecteren', 'samenwerken',
];

export const CONTEXTS = [
  'de praktijkles', 'de BPV', 'het eerste leerjaar', 'de entree-opleiding', 'niveau 2', 'niveau 4', 'de zorgopleidingen',
  'de techniekopleidingen', 'het opleidingsteam', 'de werkplaats', 'het leerbedrijf', 'de examenperiode', 'de keuzedelen',
  'grote groepen', 'de onderbouw', 'de afstudeerfase', 'hybride lessen', 'het netwerkcafé', 'de PLG', 'de coöperatie',
];

export const EXTRA_INSTITUTIONS = [
  'ROC Midden Nederland', 'Albeda', 'Deltion College', 'Graafschap College', 'Alfa-college', 'ROC van Twente', 'Summa College',
  'Da Vinci College', 'Nova College', 'ROC Tilburg', 'Horizon College', 'Scalda', 'Vista college', 'Aventus', 'Landstede MBO',
  'ROC Nijmegen', 'Curio', 'ROC Mondriaan', 'Zadkine', 'Rijn IJssel', 'Koning Willem I College', 'ROC de Leijgraaf', 'Noorderpoort',
  'Firda', 'Drenthe College', 'Gilde Opleidingen', 'Yuverta', 'MBO Utrecht', 'Lentiz', 'Wellant', 'Cibap', 'Hout- en Meubileringscollege',
];

export const EXTRA_FIRST = [
  'Ahmed', 'Bart', 'Cees', 'Dewi', 'Emre', 'Femke', 'Gijs', 'Hatice', 'Iris', 'Jesse', 'Koen', 'Linda', 'Maarten', 'Nadia', 'Oscar',
  'Priya', 'Quinten', 'Rutger', 'Selin', 'Tessa', 'Umut', 'Valerie', 'Wouter', 'Yara', 'Zakaria', 'Anneke', 'Björn', 'Céline', 'Dünya',
  'Elif', 'François', 'Gökhan', 'Hülya', 'Ismaël', 'Joëlle', 'Kübra', 'Lucía', 'Maël', 'Noël', 'Orçun', 'Renée', 'Sören', 'Tijn',
];

export const EXTRA_SURNAMES = [
  'van Beek', 'de Jong', 'van den Broek', 'Vermeulen', 'Sarıkaya', 'Öztürk', 'de Haan', 'van der Linden', "in 't Veld", 'Bosman',
  'Kuipers', 'Veenstra', 'van Loon', 'de Ruiter', 'Bulut', 'Aydın', 'Bouzid', 'Hendriksen', 'Timmermans', 'van Wijk', 'Groen',
  'Claessens', 'Mertens', 'Janssens', 'van Rooij', 'Schipper', 'Kramer', 'Şahin', 'Doğan', 'Lambrechts', 'Wouters', 'ten Brink',
];
