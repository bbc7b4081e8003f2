import { checkImageUpload, type ImageContentType } from '../illustrations/image-upload';

/**
 * The largest logo a clinic may upload. A logo prints about 4 cm wide: 600 pixels is plenty, and a PNG or
 * JPEG of that size is far below 1 MB. SVG is refused: it can carry script, and we serve back what we store.
 */
export const maxLogoBytes = 1024 * 1024;

export const logoTooLarge =
  'The logo is larger than 1 MB. Save it smaller (about 600 pixels wide is plenty for print) and upload it again.';

/**
 * The logo's type read from its bytes (PNG or JPEG, as for exercise pictures), or why it is refused. Only the
 * size limit is the logo's own; the empty-file and not-a-picture rules and words are the image upload's.
 */
export function checkLogoUpload(
  bytes: Uint8Array,
):
  | { contentType: ImageContentType; problem?: undefined }
  | { problem: string; contentType?: undefined } {
  if (bytes.length > maxLogoBytes) return { problem: logoTooLarge };
  return checkImageUpload(bytes);
}
