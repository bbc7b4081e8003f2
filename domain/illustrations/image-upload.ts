/** The largest picture a clinic may upload for a custom exercise: a phone photo, resized, fits well inside it. */
export const maxImageBytes = 2 * 1024 * 1024;

export const imageContentTypes = ['image/png', 'image/jpeg'] as const;
export type ImageContentType = (typeof imageContentTypes)[number];

const pngSignature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const jpegSignature = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/**
 * What the file is by its first bytes, whatever its name or the type the browser claims: a text file renamed
 * photo.png is still text, and we only ever serve back what we recognised.
 */
export function imageTypeOf(bytes: Uint8Array): ImageContentType | undefined {
  if (startsWith(bytes, pngSignature)) return 'image/png';
  if (startsWith(bytes, jpegSignature)) return 'image/jpeg';
  return undefined;
}

export const imageUploadMessages = {
  empty: 'The file is empty. Choose a PNG or JPEG picture.',
  tooLarge:
    'The picture is larger than 2 MB. Save it smaller (for example 1200 pixels wide) and upload it again.',
  notAnImage:
    'This file is not a PNG or JPEG picture, whatever its name says. Choose a PNG or JPEG picture.',
} as const;

/** The picture's type, or the message that says why it is refused. */
export function checkImageUpload(
  bytes: Uint8Array,
):
  | { contentType: ImageContentType; problem?: undefined }
  | { problem: string; contentType?: undefined } {
  if (bytes.length === 0) return { problem: imageUploadMessages.empty };
  if (bytes.length > maxImageBytes) return { problem: imageUploadMessages.tooLarge };
  const contentType = imageTypeOf(bytes);
  return contentType ? { contentType } : { problem: imageUploadMessages.notAnImage };
}
