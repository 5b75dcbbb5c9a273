import { createRequire } from 'node:module';
import path from 'node:path';
import pdfmake from 'pdfmake';

let ready = false;

/** pdfmake's folder: next to this bundle (app, CLI), or from the working directory (a bundle built elsewhere, as in tests). */
function resolvePdfmake(): string {
  try {
    return createRequire(import.meta.url).resolve('pdfmake/package.json');
  } catch {
    return createRequire(path.join(process.cwd(), 'package.json')).resolve('pdfmake/package.json');
  }
}

/**
 * pdfmake with Roboto (the font files pdfmake ships) and every other outside
 * access refused: a report only embeds what it is given. The fonts are real
 * files because the charts' SVG text is set by PDFKit, which reads fonts
 * from disk, not from pdfmake's virtual file system.
 */
export function pdfMaker(): typeof pdfmake {
  if (!ready) {
    const dir = path.join(path.dirname(resolvePdfmake()), 'fonts', 'Roboto');
    const font = (name: string) => path.join(dir, `Roboto-${name}.ttf`);
    const files = { normal: font('Regular'), bold: font('Medium'), italics: font('Italic'), bolditalics: font('MediumItalic') };
    const allowed = new Set(Object.values(files));
    pdfmake.setFonts({ Roboto: files });
    const policies = pdfmake as unknown as { setUrlAccessPolicy(f: (url: string) => boolean): void; setLocalAccessPolicy(f: (file: string) => boolean): void };
    policies.setUrlAccessPolicy(() => false);
    policies.setLocalAccessPolicy((file) => allowed.has(file));
    ready = true;
  }
  return pdfmake;
}
