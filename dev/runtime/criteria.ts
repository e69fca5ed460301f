// Sheets' criteria for the *IFS functions: "x" (equal, case-insensitive, * and ? wildcards),
// ">5", ">=5", "<5", "<=5", "<>x", "=x", or a number/boolean compared for equality.

export function matchesCriterion(value: unknown, criterion: unknown): boolean {
  if (typeof criterion === 'number' || typeof criterion === 'boolean') return value === criterion;
  const text = String(criterion ?? '');
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(text);
  const op = m?.[1] ?? '';
  const operand = m?.[2] ?? '';
  const num = operand.trim() !== '' && !Number.isNaN(Number(operand)) ? Number(operand) : null;
  if (op === '<' || op === '>' || op === '<=' || op === '>=') {
    if (num === null) {
      if (typeof value !== 'string') return false;
      const cmp = value.toLowerCase().localeCompare(operand.toLowerCase());
      return op === '<' ? cmp < 0 : op === '>' ? cmp > 0 : op === '<=' ? cmp <= 0 : cmp >= 0;
    }
    if (typeof value !== 'number') return false;
    return op === '<'
      ? value < num
      : op === '>'
        ? value > num
        : op === '<='
          ? value <= num
          : value >= num;
  }
  const equal = equals(value, operand, num);
  return op === '<>' ? !equal : equal;
}

function equals(value: unknown, operand: string, num: number | null): boolean {
  if (num !== null) return value === num;
  if (operand === '') return value === '' || value === null || value === undefined;
  if (/^(true|false)$/i.test(operand)) return value === (operand.toLowerCase() === 'true');
  if (typeof value !== 'string') return false;
  let pattern = '';
  for (let i = 0; i < operand.length; i++) {
    const ch = operand[i] ?? '';
    if (ch === '~' && (operand[i + 1] === '*' || operand[i + 1] === '?')) {
      pattern += '\\' + operand[++i];
    } else if (ch === '*') pattern += '.*';
    else if (ch === '?') pattern += '.';
    else pattern += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`, 'is').test(value);
}
