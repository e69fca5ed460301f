// Small presentational pieces shared by the views. User text is only ever passed as JSX
// children or attribute values, which Preact sets as text.
import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';
import type { GradeColor, StatusCode } from '../core/model';
import {
  CHECK_IN_DUE,
  GRADE_COLORS,
  SEVERITY_COLORS,
  STATUS_COLORS,
  type Swatch,
} from '../core/palette';
import { CONFIDENCES, type Confidence, type Severity } from '../core/vocabulary';
import { useApp } from './context';
import { confidenceName, statusName } from './format';

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class' | 'type' | 'disabled'> & {
  kind?: 'primary' | 'secondary' | 'text' | 'danger' | 'danger-text';
  type?: 'button' | 'submit';
  disabled?: boolean;
  children: ComponentChildren;
};

/** A button that is disabled while a server call runs. */
export function Button({ kind = 'secondary', type = 'button', disabled, ...rest }: ButtonProps) {
  const { busy } = useApp();
  return <button {...rest} type={type} class={`btn btn-${kind}`} disabled={busy || disabled} />;
}

/** A chip in a palette colour (src/core/palette.ts): the swatch's fill with its ink as text. */
function chipStyle(swatch: Swatch | undefined) {
  return swatch ? { background: swatch.fill, color: swatch.ink } : undefined;
}

/** Progress bar with the expected-progress marker; the numbers are also given as text. */
export function ProgressBar({
  progress,
  expected,
  status,
}: {
  progress: number | '';
  expected: number | '';
  status: StatusCode | '';
}) {
  const { fmt, tr } = useApp();
  const p = progress === '' ? 0 : Math.max(0, Math.min(1, progress));
  const e = expected === '' ? null : Math.max(0, Math.min(1, expected));
  const expectedText = e === null ? '' : tr('expectedAt', { value: fmt.percent(e) });
  return (
    <div class="progress-row">
      <div class="progress" aria-hidden="true" title={expectedText}>
        <div
          class={`progress-fill st-${status || 'none'}`}
          style={{
            width: `${p * 100}%`,
            background: STATUS_COLORS[status || 'noCheckIn'].strong,
          }}
        />
        {e !== null && <div class="progress-marker" style={{ left: `${e * 100}%` }} />}
      </div>
      <span class="progress-text">
        <span aria-hidden="true">{fmt.percent(progress)}</span>
        <span class="sr-only">
          {tr('progressOf', { value: fmt.percent(progress) })}
          {expectedText && `, ${expectedText}`}
        </span>
      </span>
    </div>
  );
}

export function StatusChip({ status }: { status: StatusCode | '' }) {
  const { lang } = useApp();
  if (!status) return null;
  return (
    <span class={`chip st-${status}`} style={chipStyle(STATUS_COLORS[status])}>
      {statusName(lang, status)}
    </span>
  );
}

export function GradeChip({ grade, color }: { grade: number | ''; color: GradeColor | '' }) {
  const { fmt, tr } = useApp();
  if (grade === '') return null;
  return (
    <span
      class={`chip grade-${color || 'none'}`}
      style={chipStyle(color ? GRADE_COLORS[color] : undefined)}
    >
      {tr('gradeShort', { value: fmt.number(grade) })}
    </span>
  );
}

/** A key result due for a check-in (the colour of the grid's stale Last check-in cells). */
export function DueChip() {
  const { tr } = useApp();
  return (
    <span class="chip chip-due" style={chipStyle(CHECK_IN_DUE)}>
      {tr('mineDue')}
    </span>
  );
}

/** A health finding's severity: an error looks like Off track, a warning like At risk. */
export function SeverityChip({ severity }: { severity: Severity }) {
  const { tr } = useApp();
  return (
    <span class={`chip sev-${severity}`} style={chipStyle(SEVERITY_COLORS[severity])}>
      {severity === 'error' ? tr('severityError') : tr('severityWarning')}
    </span>
  );
}

/** A checkbox with its label beside it. */
export function CheckField({
  id,
  checked,
  onChange,
  children,
}: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: ComponentChildren;
}) {
  return (
    <div class="check-field">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{children}</label>
    </div>
  );
}

/** A labelled form field with an optional hint and error, wired with aria-describedby. */
export function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** aria attributes for a control inside <Field>. */
export function describedBy(id: string, error?: string, hint?: string) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return {
    id,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': ids || undefined,
  };
}

/** The confidence dropdown of a check-in: not set, or one of the core's confidences. */
export function ConfidenceSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Confidence | '';
  onChange: (value: Confidence | '') => void;
}) {
  const { lang, tr } = useApp();
  return (
    <select
      id={id}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value as Confidence | '')}
    >
      <option value="">{tr('notSet')}</option>
      {CONFIDENCES.map((c) => (
        <option key={c} value={c}>
          {confidenceName(lang, c)}
        </option>
      ))}
    </select>
  );
}
