import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.ts';
import { accessibleColorVariables, cssVariablesResolver, DIMMED, theme, themeWithLabels } from './theme.ts';

describe('theme contrast', () => {
  it('makes dimmed text readable on white, the page greys and inside light alerts', () => {
    const tints = Object.entries(DEFAULT_THEME.colors)
      .filter(([name]) => name !== 'dark')
      .map(([, c]) => c[1]);
    for (const bg of ['#ffffff', DEFAULT_THEME.colors.gray[0], DEFAULT_THEME.colors.gray[1], ...tints]) {
      expect(contrastRatio(DIMMED, bg), bg).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives every palette colour filled, text and light variants that pass 4.5:1', () => {
    const colors = { ...DEFAULT_THEME.colors, ...theme.colors } as Record<string, readonly string[]>;
    for (const [name, shades] of Object.entries(colors)) {
      if (name === 'dark') continue;
      const v = accessibleColorVariables(name, shades);
      const filled = v[`--mantine-color-${name}-filled`];
      expect(contrastRatio(filled, '#ffffff'), `${name} filled under white text`).toBeGreaterThanOrEqual(4.5);
      expect(
        contrastRatio(v[`--mantine-color-${name}-text`], DEFAULT_THEME.colors.gray[0]),
        `${name} text`,
      ).toBeGreaterThanOrEqual(4.5);
      const lightColor = v[`--mantine-color-${name}-light-color`];
      expect(contrastRatio(lightColor, shades[1]), `${name} light badge`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(lightColor, shades[2]), `${name} light badge hovered`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps colours that pass as they are (the primary colour) and changes those that fail (green)', () => {
    const kinerja = accessibleColorVariables('kinerja', theme.colors?.kinerja ?? []);
    expect(kinerja['--mantine-color-kinerja-filled']).toBe(theme.colors?.kinerja?.[7]);
    const green = accessibleColorVariables('green', DEFAULT_THEME.colors.green);
    expect(green['--mantine-color-green-filled']).not.toBe(DEFAULT_THEME.colors.green[7]);
  });

  it('is what the provider uses for the light scheme', () => {
    const vars = cssVariablesResolver(mergeMantineTheme(DEFAULT_THEME, theme));
    expect(vars.light['--mantine-color-dimmed']).toBe(DIMMED);
    expect(contrastRatio(vars.light['--mantine-color-error'], '#ffffff')).toBeGreaterThanOrEqual(4.5);
    // Still a grey lighter than body text: dimmed, not black.
    expect(contrastRatio(DIMMED, '#ffffff')).toBeLessThan(7);
    expect(vars.light['--mantine-color-orange-light-color']).toBe(
      accessibleColorVariables('orange', DEFAULT_THEME.colors.orange)['--mantine-color-orange-light-color'],
    );
  });
});

describe('theme labels', () => {
  it('names the close buttons of dialogs, drawers, notifications and alerts in the given language', () => {
    const t = themeWithLabels({ close: 'Tutup' });
    expect(t.components?.Modal?.defaultProps).toEqual({ closeButtonProps: { 'aria-label': 'Tutup' } });
    expect(t.components?.Drawer?.defaultProps).toEqual({ closeButtonProps: { 'aria-label': 'Tutup' } });
    expect(t.components?.Notification?.defaultProps).toEqual({ closeButtonProps: { 'aria-label': 'Tutup' } });
    expect(t.components?.Alert?.defaultProps).toEqual({ closeButtonLabel: 'Tutup' });
    expect(t.components?.Anchor?.defaultProps).toEqual({ underline: 'always' });
    expect(t.primaryColor).toBe('kinerja');
  });
});
