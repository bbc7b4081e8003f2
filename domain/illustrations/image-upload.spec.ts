import { checkImageUpload, imageTypeOf, imageUploadMessages, maxImageBytes } from './image-upload';

describe('image upload checks', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

  it('recognises PNG and JPEG by their first bytes', () => {
    expect(imageTypeOf(png)).toBe('image/png');
    expect(imageTypeOf(jpeg)).toBe('image/jpeg');
  });

  it('refuses a text file whatever it is called, an empty file and one over 2 MB', () => {
    expect(checkImageUpload(new TextEncoder().encode('not a picture at all')).problem).toBe(
      imageUploadMessages.notAnImage,
    );
    expect(checkImageUpload(new Uint8Array()).problem).toBe(imageUploadMessages.empty);
    const big = new Uint8Array(maxImageBytes + 1);
    big.set(png);
    expect(checkImageUpload(big).problem).toBe(imageUploadMessages.tooLarge);
  });

  it('accepts a picture of exactly 2 MB', () => {
    const limit = new Uint8Array(maxImageBytes);
    limit.set(jpeg);
    expect(checkImageUpload(limit)).toEqual({ contentType: 'image/jpeg' });
  });
});
