/**
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, fields with a comma, quote or line break quoted and
 * their quotes doubled), with text cells that a spreadsheet would run as a formula neutralised (OWASP "CSV
 * injection"): a cell starting with = + - @, a tab or a carriage return gets a leading apostrophe, so Excel and
 * LibreOffice show the text instead of evaluating it. Numbers are written as numbers and never prefixed: a
 * count is never text a person typed.
 */
export type CsvValue = string | number | null;

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
    return String(value);
  }
  const text = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
