// Page and text styles of the quarterly report, following the Party document
// form: A4, margins 20 mm top and bottom, 30 mm left, 15 mm right, Times New
// Roman 14 pt body. "Liberation Serif" has the same metrics on Linux, but
// only version 2 (Debian fonts-liberation2) has the precomposed Vietnamese
// letters. With version 1 Chromium takes those letters from the next family
// in the list, so the list goes on with serif faces that cover Vietnamese.
//
// On screen the body is padded to look like the printed page; in print the
// @page margins apply instead.
// NOTE: HtmlService's PDF conversion is not documented to honour @page or
// print media queries; check its margins on a real export.

export const REPORT_CSS = `
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
html { background: #ffffff; }
body {
  margin: 0;
  font-family: "Times New Roman", "Liberation Serif", Tinos, "Noto Serif", "DejaVu Serif", serif;
  font-size: 14pt;
  line-height: 1.35;
  color: #000000;
}
@media screen {
  body { max-width: 165mm; margin: 0 auto; padding: 20mm 15mm 20mm 30mm; }
}
.header { width: 100%; border-collapse: collapse; margin-bottom: 6mm; }
.header td { vertical-align: top; text-align: center; padding: 0; }
.header .left { width: 45%; }
.header .right { width: 55%; }
.superior { font-size: 14pt; text-transform: uppercase; }
.issuer { font-size: 14pt; font-weight: bold; text-transform: uppercase; }
.star { font-size: 14pt; line-height: 1; }
.number { font-size: 14pt; margin-top: 2mm; }
.party { font-size: 15pt; font-weight: bold; text-decoration: underline; }
.place-date { font-size: 14pt; font-style: italic; text-align: right; margin-top: 4mm; }
h1 { font-size: 16pt; font-weight: bold; text-align: center; margin: 6mm 0 0 0; }
.subtitle { font-size: 14pt; font-weight: bold; text-align: center; margin: 1mm 0 0 0; }
.cutoff { font-size: 14pt; font-style: italic; text-align: center; margin: 1mm 0 6mm 0; }
h2 { font-size: 14pt; font-weight: bold; margin: 5mm 0 2mm 0; page-break-after: avoid; }
h3 { font-size: 14pt; font-weight: bold; font-style: italic; margin: 3mm 0 2mm 0; page-break-after: avoid; }
p { text-align: justify; text-indent: 10mm; margin: 0 0 2mm 0; }
p.plain { text-indent: 0; }
ul.dash { list-style: none; margin: 0 0 2mm 0; padding-left: 10mm; }
ul.dash li { text-align: justify; margin-bottom: 1mm; }
ul.dash li::before { content: "- "; }
blockquote { margin: 0 0 2mm 10mm; font-style: italic; white-space: pre-wrap; }
table.data { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm 0; font-size: 12pt; line-height: 1.25; }
table.data th, table.data td { border: 1px solid #000000; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
table.data th { font-weight: bold; text-align: center; background: #f2f2f2; }
table.data td.num { text-align: right; white-space: nowrap; }
table.data td.center { text-align: center; }
table.data .link { overflow-wrap: anywhere; word-break: break-word; font-size: 10pt; }
table.data tr { page-break-inside: avoid; }
.caption { font-size: 13pt; font-weight: bold; text-align: center; margin: 4mm 0 1mm 0; }
.appendix { page-break-before: always; }
.chart { text-align: center; margin: 2mm 0 4mm 0; page-break-inside: avoid; }
.chart svg { max-width: 100%; height: auto; }
.signature { width: 100%; border-collapse: collapse; margin-top: 8mm; page-break-inside: avoid; }
.signature td { vertical-align: top; padding: 0; }
.recipients { width: 50%; font-size: 12pt; line-height: 1.25; }
.recipients .label { font-style: italic; font-weight: bold; text-decoration: underline; font-size: 12pt; }
.signer { width: 50%; text-align: center; font-weight: bold; }
.signer .space { height: 22mm; }
.status-good { font-weight: bold; }
.status-bad { font-weight: bold; text-decoration: underline; }
`;
