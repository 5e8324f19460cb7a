/**
 * The page backgrounds the accent colour is drawn on. The stylesheet uses the same values
 * (src/styles/tokens.css); a test keeps the two in step.
 */
export const THEME_BACKGROUNDS = {
  light: ['#ffffff', '#f4f6f8'],
  dark: ['#15181c', '#1d2127'],
} as const;
