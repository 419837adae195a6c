import sharp from "sharp";

const noise = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#000", noise: { type: "gaussian", mean: 128, sigma: 40 } } });

/** A landscape camera JPEG lying on its side (EXIF orientation 6), with an author and a GPS position. */
export async function cameraJpeg(): Promise<Uint8Array> {
  return noise(2400, 1200)
    .jpeg()
    .withExif({
      IFD0: { Artist: "Secret Artist", Make: "PhoneMaker" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "42/1 29/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "78/1 24/1 0/1" },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

export const pngWithAlpha = (width = 3000, height = 2000) =>
  sharp({ create: { width, height, channels: 4, background: { r: 200, g: 80, b: 20, alpha: 0.5 } } }).png().toBuffer();
export const smallWebp = () => noise(300, 200).webp().toBuffer();
export const gif = () => noise(50, 50).gif().toBuffer();
/** Tiny on disk, 56 megapixels once decoded. */
export const pixelBomb = () => sharp({ create: { width: 8000, height: 7000, channels: 3, background: "#000" } }).png({ compressionLevel: 9 }).toBuffer();
