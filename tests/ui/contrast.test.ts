// WCAG AA contrast of both themes, read from the stylesheet itself: text 4.5:1, the
// graphics that carry meaning (series, events, up/down, focus ring, control edges) 3:1.
// The contrast ratio is axe-core's, the same the browser scan applies to the page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import { beforeAll, describe, expect, it } from 'vitest';

type Palette = Record<string, string>;

interface AxeColor {
  parseString(value: string): AxeColor;
}
// axe-core's documented commons (doc/developer-guide.md) are not in its type file.
const color = (axe as unknown as { commons: { color: { Color: new () => AxeColor; getContrast(bg: AxeColor, fg: AxeColor): number } } }).commons
  .color;

function contrast(foreground: string, background: string): number {
  return color.getContrast(new color.Color().parseString(background), new color.Color().parseString(foreground));
}

/** The custom properties a rule declares, by name without the leading dashes. */
function customProperties(rule: CSSStyleRule): Palette {
  const palette: Palette = {};
  for (const name of rule.style) if (name.startsWith('--')) palette[name.slice(2)] = rule.style.getPropertyValue(name).trim();
  return palette;
}

let light: Palette;
let dark: Palette;
let systemDark: Palette;

beforeAll(() => {
  const style = document.createElement('style');
  style.textContent = readFileSync(join(import.meta.dirname, '../../src/app/styles.css'), 'utf8');
  document.head.append(style);
  const rules = [...style.sheet!.cssRules];
  const styleRule = (list: CSSRule[], selector: string) => {
    const found = list.find((r): r is CSSStyleRule => r instanceof CSSStyleRule && r.selectorText === selector);
    if (!found) throw new Error(`styles.css has no rule for ${selector}`);
    return found;
  };
  const darkMedia = rules.find((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === '(prefers-color-scheme: dark)');
  if (!darkMedia) throw new Error('styles.css has no (prefers-color-scheme: dark) block');
  light = customProperties(styleRule(rules, ':root'));
  dark = customProperties(styleRule(rules, ":root[data-theme='dark']"));
  systemDark = customProperties(styleRule([...darkMedia.cssRules], ":root:not([data-theme='light'])"));
  style.remove();
});

it('gives the system dark theme the same palette as the chosen dark theme', () => {
  expect(Object.keys(dark).length).toBeGreaterThan(20);
  expect(systemDark).toEqual(dark);
});

it('defines every colour in both themes', () => {
  expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
});

const TEXT = 4.5;
const GRAPHIC = 3;
const SERIES = ['series-1', 'series-2', 'series-3', 'series-4', 'series-5', 'series-6', 'series-7', 'series-8'];

describe.each([
  ['light', () => light],
  ['dark', () => dark],
])('the %s theme', (_name, palette) => {
  /** Each pair as "fg on bg", so a failure names the pair and its ratio. */
  function ratios(pairs: [string, string][]): Record<string, number> {
    const p = palette();
    return Object.fromEntries(pairs.map(([fg, bg]) => [`${fg} on ${bg}`, Math.round(contrast(p[fg]!, p[bg]!) * 100) / 100]));
  }
  function expectAtLeast(minimum: number, pairs: [string, string][]) {
    const found = ratios(pairs);
    const failing = Object.fromEntries(Object.entries(found).filter(([, ratio]) => !(ratio >= minimum)));
    expect(failing, `below ${minimum}:1`).toEqual({});
  }

  it('reads text, muted text, links and up/down figures on the page and on panels', () => {
    // Up and down colour the numbers in the Returns table; the accent colours links.
    const foregrounds = ['text', 'muted', 'accent', 'up', 'down'];
    expectAtLeast(
      TEXT,
      foregrounds.flatMap((fg) => [
        [fg, 'bg'],
        [fg, 'surface'],
      ]),
    );
  });

  it('reads text on the accent, on warnings and on errors, and a cluster of events’ count', () => {
    expectAtLeast(TEXT, [
      // The count in an event cluster's badge (the event colour, or the accent when it holds the selection).
      ['event', 'surface'],
      ['accent-text', 'accent'],
      ['warn-text', 'warn-bg'],
      ['text', 'error-bg'],
      ['down', 'error-bg'],
      ['text', 'grid'],
    ]);
  });

  it('draws series, events, up/down, the focus ring and control edges at 3:1 or more', () => {
    const graphics = [...SERIES, 'event', 'up', 'down', 'focus', 'control-border', 'zone-1', 'zone-2', 'zone-3', 'zone-4', 'zone-5'];
    expectAtLeast(GRAPHIC, graphics.map((fg) => [fg, 'surface']));
    // The header's controls sit on the page background.
    expectAtLeast(GRAPHIC, [
      ['focus', 'bg'],
      ['control-border', 'bg'],
    ]);
  });

  it('tells a failing contrast from a passing one', () => {
    // The check itself: black on white is 21:1, a colour on itself 1:1.
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast(palette().surface!, palette().surface!)).toBeCloseTo(1, 5);
  });
});
