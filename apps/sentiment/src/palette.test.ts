import { describe, expect, it } from 'vitest';
import { ansi256, ansiBackground, gateColor, hex, levelGlyph, probabilityColor, signedColor } from './palette.js';

describe('palette', () => {
  it('maps colours to the nearest xterm-256 entry', () => {
    expect(ansi256([255, 0, 0])).toBe(196);
    expect(ansi256([0, 0, 0])).toBe(16);
    expect(ansi256([128, 128, 128])).toBe(244);
    expect(ansi256([255, 255, 255])).toBe(231);
  });

  it('runs each scale between its end colours, clamping outside', () => {
    expect(hex(gateColor(0))).toBe('#440154');
    expect(hex(gateColor(1))).toBe('#fde725');
    expect(hex(gateColor(2))).toBe('#fde725');
    expect(hex(signedColor(0))).toBe('#f7f7f7');
    expect(hex(probabilityColor(0))).toBe('#d73027');
    expect(hex(probabilityColor(1))).toBe('#1a9850');
  });

  it('writes background escapes and level glyphs', () => {
    expect(ansiBackground([255, 0, 0], '  ')).toBe('\x1b[48;5;196m  \x1b[0m');
    expect(levelGlyph(0)).toBe(' ');
    expect(levelGlyph(1)).toBe('█');
    expect(levelGlyph(0.5)).toBe('▄');
    expect(levelGlyph(NaN)).toBe(' ');
  });
});
