import { describe, expect, it } from 'vitest';
import { contrastRatio, darkenToContrast, luminance } from './contrast.ts';

describe('contrast arithmetic', () => {
  it('gives the WCAG figures for known pairs', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1, 5);
    expect(luminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    // Mantine's default dimmed grey on white, as axe-core reports it.
    expect(contrastRatio('#868e96', '#ffffff')).toBeCloseTo(3.32, 2);
    // Orange badge text on its light background (axe: 3.61).
    expect(contrastRatio('#d9480f', '#ffe8cc')).toBeCloseTo(3.61, 1);
  });

  it('keeps a colour that already contrasts and darkens one that does not, just enough', () => {
    expect(darkenToContrast('#005277', ['#ffffff'], 4.5)).toBe('#005277');
    const dark = darkenToContrast('#d9480f', ['#ffe8cc', '#ffffff'], 4.5);
    expect(contrastRatio(dark, '#ffe8cc')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(dark, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(dark, '#ffe8cc')).toBeLessThan(5.2);
    expect(darkenToContrast('#ffffff', ['#ffffff'], 4.5)).not.toBe('#ffffff');
  });

  it('refuses what is not a #rrggbb colour', () => {
    expect(() => luminance('red')).toThrow(/#rrggbb/);
  });
});
