/**
 * Mantine theme: default look with a civil-service blue/teal primary colour, and colours that pass
 * WCAG 2.1 AA contrast (4.5:1 for text; axe-core checks every page in the e2e journeys).
 *
 * Mantine's light scheme draws filled buttons/badges with shade 7 under white text, "light"
 * badges/alerts with shade 9 on shade 1, coloured text (`c="red"`) in the filled shade and dimmed
 * text in gray 6 — for green, orange, yellow, teal, cyan, lime and grape (and the dimmed grey)
 * under 4.5:1. `cssVariablesResolver` keeps each colour's hue and darkens it only as far as needed,
 * computed from the palette (web/src/contrast.ts), so a new colour in use is covered too.
 */
import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  defaultCssVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';
import { darkenToContrast } from './contrast.ts';

const kinerja: MantineColorsTuple = [
  '#e5f4f9',
  '#cfe6ef',
  '#9ecbdd',
  '#69afca',
  '#3f97ba',
  '#2688b0',
  '#157fab',
  '#046b95',
  '#005f86',
  '#005277',
];

/** Labels Mantine would otherwise leave empty or English, in the UI language. */
export interface ThemeLabels {
  close: string;
}

/** The theme with Mantine's built-in buttons named in the UI language (main.tsx rebuilds it on a language change). */
export function themeWithLabels(labels: ThemeLabels) {
  const closeButtonProps = { 'aria-label': labels.close };
  return createTheme({
    ...theme,
    components: {
      ...theme.components,
      Modal: { defaultProps: { closeButtonProps } },
      Drawer: { defaultProps: { closeButtonProps } },
      Notification: { defaultProps: { closeButtonProps } },
      Alert: { defaultProps: { closeButtonLabel: labels.close } },
    },
  });
}

export const theme = createTheme({
  primaryColor: 'kinerja',
  primaryShade: { light: 7, dark: 5 },
  colors: { kinerja },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  // A link inside a sentence must not be told apart by colour alone (WCAG 1.4.1).
  components: { Anchor: { defaultProps: { underline: 'always' } } },
});

/** A little above 4.5 so that text on the page's faint grey (gray 0/1) still passes. */
const TEXT_RATIO = 4.7;
const WHITE = '#ffffff';
/** The faint greys pages and table stripes use behind text. */
const PAGE_GREYS = [WHITE, DEFAULT_THEME.colors.gray[0], DEFAULT_THEME.colors.gray[1]];
/** Light tints that alerts and light badges use as backgrounds (shade 1 of each colour). */
const TINTS = [
  ...Object.entries(DEFAULT_THEME.colors)
    .filter(([name]) => name !== 'dark') // the dark scheme's greys, not a tint
    .map(([, c]) => c[1]),
  kinerja[1],
];
/**
 * Dimmed text: Mantine's gray 6 darkened until readable on the page greys and inside a light
 * alert (≈ 4.7:1 instead of 3.3:1).
 */
export const DIMMED = darkenToContrast(DEFAULT_THEME.colors.gray[6], [...PAGE_GREYS, ...TINTS], TEXT_RATIO);

/** The light-scheme variables of one colour, each darkened as far as contrast needs. */
export function accessibleColorVariables(name: string, shades: readonly string[]): Record<string, string> {
  // Also readable on the colour's own faintest tint (a red-0 "before" box with red text).
  const filled = darkenToContrast(shades[7], [...PAGE_GREYS, shades[0]], TEXT_RATIO);
  return {
    [`--mantine-color-${name}-filled`]: filled,
    [`--mantine-color-${name}-filled-hover`]: darkenToContrast(shades[8], [filled], 1.15),
    [`--mantine-color-${name}-text`]: filled,
    [`--mantine-color-${name}-outline`]: filled,
    [`--mantine-color-${name}-light-color`]: darkenToContrast(shades[9], [shades[1], shades[2], WHITE], TEXT_RATIO),
  };
}

export const cssVariablesResolver: CSSVariablesResolver = (t) => {
  const base = defaultCssVariablesResolver(t);
  const light: Record<string, string> = { ...base.light, '--mantine-color-dimmed': DIMMED };
  for (const [name, shades] of Object.entries(t.colors)) {
    if (name === 'dark' || name === 'white' || name === 'black') continue;
    Object.assign(light, accessibleColorVariables(name, shades));
  }
  // Field errors (Mantine: red 6, 3.3:1) in the red that passes.
  if (light['--mantine-color-red-text']) light['--mantine-color-error'] = light['--mantine-color-red-text'];
  return { ...base, light };
};
