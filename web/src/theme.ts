/** Mantine theme: default look with a civil-service blue/teal primary colour. */
import { createTheme, type MantineColorsTuple } from '@mantine/core';

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

export const theme = createTheme({
  primaryColor: 'kinerja',
  primaryShade: { light: 7, dark: 5 },
  colors: { kinerja },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
});
