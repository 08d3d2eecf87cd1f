// Office reports its theme as colours, not as "dark"/"light": the pane follows
// the luminance of the body background Outlook uses.
import type { HostTheme } from '../office/host';

export type ThemeName = 'light' | 'dark';

export function themeFromOffice(theme: HostTheme | undefined): ThemeName {
  const rgb = parseHexColor(theme?.bodyBackgroundColor);
  if (!rgb) return 'light';
  return relativeLuminance(rgb) < 0.4 ? 'dark' : 'light';
}

function parseHexColor(value: string | undefined): [number, number, number] | undefined {
  if (!value) return undefined;
  let hex = value.trim().replace(/^#/, '');
  if (hex.length === 3) hex = hex.split('').map((c) => c + c).join('');
  if (!/^[0-9a-fA-F]{6}$/.test(hex)) return undefined;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function relativeLuminance([r, g, b]: [number, number, number]): number {
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}
