// Facts read from a PDF with poppler-utils (Debian poppler-utils): page sizes, where the words
// sit, the fonts and the text.
import {execFileSync} from 'node:child_process';

export interface PdfPage {
  width: number;
  height: number;
  /** Bounding box of every word on the page, in PDF points from the top-left corner. */
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  words: number;
}

function run(command: string, args: string[]): string {
  return execFileSync(command, args, {encoding: 'utf8', maxBuffer: 64 << 20});
}

/** Reads each page's size and word extent from `pdftotext -bbox`. */
export function pdfPages(pdfFile: string): PdfPage[] {
  const xhtml = run('pdftotext', ['-bbox', pdfFile, '-']);
  const pages: PdfPage[] = [];
  const pagePattern =
    /<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g;
  const wordPattern =
    /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g;
  for (const page of xhtml.matchAll(pagePattern)) {
    const extent: PdfPage = {
      width: Number(page[1]),
      height: Number(page[2]),
      minX: Infinity,
      minY: Infinity,
      maxX: -Infinity,
      maxY: -Infinity,
      words: 0,
    };
    for (const word of page[3].matchAll(wordPattern)) {
      extent.minX = Math.min(extent.minX, Number(word[1]));
      extent.minY = Math.min(extent.minY, Number(word[2]));
      extent.maxX = Math.max(extent.maxX, Number(word[3]));
      extent.maxY = Math.max(extent.maxY, Number(word[4]));
      extent.words++;
    }
    pages.push(extent);
  }
  return pages;
}

/** Names of the fonts the PDF uses, without the subset prefix ("ABCDEF+"). */
export function pdfFonts(pdfFile: string): string[] {
  const lines = run('pdffonts', [pdfFile]).split('\n').slice(2);
  const names = lines
    .map(line => line.split(/\s+/)[0] ?? '')
    .filter(name => name !== '')
    .map(name => name.replace(/^[A-Z]{6}\+/, ''));
  return [...new Set(names)];
}

/** Extracts the PDF's text in reading order, with each run of white space made one space. */
export function pdfText(pdfFile: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'])
    .replace(/\s+/g, ' ')
    .normalize('NFC');
}

/** Renders page 1 to `pngFile` at `dpi` dots per inch. */
export function renderFirstPage(
  pdfFile: string,
  pngFile: string,
  dpi = 110,
): void {
  const stem = pngFile.replace(/\.png$/, '');
  run('pdftoppm', [
    '-png',
    '-f',
    '1',
    '-l',
    '1',
    '-r',
    String(dpi),
    '-singlefile',
    pdfFile,
    stem,
  ]);
}
