// A chart as a standalone image: what the page's CSS gives the chart (classes, colours
// such as stroke="var(--series-1)") must be written on the copy, or the PNG draws black
// lines on nothing. jsdom has no CSS cascade for SVG, so a small stand-in for
// getComputedStyle resolves attributes, class rules and variables the way a browser does.
import { describe, expect, it } from 'vitest';
import { chartImageSvg, chartLegend, standaloneSvg, type StyleOf } from '@/ui/export/export-png';

const VARS: Record<string, string> = { '--series-1': '#0b5cad', '--series-2': '#c2410c', '--muted': '#525c68', '--grid': '#e6e9ee' };
/** What the stylesheet says, by class. */
const CLASS_RULES: Record<string, Record<string, string>> = {
  tick: { fill: 'var(--muted)', 'font-size': '12px', 'font-family': 'system-ui' },
  gone: { display: 'none' },
};

const resolve = (value: string) => value.replace(/var\((--[\w-]+)\)/g, (_, name: string) => VARS[name] ?? '');

/** Class rules beat presentation attributes, as in CSS; unresolved properties read as ''. */
const styleOf: StyleOf = (element) => ({
  getPropertyValue: (name) => {
    for (const cls of element.classList) {
      const rule = CLASS_RULES[cls]?.[name];
      if (rule !== undefined) return resolve(rule);
    }
    const attribute = element.getAttribute(name);
    return attribute === null ? '' : resolve(attribute);
  },
});

function svg<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string>, ...children: (Element | string)[]) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  element.append(...children);
  return element;
}

/** The shape Recharts renders, with what the page's CSS reaches by class. */
function chart(): SVGSVGElement {
  const html = document.createElement('div');
  html.textContent = 'focus helper';
  return svg(
    'svg',
    { class: 'recharts-surface', width: '400', height: '200', style: 'width: 100%; height: 100%' },
    svg('line', { class: 'grid', stroke: 'var(--grid)', x1: '0', x2: '400', y1: '10', y2: '10' }),
    svg('path', { class: 'series-line', 'data-series': 'SPY', stroke: 'var(--series-1)', 'stroke-width': '2', fill: 'none', d: 'M0,0L10,10' }),
    svg('path', {
      class: 'series-line',
      'data-series': 'QQQ',
      stroke: 'var(--series-2)',
      'stroke-dasharray': '6 3',
      'stroke-width': '2',
      fill: 'none',
      d: 'M0,5L10,5',
    }),
    svg('text', { class: 'tick', x: '5', y: '190' }, 'Jan 2025'),
    svg('g', { class: 'gone' }, svg('circle', { r: '3', fill: 'var(--series-1)' })),
    svg('foreignObject', { width: '10', height: '10' }, html),
  );
}

describe('standaloneSvg', () => {
  it('writes each element’s computed colours and text style on it as attributes, with no CSS variable left', () => {
    const source = chart();
    const copy = standaloneSvg(source, styleOf);
    const xml = new XMLSerializer().serializeToString(copy);
    expect(xml).not.toContain('var(');
    const [spy, qqq] = copy.querySelectorAll('path');
    expect(spy).toHaveAttribute('stroke', '#0b5cad');
    expect(spy).toHaveAttribute('stroke-width', '2');
    expect(qqq).toHaveAttribute('stroke', '#c2410c');
    expect(qqq).toHaveAttribute('stroke-dasharray', '6 3');
    expect(copy.querySelector('line')).toHaveAttribute('stroke', '#e6e9ee');
    const text = copy.querySelector('text')!;
    expect(text).toHaveAttribute('fill', '#525c68');
    expect(text).toHaveAttribute('font-size', '12px');
    expect(text).toHaveAttribute('font-family', 'system-ui');
    expect(text.textContent).toBe('Jan 2025');
  });

  it('leaves out what is not drawn and foreignObject, sizes the copy in pixels, and leaves the page’s chart alone', () => {
    const source = chart();
    const before = source.outerHTML;
    const copy = standaloneSvg(source, styleOf);
    expect(copy.querySelector('.gone')).toBeNull();
    expect(copy.querySelector('circle')).toBeNull();
    expect(copy.querySelector('foreignObject')).toBeNull();
    expect(copy.getAttribute('width')).toBe('400');
    expect(copy.getAttribute('height')).toBe('200');
    // No style attributes: the build's CSP refuses them in the page.
    expect([copy, ...copy.querySelectorAll('*')].filter((e) => e.hasAttribute('style'))).toEqual([]);
    expect(source.outerHTML).toBe(before);
  });
});

describe('chartLegend', () => {
  it('lists each drawn line once, in drawing order, with its resolved colour and dash', () => {
    expect(chartLegend([chart(), chart()], styleOf)).toEqual([
      { name: 'SPY', color: '#0b5cad', dash: undefined },
      { name: 'QQQ', color: '#c2410c', dash: '6 3' },
    ]);
  });
});

describe('chartImageSvg', () => {
  it('puts title, caption and legend above the charts, stacked, on the panel’s background', () => {
    const charts = [standaloneSvg(chart(), styleOf), standaloneSvg(chart(), styleOf)];
    const legend = chartLegend([chart()], styleOf);
    const look = { background: 'rgb(23, 28, 34)', text: 'rgb(232, 236, 241)', muted: '#a3adb9', fontFamily: 'system-ui' };
    const image = chartImageSvg(charts, { title: 'Performance', caption: 'Price return since the 2024-12-31 close, as of 2025-07-25.' }, legend, look);

    const width = Number(image.getAttribute('width'));
    const height = Number(image.getAttribute('height'));
    expect(width).toBe(400 + 2 * 16);
    const [first, second] = [...image.children].filter((c) => c.localName === 'svg');
    const top = Number(first!.getAttribute('y'));
    expect(top).toBeGreaterThan(60); // below title, caption and legend
    expect(Number(second!.getAttribute('y'))).toBe(top + 200);
    expect(height).toBe(top + 400 + 16);

    const background = image.querySelector('rect')!;
    expect(background.getAttribute('fill')).toBe('rgb(23, 28, 34)');
    const texts = [...image.children].filter((c) => c.localName === 'text').map((t) => t.textContent);
    expect(texts).toEqual(['Performance', 'Price return since the 2024-12-31 close, as of 2025-07-25.', 'SPY', 'QQQ']);
    const samples = [...image.children].filter((c) => c.localName === 'line');
    expect(samples.map((s) => [s.getAttribute('stroke'), s.getAttribute('stroke-dasharray')])).toEqual([
      ['#0b5cad', null],
      ['#c2410c', '6 3'],
    ]);

    // Well-formed on its own: an SVG file a browser can load as an image.
    const parsed = new DOMParser().parseFromString(new XMLSerializer().serializeToString(image), 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
    expect(parsed.documentElement.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  });
});
