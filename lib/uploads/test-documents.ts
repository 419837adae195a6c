import PDFDocument from "pdfkit";
import sharp from "sharp";

/** A real one-page PDF, as a design tool would export it. */
export function tinyPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: [200, 100], info: { Title: "Hang tag" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.rect(10, 10, 50, 50).fill("#c03000");
  doc.end();
  return done;
}

/** Artwork with transparency and an author in its XMP packet. */
export const artworkPng = () =>
  sharp({ create: { width: 640, height: 480, channels: 4, background: { r: 20, g: 90, b: 160, alpha: 0.4 } } })
    .composite([{ input: { create: { width: 100, height: 100, channels: 4, background: "#ff0000" } }, left: 20, top: 20 }])
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Secret Designer</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>')
    .png()
    .toBuffer();

export const SAFE_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generator: a design tool -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50">
  <defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>
  <rect width="100" height="50" fill="url(#g)"/><use xlink:href="#g"/>
  <text x="5" y="30" font-family="Noto Sans">Кийиз · 毛 100%</text>
</svg>
`;

export const SCRIPT_SVG = `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>`;
