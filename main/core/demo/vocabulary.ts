/** Word lists for the generated demo network: Dutch mbo, with the names search and sorting must handle. */

export const INSTITUTIONS = [
  { name: 'ROC Rijnland Vakcollege', city: 'Leiden' },
  { name: 'Noorderpoort Techniek & Zorg', city: 'Groningen' },
  { name: 'Coöperatie MBO Brabant-Oost', city: 'Eindhoven' },
  { name: 'Friese Poort Campus', city: 'Leeuwarden' },
  { name: 'Grafisch Lyceum Maasstad', city: 'Rotterdam' },
];

export const TEAMS = [
  'Zorg en Welzijn',
  'Verpleegkunde',
  'Pedagogisch Werk',
  'Techniek & Installatie',
  'Mechatronica',
  'ICT en Software',
  'Economie en Handel',
  'Horeca en Bakkerij',
  'Sport en Bewegen',
  'Media en Vormgeving',
  'Bouw en Infra',
  'Entree-opleiding',
  'Logistiek',
  'Uiterlijke Verzorging',
];

export const FUNCTIONS = ['docent', 'docent LB', 'docent LC', 'docent-onderzoeker', 'teamleider', 'onderwijskundige', 'praktijkbegeleider', 'practor', 'HR-adviseur'];

export const FIRST_NAMES = [
  'Anouk', 'Bram', 'Charlotte', 'Daan', 'Eline', 'Fatima', 'Gerrit', 'Hélène', 'Ilse', 'Jeroen', 'Kim', 'Lotte',
  'Mohammed', 'Noor', 'Olga', 'Pieter', 'Rachid', 'Sanne', 'Thijs', 'Ümit', 'Vera', 'Willemijn', 'Yusuf', 'Zoë',
  'Aylin', 'Bas', 'Chantal', 'Dirk', 'Esra', 'Frank', 'Gülşen', 'Hans', 'Inge', 'Joost', 'Karin', 'Luuk', 'Marieke',
  'Niels', 'Özlem', 'Petra', 'Roel', 'Saskia', 'Tom', 'Ursula', 'Vincent', 'Wendy', 'Xander', 'Yvonne', 'Zeynep', 'René',
];

export const SURNAMES = [
  'van der Berg', 'de Vries', 'Jansen', "'t Hart", 'Bakker', 'Ünal', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder',
  'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits',
  'de Graaf', 'van der Meer', 'Kok', 'Jacobs', 'Yılmaz', 'El Amrani', 'van Dijk', 'Willems', 'Kaya', 'Boukhari',
  'van den Heuvel', 'Schouten', 'Hoekstra', 'Koster', 'Prins', 'Huisman', 'Postma', 'ter Horst', 'Çelik', 'Verbeek',
];

export const MASTER_PROGRAMMES = [
  { programme: 'Master Leren en Innoveren', institute: 'Hogeschool Rotterdam' },
  { programme: 'Master Educational Needs', institute: 'Fontys Hogescholen' },
  { programme: 'Master Pedagogiek', institute: 'Hogeschool van Amsterdam' },
  { programme: 'Master Onderwijskunde', institute: 'Universiteit Utrecht' },
  { programme: 'Master Professioneel Meesterschap', institute: 'Hogeschool Utrecht' },
  { programme: 'Master Leren en Innoveren', institute: 'NHL Stenden' },
  { programme: 'MSc Learning Sciences', institute: 'Universiteit Maastricht' },
];

export const EXPERTISE = [
  'formatief handelen', 'feedback op het leerproces', 'differentiatie', 'klassenmanagement', 'digitalisering',
  'loopbaanoriëntatie (LOB)', 'beroepspraktijkvorming (BPV)', 'keuzedelen', 'examinering', 'beoordelingspraktijk',
  'praktijkgericht onderzoek', 'ontwerpgericht onderzoek', 'professionele leergemeenschap', 'teamontwikkeling',
  'burgerschapsonderwijs', 'taalontwikkelend lesgeven', 'rekenen in de beroepscontext', 'hybride leeromgeving',
  'studentenwelzijn', 'inclusief onderwijs', 'co-teaching', 'peer-feedback', 'AI in het onderwijs',
  'onderwijsontwikkeling', 'leerlijnen ontwerpen', 'pedagogisch handelen', 'consistente lesopbouw',
  'interactief werken', 'gepersonaliseerd leren', 'werkplekleren', 'coaching van collega\'s', 'intervisie',
];

export const LEARNING_WANTS = [
  'data gebruiken voor onderwijsverbetering', 'feedback die studenten ook gebruiken', 'onderzoek opzetten met mijn team',
  'AI verantwoord inzetten', 'differentiëren in grote groepen', 'examens valide maken', 'collega\'s coachen',
  'een PLG begeleiden', 'BPV-begeleiding verbeteren', 'burgerschap in het vak verweven', 'formatief evalueren',
];

export const PLG_THEMES = [
  { name: 'PLG Formatief handelen', description: 'Docenten uit vijf instellingen onderzoeken hoe formatief handelen het leren van studenten in de beroepspraktijk versterkt.' },
  { name: 'PLG Werkplekleren en BPV', description: 'Samen met leerbedrijven verbeteren we de begeleiding van studenten tijdens de beroepspraktijkvorming.' },
  { name: 'PLG Meesterschap zichtbaar maken', description: 'HR en masteropgeleide docenten brengen in kaart wat masters doen en wat het hun team oplevert.' },
  { name: 'PLG Digitale didactiek', description: 'Van hybride lessen tot AI: wat werkt in het mbo, en hoe weten we dat?' },
  { name: 'PLG Burgerschap en welzijn', description: 'Burgerschapsonderwijs en studentenwelzijn verbinden met de beroepsopleiding.' },
];

export const RESEARCH_TOPICS = [
  { title: 'Feedbackgesprekken in de BPV', question: 'Hoe gebruiken studenten feedback van hun praktijkopleider?' },
  { title: 'Formatief handelen in de techniekles', question: 'Welke formatieve werkvormen verhogen de betrokkenheid van eerstejaars?' },
  { title: 'Studiesucces in het eerste jaar', question: 'Welke factoren voorspellen uitval in de eerste tien weken?' },
  { title: 'Peer-feedback bij beroepsproducten', question: 'Wat leren studenten van het beoordelen van elkaars werk?' },
  { title: 'AI-tools in het verslagonderwijs', question: 'Hoe veranderen schrijfopdrachten wanneer studenten AI gebruiken?' },
  { title: 'Driedaagse onderwijsontwikkeling', question: 'Wat levert een jaarlijks ontwikkelevent op voor het curriculum?' },
  { title: 'Taalontwikkelend lesgeven in de zorg', question: 'Hoe ondersteunen we vaktaal bij niveau 2-studenten?' },
  { title: 'Welzijn van studenten na de coronaperiode', question: 'Welke signalen zien mentoren en wat doen ze ermee?' },
  { title: 'Keuzedelen en loopbaanoriëntatie', question: 'Kiezen studenten keuzedelen die passen bij hun loopbaanwens?' },
  { title: 'Co-teaching in de entree-opleiding', question: 'Wat vraagt co-teaching van de samenwerking tussen docenten?' },
];

export const QUESTION_TITLES = [
  'Wie heeft ervaring met formatief evalueren in praktijklessen?',
  'Hoe organiseren jullie intervisie binnen het opleidingsteam?',
  'Welke rubric gebruiken jullie voor beroepsproducten?',
  'Hoe betrek je leerbedrijven bij praktijkgericht onderzoek?',
  'Tips voor differentiëren in een klas van dertig studenten?',
  'Hoe zet je een netwerkcafé op in je eigen instelling?',
  'Wat werkt om studenten feedback echt te laten gebruiken?',
  'Hoe meet je het effect van een nieuwe werkvorm?',
  'Welke AI-afspraken hebben jullie met studenten gemaakt?',
  'Hoe maak je examinering in de BPV betrouwbaarder?',
  'Wie kan helpen met een onderzoeksvraag over loopbaanoriëntatie?',
  'Hoe krijg je collega\'s mee in een onderwijsvernieuwing?',
];

export const SESSION_THEMES = ['Feedback die werkt', 'Onderzoek in de klas', 'Vraag en aanbod in ons netwerk', 'AI en beroepsonderwijs', 'Leren in de beroepspraktijk', 'Meesterschap zichtbaar maken'];
