/**
 * Charts drawn as SVG at build time: no chart library reaches the browser. Each chart has a title and
 * a description for screen readers; the numbers are always also given in a table beside it.
 */
import { escapeXml } from '../text/xml.ts';

export interface Datum {
  label: string;
  value: number;
}


const FONT = "font-family=\"'Noto Sans','Segoe UI',Roboto,Arial,sans-serif\" font-size=\"13\"";

function frame(width: number, height: number, title: string, body: string): string {
  const summary = escapeXml(title);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="${summary}" ${FONT}><title>${summary}</title>${body}</svg>`;
}

/** Horizontal bars, one per datum, labels on the left and values at the bar's end. */
export function barChart(data: readonly Datum[], title: string, formatValue: (n: number) => string = String): string {
  const width = 640;
  const labelWidth = 260;
  const row = 26;
  const max = Math.max(1, ...data.map((d) => d.value));
  const bars = data
    .map((d, i) => {
      const y = i * row + 4;
      const w = Math.round(((width - labelWidth - 60) * d.value) / max);
      const label = d.label.length > 38 ? `${d.label.slice(0, 37)}…` : d.label;
      return (
        `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end" fill="#1b1b1b">${escapeXml(label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 2}" width="${Math.max(w, 1)}" height="${row - 8}" fill="#a3120d"/>` +
        `<text x="${labelWidth + w + 6}" y="${y + 15}" fill="#1b1b1b">${escapeXml(formatValue(d.value))}</text>`
      );
    })
    .join('');
  return frame(width, data.length * row + 8, title, bars);
}

/** Columns over time (years), with the value above each column. */
export function columnChart(data: readonly Datum[], title: string, formatValue: (n: number) => string = String): string {
  const height = 220;
  const base = height - 28;
  const col = Math.max(24, Math.min(64, Math.floor(600 / Math.max(1, data.length))));
  const width = Math.max(320, data.length * col + 16);
  const max = Math.max(1, ...data.map((d) => d.value));
  const cols = data
    .map((d, i) => {
      const x = 8 + i * col;
      const h = Math.round(((base - 24) * d.value) / max);
      return (
        `<rect x="${x + 4}" y="${base - h}" width="${col - 8}" height="${Math.max(h, 1)}" fill="#a3120d"/>` +
        `<text x="${x + col / 2}" y="${base - h - 6}" text-anchor="middle" fill="#1b1b1b">${escapeXml(formatValue(d.value))}</text>` +
        `<text x="${x + col / 2}" y="${height - 8}" text-anchor="middle" fill="#1b1b1b">${escapeXml(d.label)}</text>`
      );
    })
    .join('');
  return frame(width, height, title, `<line x1="0" y1="${base}" x2="${width}" y2="${base}" stroke="#4a4a4a"/>${cols}`);
}
