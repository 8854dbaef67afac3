/**
 * WCAG 2.x contrast arithmetic for the theme (web/src/theme.ts): the relative luminance of an sRGB
 * colour, the contrast ratio of two colours, and the darkening of a colour until text in it (or
 * white text on it) reaches a ratio. WCAG 2.1 SC 1.4.3 asks 4.5:1 for normal text.
 */

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (WCAG 2.x definition), 0 for black to 1 for white. */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour itself when it contrasts enough with every background, else the colour darkened in
 * small steps (towards black, keeping its hue) until it does.
 */
export function darkenToContrast(hex: string, backgrounds: readonly string[], ratio: number): string {
  const rgb = parseHex(hex);
  for (let step = 0; step <= 100; step++) {
    const candidate = toHex(rgb.map((c) => c * (1 - step / 100)) as Rgb);
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= ratio)) return candidate;
  }
  return '#000000';
}
