// Small inline-SVG charts: bars with a line on a second axis (months), and a time curve with a stepped area
// (a session's energy and power). No library: two chart shapes do not earn one. Each chart draws at its
// container's real width (redrawn when that changes) so text stays legible from a phone to a desktop, and comes
// with the same data as a visually hidden table for screen readers. Callers pass every text and formatter, so
// the charts know nothing of languages, currencies or time zones.
import { ensureStyle } from './ui.js';

const SVG = 'http://www.w3.org/2000/svg';
const HEIGHT = 280;
const MARGIN = { top: 16, right: 64, bottom: 36, left: 64 };
const MAX_TABLE_ROWS = 200;
let ids = 0;

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  }
  for (const c of children) el.append(c);
  return el;
}

function html(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

/** Round axis bounds and 4-6 ticks covering [min, max] (min ≤ 0 ≤ max: bars and areas start at zero). */
export function niceScale(min, max, count = 5) {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  if (hi - lo === 0) return { min: 0, max: 1, ticks: [0, 0.5, 1] };
  const raw = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map(m => m * magnitude).find(s => s >= raw);
  const first = Math.floor(lo / step) * step;
  const last = Math.ceil(hi / step) * step;
  const ticks = [];
  for (let i = 0; first + i * step <= last + step / 1e6; i++) ticks.push(+(first + i * step).toPrecision(12));
  return { min: first, max: last, ticks };
}

const MINUTE = 60_000;
const TIME_STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080].map(m => m * MINUTE);

/** Ticks at whole multiples of a readable step (minutes to days), at most about {@code count} of them. */
export function timeTicks(from, to, count = 6) {
  const span = Math.max(to - from, MINUTE);
  const step = TIME_STEPS.find(s => span / s <= count) ?? TIME_STEPS[TIME_STEPS.length - 1];
  const ticks = [];
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) ticks.push(t);
  return ticks;
}

/** The figure: an SVG drawn by {@code draw(width)} on every width change, and the hidden table. */
function figure(container, { title, desc, className }, draw, table) {
  ensureStyle('css/chart.css');
  const id = `chart-${++ids}`;
  const root = html('figure', { class: `chart ${className}` });
  const holder = html('div', { class: 'chart-canvas' });
  root.append(holder, table);
  container.replaceChildren(root);
  let width = 0;
  const render = () => {
    const w = Math.max(280, Math.floor(holder.clientWidth || container.clientWidth || 640));
    if (w === width) return;
    width = w;
    const chart = svg('svg', {
      width: w, height: HEIGHT, viewBox: `0 0 ${w} ${HEIGHT}`, role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`, class: 'chart-svg',
    }, svg('title', { id: `${id}-title` }, title), svg('desc', { id: `${id}-desc` }, desc));
    draw(chart, w);
    holder.replaceChildren(chart);
  };
  render();
  if (typeof ResizeObserver === 'undefined') return () => {};
  const observer = new ResizeObserver(render);
  observer.observe(holder);
  return () => observer.disconnect();
}

/** In a hidden box rather than a hidden table: a table grows to its content whatever its width says. */
function dataTable(caption, headers, rows) {
  return html('div', { class: 'visually-hidden' }, html('table', { class: 'chart-data' },
    html('caption', {}, caption),
    html('thead', {}, html('tr', {}, ...headers.map(h => html('th', { scope: 'col' }, h)))),
    html('tbody', {}, ...rows.map(cells => html('tr', {},
      html('th', { scope: 'row' }, cells[0]), ...cells.slice(1).map(c => html('td', {}, c)))))));
}

function axis(chart, scale, y, x, anchor, format, className) {
  for (const v of scale.ticks) {
    const py = y(v);
    chart.append(svg('text', { x, y: py + 4, 'text-anchor': anchor, class: `chart-tick ${className}` }, format(v)));
  }
}

function grid(chart, scale, y, left, right) {
  for (const v of scale.ticks) {
    chart.append(svg('line', {
      x1: left, x2: right, y1: y(v), y2: y(v), class: v === 0 ? 'chart-zero' : 'chart-grid',
    }));
  }
}

function legend(items) {
  return html('ul', { class: 'chart-legend', 'aria-hidden': 'true' },
    ...items.map(([name, cls]) => html('li', {}, html('span', { class: `chart-key ${cls}` }), name)));
}

/**
 * Bars (left axis) and a line with dots (right axis) over categories, e.g. energy and refund per month.
 * spec: { title, desc, caption, categoryHeader, categories: [{label, short}], selected (index or -1),
 *   bars: {name, values, format, tick}, line: {name, values, format, tick}, onSelect(index)? }.
 * Values may be null (no data: no bar, a gap in the line). Returns a cleanup function.
 */
export function barLineChart(container, spec) {
  const { categories, bars, line } = spec;
  const present = vs => vs.filter(v => v !== null && v !== undefined);
  const barScale = niceScale(Math.min(0, ...present(bars.values)), Math.max(0, ...present(bars.values)));
  const lineScale = niceScale(Math.min(0, ...present(line.values)), Math.max(0, ...present(line.values)));
  const table = dataTable(spec.caption, [spec.categoryHeader, bars.name, line.name],
    categories.map((c, i) => [c.label, cell(bars, i), cell(line, i)]));
  const cleanup = figure(container, { ...spec, className: 'chart-bar-line' }, (chart, width) => {
    const left = MARGIN.left;
    const right = width - MARGIN.right;
    const top = MARGIN.top;
    const bottom = HEIGHT - MARGIN.bottom;
    const band = (right - left) / categories.length;
    const yBar = v => bottom - ((v - barScale.min) / (barScale.max - barScale.min)) * (bottom - top);
    const yLine = v => bottom - ((v - lineScale.min) / (lineScale.max - lineScale.min)) * (bottom - top);
    grid(chart, barScale, yBar, left, right);
    axis(chart, barScale, yBar, left - 6, 'end', bars.tick, 'chart-axis-bars');
    axis(chart, lineScale, yLine, right + 6, 'start', line.tick, 'chart-axis-line');
    const everyOther = band < 34;
    categories.forEach((c, i) => {
      const x = left + i * band;
      const v = bars.values[i];
      const group = svg('g', { class: `chart-category${i === spec.selected ? ' chart-selected' : ''}` });
      if (v !== null && v !== undefined) {
        const y0 = yBar(0);
        const y1 = yBar(v);
        group.append(svg('rect', {
          x: x + band * 0.18, width: band * 0.64, y: Math.min(y0, y1), height: Math.max(1, Math.abs(y0 - y1)),
          class: 'chart-bar', 'data-index': i,
        }, svg('title', {}, `${c.label}: ${bars.format(v)}, ${line.format(line.values[i])}`)));
      }
      if (!everyOther || i % 2 === (categories.length - 1) % 2) {
        group.append(svg('text', { x: x + band / 2, y: bottom + 18, 'text-anchor': 'middle', class: 'chart-label' },
          c.short));
      }
      if (spec.onSelect) {
        // A transparent band over the whole column: a small bar is as easy to click as a tall one.
        const hit = svg('rect', { x, width: band, y: top, height: bottom - top, class: 'chart-hit' });
        hit.addEventListener('click', () => spec.onSelect(i));
        group.append(hit);
      }
      chart.append(group);
    });
    let d = '';
    let pen = false;
    line.values.forEach((v, i) => {
      if (v === null || v === undefined) { pen = false; return; }
      d += `${pen ? 'L' : 'M'}${(left + (i + 0.5) * band).toFixed(1)},${yLine(v).toFixed(1)}`;
      pen = true;
    });
    chart.append(svg('path', { d, class: 'chart-line' }));
    line.values.forEach((v, i) => {
      if (v === null || v === undefined) return;
      chart.append(svg('circle', { cx: left + (i + 0.5) * band, cy: yLine(v), r: 3.5, class: 'chart-dot' }));
    });
  }, table);
  container.firstChild.append(legend([[bars.name, 'chart-key-bar'], [line.name, 'chart-key-line']]));
  return cleanup;
}

function cell(series, i) {
  const v = series.values[i];
  return v === null || v === undefined ? '—' : series.format(v);
}

/**
 * A curve over time: a line (left axis) and a stepped area (right axis), e.g. energy delivered and power between
 * readings. spec: { title, desc, caption, timeHeader, times: [ms], formatTime(ms), formatTick(ms),
 *   line: {name, values, format, tick}, area: {name, values, format, tick} } where area.values[i] holds from
 * times[i-1] to times[i] (area.values[0] is unused) and may be null (no power known: a gap). Returns a cleanup.
 */
export function timeChart(container, spec) {
  const { times, line, area } = spec;
  const finite = vs => vs.filter(v => v !== null && v !== undefined && Number.isFinite(v));
  const lineScale = niceScale(Math.min(0, ...finite(line.values)), Math.max(0, ...finite(line.values)));
  const areaScale = niceScale(0, Math.max(0, ...finite(area.values)));
  const from = times[0];
  const to = times[times.length - 1];
  const step = Math.max(1, Math.ceil(times.length / MAX_TABLE_ROWS));
  const rows = times.map((t, i) => i).filter(i => i % step === 0 || i === times.length - 1)
    .map(i => [spec.formatTime(times[i]), cell(line, i), i === 0 ? '—' : cell(area, i)]);
  const table = dataTable(spec.caption, [spec.timeHeader, line.name, area.name], rows);
  const cleanup = figure(container, { ...spec, className: 'chart-time' }, (chart, width) => {
    const left = MARGIN.left;
    const right = width - MARGIN.right;
    const top = MARGIN.top;
    const bottom = HEIGHT - MARGIN.bottom;
    const x = t => (to === from ? (left + right) / 2 : left + ((t - from) / (to - from)) * (right - left));
    const yLine = v => bottom - ((v - lineScale.min) / (lineScale.max - lineScale.min)) * (bottom - top);
    const yArea = v => bottom - ((v - areaScale.min) / (areaScale.max - areaScale.min)) * (bottom - top);
    grid(chart, lineScale, yLine, left, right);
    axis(chart, lineScale, yLine, left - 6, 'end', line.tick, 'chart-axis-line');
    axis(chart, areaScale, yArea, right + 6, 'start', area.tick, 'chart-axis-area');
    for (const t of timeTicks(from, to, Math.max(2, Math.floor((right - left) / 90)))) {
      chart.append(svg('line', { x1: x(t), x2: x(t), y1: bottom, y2: bottom + 4, class: 'chart-grid' }));
      chart.append(svg('text', { x: x(t), y: bottom + 18, 'text-anchor': 'middle', class: 'chart-label' },
        spec.formatTick(t)));
    }
    // Power is constant between two readings: one flat step per interval, closed down to zero at gaps.
    let d = '';
    for (let i = 1; i < times.length; i++) {
      const v = area.values[i];
      if (v === null || v === undefined || !Number.isFinite(v)) continue;
      const x0 = x(times[i - 1]).toFixed(1);
      const x1 = x(times[i]).toFixed(1);
      const y = yArea(v).toFixed(1);
      const base = yArea(0).toFixed(1);
      d += `M${x0},${base}L${x0},${y}L${x1},${y}L${x1},${base}Z`;
    }
    chart.append(svg('path', { d, class: 'chart-area' }));
    let curve = '';
    let pen = false;
    times.forEach((t, i) => {
      const v = line.values[i];
      if (v === null || v === undefined) { pen = false; return; }
      curve += `${pen ? 'L' : 'M'}${x(t).toFixed(1)},${yLine(v).toFixed(1)}`;
      pen = true;
    });
    chart.append(svg('path', { d: curve, class: 'chart-line' }));
    if (times.length <= 60) {
      times.forEach((t, i) => {
        const v = line.values[i];
        if (v === null || v === undefined) return;
        chart.append(svg('circle', { cx: x(t), cy: yLine(v), r: 3, class: 'chart-dot' },
          svg('title', {}, `${spec.formatTime(t)}: ${line.format(v)}`)));
      });
    }
  }, table);
  container.firstChild.append(legend([[line.name, 'chart-key-line'], [area.name, 'chart-key-area']]));
  return cleanup;
}
