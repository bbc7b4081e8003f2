/** The print layout's address: the tab opens it to print, the Activity tab links to it to reprint. */
export function printRoute(patientId: string, handoutId: string): string[] {
  return ['/patients', patientId, 'handouts', handoutId, 'print'];
}
