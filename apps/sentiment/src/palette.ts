/**
 * The colour scales of the heat maps, shared by the terminal (256-colour ANSI)
 * and the SVG pictures, so both read the same way:
 * - gates (0..1): viridis, dark purple = closed, yellow = open;
 * - cell state (signed): purple for negative, white for 0, orange for positive;
 * - P(positive) (0..1): red = negative, pale yellow = unsure, green = positive.
 */

/** An sRGB colour, each channel 0..255. */
export type Rgb = readonly [number, number, number];

type Stops = readonly Rgb[];

const VIRIDIS: Stops = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];
const PURPLE_WHITE_ORANGE: Stops = [
  [94, 60, 153],
  [178, 171, 210],
  [247, 247, 247],
  [253, 184, 99],
  [230, 97, 1],
];
const RED_YELLOW_GREEN: Stops = [
  [215, 48, 39],
  [252, 141, 89],
  [255, 255, 191],
  [145, 207, 96],
  [26, 152, 80],
];

function interpolate(stops: Stops, position: number): Rgb {
  const clamped = Number.isFinite(position) ? Math.min(1, Math.max(0, position)) : 0.5;
  const scaled = clamped * (stops.length - 1);
  const lower = Math.min(stops.length - 2, Math.floor(scaled));
  const fraction = scaled - lower;
  const [a, b] = [stops[lower], stops[lower + 1]];
  return [0, 1, 2].map((channel) => Math.round(a[channel] + (b[channel] - a[channel]) * fraction)) as unknown as Rgb;
}

/** Colour of a gate activation in [0, 1] (viridis). */
export function gateColor(value: number): Rgb {
  return interpolate(VIRIDIS, value);
}

/** Colour of a signed value, e.g. tanh of the cell state, in [-1, 1] (purple - white - orange). */
export function signedColor(value: number): Rgb {
  return interpolate(PURPLE_WHITE_ORANGE, (value + 1) / 2);
}

/** Colour of a probability of "positive" in [0, 1] (red - yellow - green). */
export function probabilityColor(value: number): Rgb {
  return interpolate(RED_YELLOW_GREEN, value);
}

/** `#rrggbb` for SVG. */
export function hex(color: Rgb): string {
  return `#${color.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

const CUBE_LEVELS = [0, 95, 135, 175, 215, 255];

/**
 * The nearest colour of the xterm 256-colour palette (the 6x6x6 cube and the
 * 24 greys), as its index 16..255.
 *
 * @example
 * ```ts
 * ansi256([255, 0, 0]) // 196
 * ```
 */
export function ansi256(color: Rgb): number {
  const nearestLevel = (channel: number): number => {
    let best = 0;
    for (let index = 1; index < CUBE_LEVELS.length; index++) {
      if (Math.abs(CUBE_LEVELS[index] - channel) < Math.abs(CUBE_LEVELS[best] - channel)) best = index;
    }
    return best;
  };
  const [r, g, b] = color.map(nearestLevel);
  const cubeColor: Rgb = [CUBE_LEVELS[r], CUBE_LEVELS[g], CUBE_LEVELS[b]];
  const mean = (color[0] + color[1] + color[2]) / 3;
  const greyIndex = Math.min(23, Math.max(0, Math.round((mean - 8) / 10)));
  const greyLevel = 8 + 10 * greyIndex;
  const distance = (other: Rgb): number => (other[0] - color[0]) ** 2 + (other[1] - color[1]) ** 2 + (other[2] - color[2]) ** 2;
  const cubeIndex = 16 + 36 * r + 6 * g + b;
  return distance([greyLevel, greyLevel, greyLevel]) < distance(cubeColor) ? 232 + greyIndex : cubeIndex;
}

/** `text` on a 256-colour background, reset after. */
export function ansiBackground(color: Rgb, text: string): string {
  return `\x1b[48;5;${ansi256(color)}m${text}\x1b[0m`;
}

const LEVELS = ' ▁▂▃▄▅▆▇█';

/** A one-character bar for a value in [0, 1], for output without colour (`NO_COLOR`, pipes). */
export function levelGlyph(value: number): string {
  const clamped = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  return LEVELS[Math.round(clamped * (LEVELS.length - 1))];
}
