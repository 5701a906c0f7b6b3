/**
 * A one-page certificate of participation as a PDF, written by hand (PDF 1.4, the standard
 * Helvetica fonts with WinAnsi encoding: no font files, no dependencies). Text outside Latin-1 is
 * replaced so the file stays valid.
 */
export interface CertificateText {
  name: string;
  role: 'mentor' | 'mentee';
  programName: string;
  cohortName: string;
  from: string;
  to: string;
  issuedOn: string;
}

const WIDTH = 842; // A4 landscape, points
const HEIGHT = 595;

function pdfString(text: string): string {
  const latin1 = [...text].map((ch) => (ch.charCodeAt(0) <= 0xff ? ch : '?')).join('');
  return `(${latin1.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)')})`;
}

/** Approximate Helvetica width (average glyph 0.5 em) to centre a line. */
function centred(text: string, size: number, y: number, font: 'F1' | 'F2'): string {
  const x = Math.max(40, (WIDTH - text.length * size * 0.5) / 2);
  return `BT /${font} ${size} Tf ${x.toFixed(1)} ${y} Td ${pdfString(text)} Tj ET`;
}

export function certificatePdf(c: CertificateText): Buffer {
  const role = c.role === 'mentor' ? 'as a mentor' : 'as a mentee';
  const content = [
    '0.16 0.33 0.55 RG 4 w 30 30 782 535 re S',
    '0.16 0.33 0.55 rg',
    centred('Certificate of participation', 34, 450, 'F2'),
    '0 0 0 rg',
    centred('This certifies that', 16, 390, 'F1'),
    centred(c.name, 30, 340, 'F2'),
    centred(`took part ${role} in the mentoring program`, 16, 290, 'F1'),
    centred(c.programName, 22, 250, 'F2'),
    centred(`${c.cohortName}, from ${c.from} to ${c.to}`, 14, 215, 'F1'),
    centred(`Issued on ${c.issuedOn} by MentorBridge`, 11, 90, 'F1'),
  ].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${WIDTH} ${HEIGHT}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    `<< /Title ${pdfString(`Certificate of participation - ${c.name}`)} /Producer (MentorBridge) >>`,
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
