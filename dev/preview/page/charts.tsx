// Summary charts drawn with chart.js (served from node_modules as a global, preview only) from
// the chart specifications the add-on recorded through the runtime's EmbeddedChartBuilder:
// type, data ranges (read by the server) and Google Charts options.
import type { Chart as ChartJs, ChartConfiguration, ChartDataset } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import type { ChartView } from '../view';

declare global {
  interface Window {
    Chart?: typeof ChartJs;
  }
}

const DEFAULT_COLORS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1'];

function option<T>(chart: ChartView, key: string): T | undefined {
  return chart.options[key] as T | undefined;
}

function axis(chart: ChartView, prefix: 'hAxis' | 'vAxis', stacked: boolean) {
  const title = option<string>(chart, `${prefix}.title`);
  const percent = option<string>(chart, `${prefix}.format`) === 'percent';
  const min = option<number>(chart, `${prefix}.viewWindow.min`);
  const max = option<number>(chart, `${prefix}.viewWindow.max`);
  return {
    stacked,
    ...(min !== undefined ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
    title: { display: !!title, text: title ?? '' },
    ticks: percent ? { callback: (v: string | number) => `${Math.round(Number(v) * 100)}%` } : {},
  };
}

/** A chart.js configuration equivalent to the recorded chart. */
export function chartConfig(chart: ChartView): ChartConfiguration {
  const colors = option<string[]>(chart, 'colors') ?? DEFAULT_COLORS;
  const legend = option<string>(chart, 'legend.position') ?? 'right';
  const stacked = option<boolean>(chart, 'isStacked') === true;
  const title = option<string>(chart, 'title');
  const kind = chart.type;
  const plugins = {
    title: { display: !!title, text: title ?? '', font: { size: 14 } },
    legend: {
      display: legend !== 'none',
      position: (['top', 'bottom', 'left', 'right'].includes(legend) ? legend : 'right') as
        'top' | 'bottom' | 'left' | 'right',
    },
  };
  if (kind === 'PIE') {
    const first = chart.series[0];
    return {
      type: 'pie',
      data: {
        labels: chart.labels,
        datasets: [
          {
            label: first?.name ?? '',
            data: first?.data ?? [],
            backgroundColor: chart.labels.map((_, i) => colors[i % colors.length]!),
          },
        ],
      },
      options: { responsive: false, animation: false, plugins },
    };
  }
  const line = kind === 'LINE' || kind === 'AREA';
  const datasets = chart.series.map((s, i) => {
    const color = colors[i % colors.length]!;
    const dash = option<number[]>(chart, `series.${i}.lineDashStyle`);
    const ds: Record<string, unknown> = {
      label: s.name,
      data: s.data,
      backgroundColor: line && kind !== 'AREA' ? color : color,
      borderColor: color,
      spanGaps: true,
    };
    if (line) {
      ds.fill = kind === 'AREA';
      ds.tension = option<string>(chart, 'curveType') === 'function' ? 0.4 : 0;
      ds.pointRadius = 3;
      if (dash) ds.borderDash = dash;
    }
    return ds as unknown as ChartDataset;
  });
  return {
    type: line ? 'line' : 'bar',
    data: { labels: chart.labels, datasets },
    options: {
      responsive: false,
      animation: false,
      indexAxis: kind === 'BAR' ? 'y' : 'x',
      plugins,
      scales: {
        x: axis(chart, 'hAxis', stacked),
        y: axis(chart, 'vAxis', stacked),
      },
    },
  } as ChartConfiguration;
}

export function ChartBox({ chart, left, top }: { chart: ChartView; left: number; top: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify(chart);
  useEffect(() => {
    const Chart = window.Chart;
    if (!canvas.current || !Chart) return;
    const drawn = new Chart(canvas.current, chartConfig(chart));
    return () => drawn.destroy();
    // Redrawn when the recorded spec or its data change (key is their JSON).
  }, [key]);
  const title = option<string>(chart, 'title') ?? 'Chart';
  return (
    <figure
      class="chart"
      data-chart-id={chart.id}
      style={{ left: `${left}px`, top: `${top}px`, width: `${chart.width}px` }}
    >
      <canvas
        ref={canvas}
        width={chart.width}
        height={chart.height}
        role="img"
        aria-label={title}
      />
      {window.Chart ? null : <figcaption>chart.js did not load: {title}</figcaption>}
    </figure>
  );
}
