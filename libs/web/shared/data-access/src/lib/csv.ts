export type CsvCell = string | number | boolean | null | undefined;

/**
 * Builds RFC 4180 CSV text. Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`)
 * are prefixed with `'` so an exported name can never execute in Excel.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) {
    return '';
  }
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Saves text as a file in the browser (no server round trip). */
export function downloadTextFile(
  filename: string,
  text: string,
  type = 'text/csv;charset=utf-8',
): void {
  // A BOM makes Excel read UTF-8 names correctly.
  saveBlob(filename, new Blob(['\uFEFF', text], { type }));
}

/** Saves a Blob as a file in the browser through a temporary object URL. */
export function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
