// The timeline view: counts per year or per period, for an answer with a column of years or of
// year-months (a publication's year; a reporting period's start, and its end when it has one). Years
// alone (or dates without an end, counted by their year) are drawn as one column a year, gaps kept; periods as one bar each, from start to end (an
// open period runs to the edge, dashed), with its count. Drawn at the width the page gives it, in
// SVG with a title and a description; the table stays below as its text alternative.
'use strict';

(() => {
  const { value } = window.EvawViews;
  const SVG = 'http://www.w3.org/2000/svg';
  const TIME = /^(\d{4})(?:-(\d{2}))?(?:-\d{2})?/;
  const FILL = '#3b6ea8';
  const FONT = 'Liberation Sans, Arial, sans-serif';

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attributes || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function timeColumns(answer) {
    const timed = v => answer.rows.some(r => TIME.test(value(r, v)))
        && answer.rows.every(r => value(r, v) === '' || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value(r, v)));
    const candidates = answer.vars.filter(v => (!answer.numeric.includes(v) || /^year$/i.test(v)) && timed(v));
    const start = candidates.find(v => /^(start|year|date|begin)/i.test(v)) || candidates[0] || null;
    const end = candidates.find(v => v !== start && /^end/i.test(v)) || null;
    return { start, end };
  }

  function fits(answer) {
    return answer.rows.length > 0 && timeColumns(answer).start !== null;
  }

  /** A time as a fractional year: the start of the year or month, or with {@code after} its end. */
  function years(text, after) {
    const m = TIME.exec(text);
    const year = Number(m[1]), month = m[2] ? Number(m[2]) - 1 : null;
    if (month === null) return year + (after ? 1 : 0);
    return year + (month + (after ? 1 : 0)) / 12;
  }

  /** The rows added up per period: label, start, end ('' when open), count. */
  function periods(answer) {
    const { start, end } = timeColumns(answer);
    const measure = answer.numeric.filter(v => v !== start).pop() || null;
    const label = answer.vars.find(v => v !== start && v !== end && !answer.numeric.includes(v)
        && answer.rows.every(r => !r[v] || r[v].type !== 'uri')) || null;
    const byKey = new Map();
    for (const r of answer.rows) {
      // Without an end, a date or a month counts for its year: one column a year.
      const s = end ? value(r, start) : value(r, start).slice(0, 4);
      if (!TIME.test(s)) continue;
      const e = end ? value(r, end) : '';
      const key = s + '\u0000' + e;
      const entry = byKey.get(key) || { label: label && end ? value(r, label) || s : s, start: s, end: e, count: 0 };
      entry.count += measure ? Number(value(r, measure)) : 1;
      byKey.set(key, entry);
    }
    const list = [...byKey.values()].sort((a, b) => years(a.start) - years(b.start) || (a.end || '9999').localeCompare(b.end || '9999'));
    return { list, measure: measure || 'rows', hasEnd: end !== null };
  }

  function axis(root, from, to, x, y, height, step) {
    for (let year = Math.ceil(from); year <= to; year += step) {
      root.append(svg('line', { x1: x(year), x2: x(year), y1: y, y2: y + height, stroke: '#d0d7de' }));
      root.append(svg('text', { x: x(year), y: y + height + 16, 'text-anchor': 'middle' }, String(year)));
    }
  }

  async function draw(figure, answer) {
    const { list, measure, hasEnd } = periods(answer);
    const width = Math.max(320, Math.min(960, figure.clientWidth || 960));
    const margin = { left: 24, right: 24, top: 12 };
    const yearsOnly = !hasEnd;
    const from = Math.floor(Math.min(...list.map(p => years(p.start))));
    const lastEnd = Math.max(...list.map(p => (p.end ? years(p.end, true) : years(p.start, true))));
    const to = Math.ceil(lastEnd) + (list.some(p => hasEnd && !p.end) ? 1 : 0);
    const span = Math.max(1, to - from);
    const x = t => margin.left + (t - from) / span * (width - margin.left - margin.right);
    const step = Math.max(1, Math.ceil(span / Math.floor((width - 40) / 48)));
    const root = svg('svg', { class: 'timeline', width, role: 'img', 'font-family': FONT, 'font-size': 13, fill: '#1f2328' });
    const id = 'timeline-' + answer.name;
    root.setAttribute('aria-labelledby', id + '-title ' + id + '-desc');
    root.append(svg('title', { id: id + '-title' }, 'Timeline of ' + measure + ' per ' + (yearsOnly ? 'year' : 'period')
        + ' (' + answer.name + ')'));
    root.append(svg('desc', { id: id + '-desc' }, list.length + (yearsOnly ? ' years' : ' periods') + ' from ' + from
        + ' to ' + (to - 1) + ', with ' + measure + ' for each; the table below holds the same figures.'));
    const background = svg('rect', { x: 0, y: 0, width, fill: '#ffffff' });
    root.append(background);
    let height;
    if (yearsOnly) {
      const plot = 220, max = Math.max(...list.map(p => p.count));
      const top = margin.top + 16;
      axis(root, from, to - 1, t => x(t + 0.5), top, plot, step);
      const barWidth = Math.max(2, (x(from + 1) - x(from)) * 0.7);
      for (const p of list) {
        const h = max > 0 ? p.count / max * plot : 0, cx = x(years(p.start) + 0.5);
        const bar = svg('rect', { class: 'period', x: cx - barWidth / 2, y: top + plot - h, width: barWidth, height: h,
          fill: FILL, 'data-start': p.start, 'data-count': String(p.count) });
        bar.append(svg('title', {}, p.start + ': ' + p.count + ' ' + measure));
        root.append(bar);
        root.append(svg('text', { x: cx, y: top + plot - h - 4, 'text-anchor': 'middle' }, String(p.count)));
      }
      root.append(svg('line', { x1: margin.left, x2: width - margin.right, y1: top + plot, y2: top + plot, stroke: '#57606a' }));
      height = top + plot + 28;
    } else {
      const lane = 40, top = margin.top;
      axis(root, from, to, x, top, list.length * lane, step);
      list.forEach((p, i) => {
        const y = top + i * lane;
        const x1 = x(years(p.start)), x2 = p.end ? x(years(p.end, true)) : x(to);
        const bar = svg('rect', { class: 'period', x: x1, y: y + 20, width: Math.max(3, x2 - x1), height: 14, fill: FILL,
          'data-start': p.start, 'data-end': p.end, 'data-count': String(p.count) });
        if (!p.end) { bar.setAttribute('stroke', '#0b2347'); bar.setAttribute('stroke-dasharray', '4 3'); bar.setAttribute('fill-opacity', '0.6'); }
        bar.append(svg('title', {}, p.label + ': ' + p.count + ' ' + measure));
        root.append(bar);
        const text = p.label + (p.end ? '' : ' (open)') + ': ' + p.count;
        // The label starts at the bar, unless that would run it off the right edge.
        const anchorEnd = x1 + text.length * 7 > width - margin.right;
        root.append(svg('text', { x: anchorEnd ? width - margin.right : x1, y: y + 15, 'text-anchor': anchorEnd ? 'end' : 'start' }, text));
      });
      height = top + list.length * lane + 24;
    }
    root.setAttribute('height', height);
    root.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    background.setAttribute('height', height);
    figure.append(root);
    return root;
  }

  window.EvawViews.views.timeline = { fits, draw, timeColumns };
})();
