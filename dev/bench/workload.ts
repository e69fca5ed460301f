// Workload generators for the benchmark (scripts/bench.mjs) and the tests that reuse it: a flat
// loose OKR sheet of a given size, and the columns of an OKR_PROGRESS range call. Deterministic:
// the same size always gives the same text, so service-call counts can be compared across sizes.

/** Shape of one benchmark objective: 4 key results and 2 initiatives (7 OKR rows). */
export const KRS_PER_OBJECTIVE = 4;
export const INITIATIVES_PER_OBJECTIVE = 2;
export const ROWS_PER_OBJECTIVE = 1 + KRS_PER_OBJECTIVE + INITIATIVES_PER_OBJECTIVE;

/** The period every generated item belongs to (the benchmark's "today" is inside it). */
export const BENCH_PERIOD = '2026-Q1';
export const BENCH_TODAY = '2026-02-15';

export const LOOSE_HEADER = [
  'Level',
  'Team',
  'Owner',
  'Quarter',
  'Objective',
  'Key Result',
  'Start',
  'Target',
  'Current',
  'Unit',
  'Initiative',
] as const;

const LEVELS = ['Company', 'Team', 'Team', 'Personal', 'Personal'];
const TEAMS = ['Sales', 'Product', 'Ops', 'Support', 'Marketing', 'Finance', 'People'];

function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The rows of a flat loose sheet ("one row per key result, the objective repeated"): per
 * objective KRS_PER_OBJECTIVE rows, the first INITIATIVES_PER_OBJECTIVE of them with an
 * initiative. Structured, that is ROWS_PER_OBJECTIVE OKR rows per objective.
 */
export function looseRows(objectives: number): string[][] {
  const rows: string[][] = [[...LOOSE_HEADER]];
  for (let o = 1; o <= objectives; o++) {
    const level = LEVELS[o % LEVELS.length] as string;
    const team = level === 'Company' ? '' : (TEAMS[o % TEAMS.length] as string);
    const owner = `Owner ${o % 97}`;
    const title = `Objective ${o}: grow ${TEAMS[o % TEAMS.length]} results`;
    for (let k = 1; k <= KRS_PER_OBJECTIVE; k++) {
      const percent = k === 3;
      const start = percent ? '10%' : String((o + k) % 5);
      const target = percent ? '40%' : String(100 + ((o * k) % 50));
      const current = percent ? `${10 + ((o * k) % 30)}%` : String((o * 7 + k * 13) % 120);
      rows.push([
        level,
        team,
        owner,
        BENCH_PERIOD,
        title,
        `Key result ${o}.${k}: reach the target`,
        start,
        target,
        current,
        percent ? '%' : 'count',
        k <= INITIATIVES_PER_OBJECTIVE ? `Initiative ${o}.${k}` : '',
      ]);
    }
  }
  return rows;
}

/** looseRows as CSV text (for loadCsvAsSheet). */
export function looseCsv(objectives: number): string {
  return looseRows(objectives)
    .map((r) => r.map(csvField).join(','))
    .join('\n');
}

/** Arguments of OKR_PROGRESS(start, target, current, kind) in range form, `rows` rows each. */
export function progressColumns(rows: number): {
  start: unknown[][];
  target: unknown[][];
  current: unknown[][];
  kind: unknown[][];
} {
  const start: unknown[][] = [];
  const target: unknown[][] = [];
  const current: unknown[][] = [];
  const kind: unknown[][] = [];
  const kinds = ['', 'increase', 'at least', 'milestone', 'decrease'];
  for (let i = 0; i < rows; i++) {
    const k = kinds[i % kinds.length] as string;
    start.push([k === 'decrease' ? 100 : i % 7]);
    target.push([k === 'decrease' ? 0 : 100 + (i % 13)]);
    current.push([k === 'milestone' ? 'done' : i % 11 === 0 ? '' : (i * 7) % 150]);
    kind.push([k]);
  }
  return { start, target, current, kind };
}
