/**
 * The file chosen in an `<input type="file">`'s change event. The input is emptied, so choosing the same file
 * again (after fixing it) fires again.
 */
export function pickedFile(event: Event): File | undefined {
  const field = event.target as HTMLInputElement;
  const file = field.files?.[0];
  field.value = '';
  return file;
}
