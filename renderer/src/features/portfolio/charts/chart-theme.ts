// Chart colours come from the theme's CSS variables, so charts follow light and dark like the rest.
export function themeColor(name: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export const maxChartPoints = 200;

/** Large series draw without animation or dots: the draw cost is per point. */
export const lightweight = (points: number) => ({ isAnimationActive: false, dot: points <= 40 });
