import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PdfMakeModule from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * PDFs with pdfmake in plain Node, so the CLI, the preview host and the app
 * make the same file. Only the bundled Roboto fonts may be read; no URL is
 * ever fetched (a document is built from the user's own text).
 */
type PdfMake = typeof PdfMakeModule;
let loaded: PdfMake | null = null;

/** The pdfmake package folder: next to this module, or (when bundled elsewhere, as in tests) in the working directory's node_modules. */
function packageDir(): string {
  for (const from of [import.meta.url, path.join(process.cwd(), 'package.json')]) {
    try {
      return path.dirname(createRequire(from).resolve('pdfmake/package.json'));
    } catch {
      // try the next place
    }
  }
  throw new Error('pdfmake is not installed; PDFs cannot be made.');
}

/** Loaded on first use, so commands that make no PDF never pay for it. */
async function setUp(): Promise<PdfMake> {
  if (loaded) return loaded;
  const pdfmake = ((await import('pdfmake')) as unknown as { default: PdfMake }).default;
  const fontDir = path.join(packageDir(), 'fonts', 'Roboto');
  const font = (name: string) => path.join(fontDir, `Roboto-${name}.ttf`);
  pdfmake.setFonts({ Roboto: { normal: font('Regular'), bold: font('Medium'), italics: font('Italic'), bolditalics: font('MediumItalic') } });
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir + path.sep));
  pdfmake.setUrlAccessPolicy(() => false);
  loaded = pdfmake;
  return pdfmake;
}

export const PDF_STYLES: TDocumentDefinitions['styles'] = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 10, color: '#555555', margin: [0, 0, 0, 12] },
  h2: { fontSize: 14, bold: true, margin: [0, 14, 0, 6] },
  h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] },
  label: { fontSize: 9, bold: true, color: '#444444', margin: [0, 4, 0, 0] },
  small: { fontSize: 9, color: '#555555' },
};

/** A PDF from pdfmake content: A4, Dutch metadata, a page number in the footer. */
export async function renderPdf(title: string, content: Content[], createdAt: Date): Promise<Buffer> {
  const pdfmake = await setUp();
  const doc = pdfmake.createPdf({
    pageSize: 'A4',
    pageMargins: [48, 48, 48, 56],
    info: { title, creator: 'Masternetwerk', producer: 'Masternetwerk', creationDate: createdAt },
    language: 'nl-NL',
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: PDF_STYLES,
    // A heading never ends a page on its own: it moves to the next page with what follows it.
    pageBreakBefore: (node, queries) => node.headlineLevel === 1 && queries.getFollowingNodesOnPage().length === 0,
    footer: (page, pages) => ({ text: `${title} · pagina ${page} van ${pages}`, style: 'small', alignment: 'center', margin: [0, 20, 0, 0] }),
    content,
  });
  return Buffer.from(await doc.getBuffer());
}
