import { escapeHtml } from '../lib/html.js';

const white = 'fill="#fff"';
/** The glyph's darker shade of the card's colour: details drawn on the white shapes. */
const shade = (opacity: number) => `fill="currentColor" opacity="${opacity}"`;
const line = (width: number) => `fill="none" stroke="#fff" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"`;

/** Simple line drawings, one per kind of demo product, on a 400×400 canvas centred at (200, 190). */
const glyphs = {
  headphones:
    `<path d="M120 220v-40a80 80 0 0 1 160 0v40" ${line(18)}/>` +
    `<rect x="100" y="205" width="44" height="80" rx="16" ${white}/><rect x="256" y="205" width="44" height="80" rx="16" ${white}/>`,
  speaker:
    `<rect x="140" y="95" width="120" height="200" rx="20" ${white}/><circle cx="200" cy="145" r="22" ${shade(0.35)}/>` +
    `<circle cx="200" cy="230" r="40" ${shade(0.35)}/><circle cx="200" cy="230" r="14" ${white}/>`,
  microphone:
    `<rect x="165" y="90" width="70" height="120" rx="35" ${white}/><path d="M175 130h50M175 155h50" stroke="currentColor" stroke-width="6" opacity=".35"/>` +
    `<path d="M140 170a60 60 0 0 0 120 0" ${line(12)}/><rect x="194" y="230" width="12" height="45" ${white}/><rect x="155" y="272" width="90" height="14" rx="7" ${white}/>`,
  keyboard:
    `<rect x="90" y="140" width="220" height="110" rx="14" ${white}/>` +
    Array.from({ length: 3 }, (_, row) =>
      Array.from({ length: 7 }, (_, col) => `<rect x="${106 + col * 28}" y="${156 + row * 28}" width="20" height="20" rx="4" ${shade(0.35)}/>`).join(''),
    ).join(''),
  mouse:
    `<rect x="150" y="100" width="100" height="180" rx="50" ${white}/><path d="M200 100v60" stroke="currentColor" stroke-width="6" opacity=".35"/>` +
    `<rect x="193" y="122" width="14" height="26" rx="7" ${shade(0.45)}/>`,
  laptop:
    `<rect x="115" y="115" width="170" height="115" rx="10" ${white}/><rect x="128" y="128" width="144" height="89" rx="4" ${shade(0.3)}/>` +
    `<path d="M85 240h230l-15 28H100z" ${white}/>`,
  phone:
    `<rect x="145" y="95" width="110" height="200" rx="18" ${white}/><rect x="157" y="115" width="86" height="150" rx="6" ${shade(0.3)}/>` +
    `<circle cx="200" cy="280" r="7" ${shade(0.35)}/>`,
  tablet:
    `<rect x="110" y="100" width="180" height="190" rx="16" ${white}/><rect x="124" y="114" width="152" height="150" rx="6" ${shade(0.3)}/>` +
    `<circle cx="200" cy="277" r="6" ${shade(0.35)}/>`,
  camera:
    `<rect x="100" y="140" width="200" height="130" rx="18" ${white}/><rect x="140" y="118" width="60" height="30" rx="8" ${white}/>` +
    `<circle cx="200" cy="205" r="42" ${shade(0.35)}/><circle cx="200" cy="205" r="24" ${white}/><circle cx="268" cy="162" r="8" ${shade(0.35)}/>`,
  watch:
    `<rect x="170" y="90" width="60" height="220" rx="14" ${white} opacity=".75"/><circle cx="200" cy="200" r="62" ${white}/>` +
    `<circle cx="200" cy="200" r="48" ${shade(0.3)}/><path d="M200 170v32l22 14" ${line(8)}/>`,
  lamp: `<path d="M150 120h100l30 80H120z" ${white}/><rect x="192" y="200" width="16" height="70" ${white}/><rect x="150" y="268" width="100" height="16" rx="8" ${white}/>`,
  candle:
    `<rect x="150" y="160" width="100" height="130" rx="14" ${white}/><rect x="150" y="200" width="100" height="30" ${shade(0.25)}/>` +
    `<path d="M200 95c-18 22-18 44 0 52 18-8 18-30 0-52z" ${white}/><rect x="197" y="145" width="6" height="16" ${shade(0.5)}/>`,
  mug:
    `<rect x="130" y="130" width="120" height="150" rx="14" ${white}/>` +
    `<path d="M250 165h20a30 30 0 0 1 0 60h-20" fill="none" stroke="#fff" stroke-width="16"/>`,
  glass:
    `<path d="M140 110h120l-16 180h-88z" ${white}/>` +
    [165, 190, 215, 240].map((x) => `<path d="M${x} 130v140" stroke="currentColor" stroke-width="5" opacity=".25"/>`).join(''),
  bowl:
    `<path d="M100 180h200a100 100 0 0 1-200 0z" ${white}/><rect x="160" y="272" width="80" height="14" rx="7" ${white}/>` +
    `<path d="M165 150c0-18 18-22 18-40M215 150c0-18 18-22 18-40" ${line(8)} opacity=".75"/>`,
  pan: `<circle cx="170" cy="200" r="75" ${white}/><circle cx="170" cy="200" r="55" ${shade(0.3)}/><rect x="235" y="189" width="115" height="22" rx="11" ${white}/>`,
  kettle:
    `<path d="M125 285l20-125h110l20 125z" ${white}/><path d="M160 160c0-45 80-45 80 0" ${line(14)}/>` +
    `<path d="M266 215l44-38" ${line(16)}/><rect x="188" y="100" width="24" height="16" rx="6" ${white}/>`,
  knife:
    `<path d="M60 215c40-50 120-65 190-60v60z" ${white}/><rect x="250" y="160" width="100" height="50" rx="14" ${white} opacity=".85"/>` +
    `<circle cx="280" cy="185" r="6" ${shade(0.4)}/><circle cx="320" cy="185" r="6" ${shade(0.4)}/>`,
  chair:
    `<rect x="140" y="90" width="120" height="110" rx="14" ${white}/><rect x="125" y="195" width="150" height="28" rx="8" ${white}/>` +
    `<rect x="135" y="220" width="16" height="75" ${white}/><rect x="249" y="220" width="16" height="75" ${white}/>`,
  sofa:
    `<rect x="110" y="135" width="180" height="80" rx="18" ${white}/><rect x="85" y="170" width="50" height="90" rx="16" ${white}/>` +
    `<rect x="265" y="170" width="50" height="90" rx="16" ${white}/><rect x="130" y="205" width="140" height="45" rx="10" ${shade(0.25)}/>` +
    `<rect x="100" y="258" width="14" height="28" ${white}/><rect x="286" y="258" width="14" height="28" ${white}/>`,
  table: `<ellipse cx="200" cy="140" rx="115" ry="26" ${white}/><rect x="189" y="150" width="22" height="125" ${white}/><ellipse cx="200" cy="282" rx="60" ry="12" ${white}/>`,
  shelf:
    `<rect x="120" y="90" width="14" height="210" ${white}/><rect x="266" y="90" width="14" height="210" ${white}/>` +
    [140, 200, 260].map((y) => `<rect x="120" y="${y}" width="160" height="12" ${white}/>`).join('') +
    `<rect x="145" y="100" width="16" height="40" ${white} opacity=".8"/><rect x="166" y="108" width="16" height="32" ${white} opacity=".8"/>` +
    `<rect x="215" y="168" width="45" height="32" rx="4" ${white} opacity=".8"/><circle cx="170" cy="243" r="17" ${white} opacity=".8"/>`,
  frame:
    `<rect x="115" y="95" width="170" height="200" rx="6" ${white}/><rect x="135" y="115" width="130" height="160" ${shade(0.3)}/>` +
    `<path d="M145 265l38-50 26 32 20-22 30 40z" ${white} opacity=".85"/><circle cx="235" cy="150" r="13" ${white} opacity=".85"/>`,
  plant:
    `<path d="M200 200c-10-50-50-70-80-70 0 40 30 70 80 70zM200 200c10-60 50-80 85-80 0 45-35 80-85 80z" ${white}/>` +
    `<path d="M150 205h100l-15 85h-70z" ${white} opacity=".85"/>`,
  shirt: `<path d="M160 120l-60 35 22 45 28-14v114h100V186l28 14 22-45-60-35c-8 18-22 28-40 28s-32-10-40-28z" ${white}/>`,
  sweater:
    `<path d="M165 110L105 140L88 280L125 284L140 180V290H260V180L275 284L312 280L295 140L235 110Q200 138 165 110Z" ${white}/>` +
    `<rect x="140" y="270" width="120" height="20" ${shade(0.25)}/><rect x="88" y="266" width="37" height="16" ${shade(0.25)}/><rect x="275" y="266" width="37" height="16" ${shade(0.25)}/>`,
  jacket:
    `<path d="M160 105L100 135L85 285H130L140 175V295H260V175L270 285H315L300 135L240 105L200 130Z" ${white}/>` +
    `<path d="M200 130v165" stroke="currentColor" stroke-width="5" opacity=".35"/><path d="M160 105l40 25 40-25" fill="none" stroke="currentColor" stroke-width="6" opacity=".35"/>`,
  hat:
    `<ellipse cx="200" cy="240" rx="130" ry="30" ${white}/><path d="M130 240c0-70 30-110 70-110s70 40 70 110z" ${white}/>` +
    `<rect x="132" y="212" width="136" height="18" ${shade(0.35)}/>`,
  sock:
    `<path d="M165 90h80v125l35 35c22 22 6 58-26 52l-70-12c-20-4-35-20-35-40V90z" ${white}/>` +
    `<rect x="165" y="90" width="80" height="30" ${shade(0.3)}/><circle cx="262" cy="280" r="16" ${shade(0.2)}/>`,
  sneaker:
    `<path d="M100 250c0-40 20-80 40-90l40 30c30 10 70 15 110 25 20 5 30 20 30 35z" ${white}/>` +
    `<rect x="100" y="250" width="220" height="18" rx="9" ${white} opacity=".8"/>`,
  boot:
    `<path d="M150 90h75v120l65 22c22 8 32 24 32 44v14H130V110z" ${white}/><rect x="130" y="276" width="192" height="18" rx="6" ${shade(0.35)}/>` +
    `<path d="M150 120h75M150 150h75" stroke="currentColor" stroke-width="6" opacity=".3"/>`,
  backpack:
    `<rect x="130" y="130" width="140" height="160" rx="40" ${white}/><path d="M170 130v-20a30 30 0 0 1 60 0v20" fill="none" stroke="#fff" stroke-width="14"/>` +
    `<rect x="160" y="220" width="80" height="44" rx="10" ${shade(0.3)}/>`,
  bottle: `<rect x="180" y="100" width="40" height="30" rx="6" ${white}/><rect x="160" y="130" width="80" height="160" rx="26" ${white}/>`,
  tent: `<path d="M200 100L80 290h240z" ${white}/><path d="M200 170l-45 120h90z" ${shade(0.35)}/><path d="M200 100v-22" ${line(8)}/>`,
  bike:
    `<circle cx="125" cy="240" r="50" ${line(12)}/><circle cx="275" cy="240" r="50" ${line(12)}/>` +
    `<path d="M125 240H200L175 150ZM175 150H255L200 240M255 150L275 240M160 150h30M255 150l-8-25h24" ${line(10)}/>`,
  poles:
    `<path d="M160 110L120 300M240 110L280 300" ${line(9)}/>` +
    `<rect x="148" y="80" width="26" height="70" rx="10" ${white} transform="rotate(12 161 115)"/><rect x="226" y="80" width="26" height="70" rx="10" ${white} transform="rotate(-12 239 115)"/>`,
  ball:
    `<circle cx="200" cy="195" r="95" ${white}/><path d="M200 150l40 28-15 47h-50l-15-47z" ${shade(0.35)}/>` +
    `<path d="M200 150v-55M240 178l50-20M225 225l30 45M175 225l-30 45M160 178l-50-20" stroke="currentColor" stroke-width="6" opacity=".35"/>`,
  racket:
    `<ellipse cx="200" cy="150" rx="70" ry="85" ${line(14)}/>` +
    [-40, -20, 0, 20, 40].map((d) => `<path d="M${200 + d} 75v150M130 ${150 + d}h140" stroke="#fff" stroke-width="3" opacity=".7"/>`).join('') +
    `<rect x="190" y="232" width="20" height="80" rx="8" ${white}/>`,
  dumbbell:
    `<rect x="140" y="185" width="120" height="20" rx="6" ${white}/><rect x="95" y="140" width="30" height="110" rx="8" ${white}/>` +
    `<rect x="125" y="155" width="22" height="80" rx="6" ${white}/><rect x="275" y="140" width="30" height="110" rx="8" ${white}/>` +
    `<rect x="253" y="155" width="22" height="80" rx="6" ${white}/>`,
  kettlebell: `<circle cx="200" cy="220" r="75" ${white}/><path d="M152 172v-35a48 48 0 0 1 96 0v35" ${line(22)}/><circle cx="200" cy="230" r="30" ${shade(0.25)}/>`,
  mat: `<rect x="80" y="235" width="240" height="45" rx="8" ${white}/><circle cx="130" cy="205" r="55" ${white}/><circle cx="130" cy="205" r="32" ${shade(0.3)}/><circle cx="130" cy="205" r="12" ${white}/>`,
  lipstick:
    `<rect x="165" y="200" width="70" height="95" rx="8" ${white}/><rect x="175" y="160" width="50" height="45" ${white} opacity=".85"/>` +
    `<path d="M182 160v-45l36-22v67z" ${shade(0.6)}/>`,
  jar:
    `<rect x="120" y="150" width="160" height="130" rx="22" ${white}/><rect x="110" y="112" width="180" height="45" rx="12" ${white} opacity=".85"/>` +
    `<rect x="150" y="195" width="100" height="45" rx="8" ${shade(0.3)}/>`,
  perfume:
    `<rect x="140" y="160" width="120" height="130" rx="20" ${white}/><rect x="182" y="128" width="36" height="36" ${white} opacity=".85"/>` +
    `<rect x="172" y="98" width="56" height="32" rx="6" ${white}/><rect x="162" y="195" width="76" height="50" rx="8" ${shade(0.3)}/>`,
  book:
    `<rect x="130" y="110" width="140" height="180" rx="8" ${white}/><rect x="148" y="110" width="10" height="180" ${shade(0.3)}/>` +
    `<rect x="175" y="150" width="75" height="10" rx="5" ${shade(0.35)}/><rect x="175" y="172" width="55" height="10" rx="5" ${shade(0.35)}/>`,
  dice:
    `<rect x="90" y="150" width="110" height="110" rx="18" ${white}/>` +
    [[118, 178], [172, 178], [145, 205], [118, 232], [172, 232]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="9" ${shade(0.45)}/>`).join('') +
    `<g transform="rotate(15 255 160)"><rect x="205" y="110" width="100" height="100" rx="16" ${white}/>` +
    [[230, 135], [255, 160], [280, 185]].map(([x, y]) => `<circle cx="${x}" cy="${y}" r="9" ${shade(0.45)}/>`).join('') +
    '</g>',
  block:
    `<rect x="110" y="200" width="85" height="85" rx="8" ${white}/><rect x="205" y="200" width="85" height="85" rx="8" ${white}/>` +
    `<rect x="157" y="108" width="85" height="85" rx="8" ${white}/><circle cx="152" cy="242" r="22" ${shade(0.35)}/>` +
    `<path d="M247 220l25 42h-50z" ${shade(0.35)}/><rect x="180" y="131" width="40" height="40" rx="4" ${shade(0.35)}/>`,
  puzzle:
    `<path d="M120 110h50a30 30 0 1 1 60 0h50v50a30 30 0 1 1 0 60v50H230a30 30 0 1 0-60 0h-50z" ${white}/>` +
    `<circle cx="175" cy="165" r="14" ${shade(0.3)}/>`,
} as const;

export type Glyph = keyof typeof glyphs;

/** A hue of the product's own, from its name: the same picture on every seed. */
function hueOf(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 3600;
  return hash % 360;
}

/** A product picture drawn as SVG: a coloured card with a line drawing and the product's name. */
export function drawProductArt(options: { name: string; glyph: Glyph }): string {
  const { name, glyph } = options;
  const hue = hueOf(name);
  // Long names get a smaller type so that they still fit across the card.
  const fontSize = Math.min(22, Math.floor(620 / name.length));
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="800" height="800" role="img" aria-label="${escapeHtml(name)}">
<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="hsl(${hue} 70% 62%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360} 65% 45%)"/>
</linearGradient></defs>
<rect width="400" height="400" fill="url(#bg)"/>
<g color="hsl(${hue} 60% 30%)">${glyphs[glyph]}</g>
<text x="200" y="350" text-anchor="middle" font-family="Helvetica, Arial, sans-serif" font-size="${fontSize}" font-weight="600" fill="#fff">${escapeHtml(name)}</text>
</svg>`;
}
