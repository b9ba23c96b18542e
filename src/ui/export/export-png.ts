// A chart as a PNG file. The page's charts are SVG drawn with the page's CSS: classes,
// and colours such as stroke="var(--series-1)" that a standalone image cannot resolve.
// So each element of a copy gets its computed presentation written on it, the copies are
// laid out under a title, a caption and a legend, and the result is drawn to a canvas.
// Only blob: URLs are used: the build's Content-Security-Policy allows img-src blob:.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The properties that decide how a chart's shapes and text look. */
const PRESENTATION = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** The computed style of an element (getComputedStyle in the page; a stand-in in tests). */
export type StyleOf = (element: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

/**
 * A copy of `svg` that looks the same on its own: the computed presentation of each
 * element is written on it as presentation attributes (computed values have every var()
 * resolved), and what is not drawn (display: none, foreignObject, which would also
 * taint the canvas) is left out. Attributes, not `style`: the build's CSP refuses
 * inline style attributes, and they would outrank nothing here anyway.
 */
export function standaloneSvg(svg: SVGSVGElement, styleOf: StyleOf): SVGSVGElement {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const leftOut: Element[] = [];
  originals.forEach((original, i) => {
    const element = copies[i]!;
    const style = styleOf(original);
    if (original.localName === 'foreignObject' || style.getPropertyValue('display') === 'none') {
      leftOut.push(element);
      return;
    }
    element.removeAttribute('style');
    for (const name of PRESENTATION) {
      const value = style.getPropertyValue(name).trim();
      // A computed url() is absolute to this page: the element's own attribute says it better.
      if (value !== '' && !value.includes('url(')) element.setAttribute(name, value);
    }
    for (const { name, value } of [...element.attributes]) if (value.includes('var(')) element.removeAttribute(name);
  });
  for (const element of leftOut) element.remove();
  const { width, height } = sizeOf(svg);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return copy;
}

export function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  if (width > 0 && height > 0) return { width, height };
  const box = svg.getBoundingClientRect();
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

export interface LegendEntry {
  name: string;
  color: string;
  dash?: string;
}

/** One entry per drawn line (each line's path names its series), in drawing order: hidden lines are not drawn, so not listed. */
export function chartLegend(svgs: readonly SVGSVGElement[], styleOf: StyleOf): LegendEntry[] {
  const entries = new Map<string, LegendEntry>();
  for (const svg of svgs) {
    for (const path of svg.querySelectorAll('path[data-series]')) {
      const name = path.getAttribute('data-series')!;
      if (entries.has(name)) continue;
      const style = styleOf(path);
      const dash = style.getPropertyValue('stroke-dasharray').trim();
      entries.set(name, { name, color: style.getPropertyValue('stroke').trim(), dash: dash && dash !== 'none' ? dash : undefined });
    }
  }
  return [...entries.values()];
}

export interface ChartImageText {
  title: string;
  caption?: string;
}

export interface ChartImageLook {
  background: string;
  text: string;
  muted: string;
  fontFamily: string;
}

const PAD = 16;
const TITLE_SIZE = 16;
const TEXT_SIZE = 13;
const LINE = 22;
const SAMPLE = 24;

/** The picture: title, caption and legend above the standalone charts, stacked as on screen, on the panel's background. */
export function chartImageSvg(charts: readonly SVGSVGElement[], text: ChartImageText, legend: readonly LegendEntry[], look: ChartImageLook): SVGSVGElement {
  const root = document.createElementNS(SVG_NS, 'svg');
  const sizes = charts.map(sizeOf);
  const width = Math.max(320, ...sizes.map((s) => s.width)) + 2 * PAD;
  let y = PAD;

  const background = svgElement('rect', { width: '100%', height: '100%', fill: look.background });
  root.append(background);
  const write = (content: string, size: number, fill: string, weight = 'normal') => {
    y += size + 4;
    const line = svgElement('text', { x: PAD, y, fill, 'font-family': look.fontFamily, 'font-size': size, 'font-weight': weight });
    line.textContent = content;
    root.append(line);
    y += 4;
  };
  write(text.title, TITLE_SIZE, look.text, 'bold');
  if (text.caption) write(text.caption, TEXT_SIZE, look.muted);

  if (legend.length > 0) {
    y += 8;
    let x = PAD;
    for (const entry of legend) {
      // Text cannot be measured in a standalone image: about 0.62 em a character is ample.
      const itemWidth = SAMPLE + 6 + Math.ceil(entry.name.length * TEXT_SIZE * 0.62) + 18;
      if (x > PAD && x + itemWidth > width - PAD) {
        x = PAD;
        y += LINE;
      }
      const sample = svgElement('line', { x1: x, x2: x + SAMPLE, y1: y + LINE / 2, y2: y + LINE / 2, stroke: entry.color, 'stroke-width': 2.5 });
      if (entry.dash) sample.setAttribute('stroke-dasharray', entry.dash);
      const label = svgElement('text', {
        x: x + SAMPLE + 6,
        y: y + LINE / 2 + TEXT_SIZE / 3,
        fill: look.text,
        'font-family': look.fontFamily,
        'font-size': TEXT_SIZE,
        'font-weight': 'bold',
      });
      label.textContent = entry.name;
      root.append(sample, label);
      x += itemWidth;
    }
    y += LINE;
  }

  y += 8;
  charts.forEach((chart, i) => {
    chart.setAttribute('x', String(PAD));
    chart.setAttribute('y', String(y));
    root.append(chart);
    y += sizes[i]!.height;
  });
  const height = y + PAD;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return root;
}

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** Browsers refuse larger canvases (Safari's limit is about 16.7 million pixels). */
const MAX_PIXELS = 16_000_000;

/** Draws a standalone SVG at `pixelRatio` device pixels per CSS pixel and encodes it as PNG. */
export async function svgToPng(svg: SVGSVGElement, pixelRatio: number): Promise<Blob> {
  const { width, height } = sizeOf(svg);
  const scale = Math.min(Math.max(1, pixelRatio), Math.sqrt(MAX_PIXELS / (width * height)));
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the image.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('This browser could not encode the image.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The charts of a panel (its Recharts surfaces) as one PNG, styled as the page shows them now (theme included). */
export async function panelChartsPng(panel: Element, text: ChartImageText): Promise<Blob> {
  const svgs = [...panel.querySelectorAll<SVGSVGElement>('svg.recharts-surface')];
  if (svgs.length === 0) throw new Error('There is no chart to save yet.');
  const styleOf: StyleOf = (element) => getComputedStyle(element);
  const panelStyle = getComputedStyle(panel);
  const look: ChartImageLook = {
    background: opaque(panelStyle.backgroundColor) ?? (panelStyle.getPropertyValue('--surface').trim() || '#ffffff'),
    text: panelStyle.color,
    muted: panelStyle.getPropertyValue('--muted').trim() || panelStyle.color,
    fontFamily: panelStyle.fontFamily,
  };
  const image = chartImageSvg(
    svgs.map((svg) => standaloneSvg(svg, styleOf)),
    text,
    chartLegend(svgs, styleOf),
    look,
  );
  return svgToPng(image, window.devicePixelRatio || 1);
}

/** A computed colour unless it is fully transparent. */
function opaque(color: string): string | undefined {
  return color === 'transparent' || /^rgba\(.*,\s*0\)$/.test(color) ? undefined : color;
}
