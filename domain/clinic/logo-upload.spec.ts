import { imageUploadMessages } from '../illustrations/image-upload';
import { checkLogoUpload, logoTooLarge, maxLogoBytes } from './logo-upload';

describe('clinic logo upload checks', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

  const sized = (length: number, start: Uint8Array) => {
    const bytes = new Uint8Array(length);
    bytes.set(start);
    return bytes;
  };

  it('accepts a PNG and a JPEG by their first bytes', () => {
    expect(checkLogoUpload(png)).toEqual({ contentType: 'image/png' });
    expect(checkLogoUpload(jpeg)).toEqual({ contentType: 'image/jpeg' });
  });

  it('refuses a text file renamed logo.png, and an SVG, with the image upload words', () => {
    const text = new TextEncoder().encode('Clinic notes, not a picture');
    expect(checkLogoUpload(text).problem).toBe(imageUploadMessages.notAnImage);
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>');
    expect(checkLogoUpload(svg).problem).toBe(imageUploadMessages.notAnImage);
    expect(checkLogoUpload(new Uint8Array()).problem).toBe(imageUploadMessages.empty);
  });

  it('accepts exactly 1 MB and refuses one byte more, saying how to make it fit', () => {
    expect(checkLogoUpload(sized(maxLogoBytes, png))).toEqual({ contentType: 'image/png' });
    expect(checkLogoUpload(sized(maxLogoBytes + 1, png)).problem).toBe(logoTooLarge);
  });

  it('says a large file is too large before looking at what it is', () => {
    expect(checkLogoUpload(sized(maxLogoBytes + 1, new Uint8Array([0x3c]))).problem).toBe(
      logoTooLarge,
    );
  });
});
