import { escapeHtml } from '../lib/html.js';

/** Simple line drawings, one per kind of demo product, on a 400×400 canvas centred at (200, 190). */
const glyphs = {
  headphones:
    '<path d="M120 220v-40a80 80 0 0 1 160 0v40" fill="none" stroke="#fff" stroke-width="18" stroke-linecap="round"/>' +
    '<rect x="100" y="205" width="44" height="80" rx="16" fill="#fff"/><rect x="256" y="205" width="44" height="80" rx="16" fill="#fff"/>',
  keyboard:
    '<rect x="90" y="140" width="220" height="110" rx="14" fill="#fff"/>' +
    Array.from({ length: 3 }, (_, row) =>
      Array.from({ length: 7 }, (_, col) => `<rect x="${106 + col * 28}" y="${156 + row * 28}" width="20" height="20" rx="4" fill="currentColor" opacity=".35"/>`).join(''),
    ).join(''),
  mug:
    '<rect x="130" y="130" width="120" height="150" rx="14" fill="#fff"/>' +
    '<path d="M250 165h20a30 30 0 0 1 0 60h-20" fill="none" stroke="#fff" stroke-width="16"/>',
  lamp: '<path d="M150 120h100l30 80H120z" fill="#fff"/><rect x="192" y="200" width="16" height="70" fill="#fff"/><rect x="150" y="268" width="100" height="16" rx="8" fill="#fff"/>',
  shirt:
    '<path d="M160 120l-60 35 22 45 28-14v114h100V186l28 14 22-45-60-35c-8 18-22 28-40 28s-32-10-40-28z" fill="#fff"/>',
  sneaker:
    '<path d="M100 250c0-40 20-80 40-90l40 30c30 10 70 15 110 25 20 5 30 20 30 35z" fill="#fff"/><rect x="100" y="250" width="220" height="18" rx="9" fill="#fff" opacity=".8"/>',
  book: '<rect x="130" y="110" width="140" height="180" rx="8" fill="#fff"/><rect x="148" y="110" width="10" height="180" fill="currentColor" opacity=".3"/><rect x="175" y="150" width="75" height="10" rx="5" fill="currentColor" opacity=".35"/><rect x="175" y="172" width="55" height="10" rx="5" fill="currentColor" opacity=".35"/>',
  bottle: '<rect x="180" y="100" width="40" height="30" rx="6" fill="#fff"/><rect x="160" y="130" width="80" height="160" rx="26" fill="#fff"/>',
  backpack:
    '<rect x="130" y="130" width="140" height="160" rx="40" fill="#fff"/><path d="M170 130v-20a30 30 0 0 1 60 0v20" fill="none" stroke="#fff" stroke-width="14"/><rect x="160" y="220" width="80" height="44" rx="10" fill="currentColor" opacity=".3"/>',
  plant:
    '<path d="M200 200c-10-50-50-70-80-70 0 40 30 70 80 70zM200 200c10-60 50-80 85-80 0 45-35 80-85 80z" fill="#fff"/><path d="M150 205h100l-15 85h-70z" fill="#fff" opacity=".85"/>',
} as const;

export type Glyph = keyof typeof glyphs;

/** A product picture drawn as SVG: a coloured card with a line drawing and the product's name. */
export function drawProductArt(options: { name: string; glyph: Glyph; hue: number }): string {
  const { name, glyph, hue } = options;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="800" height="800" role="img" aria-label="${escapeHtml(name)}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="hsl(${hue} 70% 62%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 65% 45%)"/>
</linearGradient></defs>
<rect width="400" height="400" fill="url(#bg)"/>
<g color="hsl(${hue} 60% 30%)">${glyphs[glyph]}</g>
<text x="200" y="350" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="22" font-weight="600" fill="#fff">${escapeHtml(name)}</text>
</svg>`;
}
