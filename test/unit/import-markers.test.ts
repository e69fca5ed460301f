// The importer's small readers: header names, outline markers, levels, periods and numbers.
import { matchHeader } from '../../src/core/import/headers';
import { isNoteLine, readIdCode, readMarker } from '../../src/core/import/markers';
import { readLevel, readNumber, readPeriod } from '../../src/core/import/normalise';

describe('matchHeader', () => {
  it.each([
    ['Key Result', 'keyResultTitle'],
    ['key results', 'keyResultTitle'],
    ['KRs', 'keyResultTitle'],
    ['Kernresultaten', 'keyResultTitle'],
    ['Doelstelling', 'objectiveTitle'],
    ['Doel', 'objectiveTitle'],
    ['Doel waarde', 'target'],
    ['Target value', 'target'],
    ['Goal', 'target'],
    ['Huidige waarde', 'current'],
    ['Actual', 'current'],
    ['Owner (e-mail)', 'owner'],
    ['Wie?', 'owner'],
    ['Kwartaal', 'period'],
    ['Initiatieven', 'initiativeTitle'],
    ['Type meting', 'kind'],
    ['Omschrijving', 'title'],
    ['#', 'id'],
    ['Éénheid', 'unit'],
    ['Eenheid', 'unit'],
    ['Progress', null],
  ])('%s → %s', (header, field) => {
    expect(matchHeader(header)).toBe(field);
  });
});

describe('readMarker', () => {
  it.each([
    ['Objective: Grow', 'objective', '', 'Grow'],
    ['Doelstelling: Groei', 'objective', '', 'Groei'],
    ['O: Grow', 'objective', '', 'Grow'],
    ['O1 Grow', 'objective', '1', 'Grow'],
    ['O1. Grow', 'objective', '1', 'Grow'],
    ['KR: 30 customers', 'keyResult', '', '30 customers'],
    ['KR 1.1: 30 customers', 'keyResult', '1.1', '30 customers'],
    ['KR1.1 30 customers', 'keyResult', '1.1', '30 customers'],
    ['Key result: NPS', 'keyResult', '', 'NPS'],
    ['Kernresultaat 2: NPS', 'keyResult', '2', 'NPS'],
    ['I1.1.1 Webinar', 'initiative', '1.1.1', 'Webinar'],
    ['Taak: bellen', 'initiative', '', 'bellen'],
  ])('%s', (text, type, code, rest) => {
    expect(readMarker(text)).toEqual({ type, code, rest });
  });

  // A bare bullet or checkbox is the sheet's default type: a heading line may change it.
  it.each([
    ['- Webinar', 'Webinar', undefined],
    ['• Webinar', 'Webinar', undefined],
    ['* Webinar', 'Webinar', undefined],
    ['- [x] Write the welcome call script', 'Write the welcome call script', true],
    ['- [ ] In-app tour', 'In-app tour', false],
    ['* [X] Done thing', 'Done thing', true],
    ['[v] Gebeld', 'Gebeld', true],
    ['☑ Ticked', 'Ticked', true],
    ['☐ Open one', 'Open one', false],
    ['✓ Checked', 'Checked', true],
    ['✔ Checked too', 'Checked too', true],
    ['• [] Empty box', 'Empty box', false],
  ])('%s', (text, rest, done) => {
    const expected = { type: 'initiative', code: '', rest, bare: true };
    expect(readMarker(text)).toEqual(done === undefined ? expected : { ...expected, done });
  });

  it.each([
    'Objectives are set yearly',
    'O Holy Night',
    'I will call',
    'In 2026 we grow',
    'Doelen halen',
    '-5 deals',
    '+31 6 1234',
    '=SUM(A1)',
    '1.5 hours of training',
    'Task force meeting',
  ])('%s is no marker', (text) => {
    expect(readMarker(text)).toBeNull();
  });

  it('reads plain outline numbers only when asked', () => {
    expect(readMarker('1.1 Thirty customers')).toBeNull();
    expect(readMarker('1.1 Thirty customers', true)).toEqual({
      type: 'keyResult',
      code: '1.1',
      rest: 'Thirty customers',
    });
    expect(readMarker('1. Grow', true)?.type).toBe('objective');
    expect(readMarker('10 customers', true)).toBeNull();
  });

  it('reads ID codes and note lines', () => {
    expect(readIdCode('KR1.2')).toEqual({ type: 'keyResult', code: '1.2', rest: '' });
    expect(readIdCode('1.2.3')?.type).toBe('initiative');
    expect(readIdCode('abc')).toBeNull();
    expect(isNoteLine('Notes: agreed on 12 January')).toBe(true);
    expect(isNoteLine('Opmerking - later')).toBe(true);
    expect(isNoteLine('Notebook sales up')).toBe(false);
  });
});

describe('value readers', () => {
  it('reads levels with a team name', () => {
    expect(readLevel('Team Marketing')).toEqual({ level: 'team', team: 'Marketing' });
    expect(readLevel('Persoonlijk')).toEqual({ level: 'personal', team: '' });
    expect(readLevel('Organisatie')).toEqual({ level: 'company', team: '' });
    expect(readLevel('squad')).toEqual({ level: null, team: '' });
  });

  it('reads periods', () => {
    expect(readPeriod('2026-K1', '2026-Q4')).toEqual({ period: '2026-Q1', problem: null });
    expect(readPeriod('FY2027', '2026-Q4')).toEqual({ period: '2027', problem: null });
    expect(readPeriod('Q1', '2026-Q4')).toEqual({ period: '2026-Q1', problem: 'assumed' });
    expect(readPeriod('2026-05-01', '2026-Q4')).toEqual({ period: '2026-Q2', problem: 'assumed' });
    expect(readPeriod('H1', '2026-Q4')).toEqual({ period: 'H1', problem: 'malformed' });
  });

  it('reads numbers without binary noise', () => {
    expect(readNumber('1.8%')).toMatchObject({ value: 0.018, unit: '%' });
    expect(readNumber(' 1,5 ')).toMatchObject({ value: 1.5, unit: '' });
    expect(readNumber('40 euro')).toMatchObject({ value: 40, unit: '€' });
    expect(readNumber('$ 12')).toMatchObject({ value: 12, unit: '$' });
    expect(readNumber('ja')).toMatchObject({ value: 'ja', milestone: true, problem: null });
    expect(readNumber('abc')).toMatchObject({ value: 'abc', problem: 'notANumber' });
  });

  it('reads text as the spreadsheet does, by its decimal mark, and names a second reading', () => {
    // "1,500" means 1500 in an English sheet and 1.5 in a Dutch one, as Sheets' VALUE reads it.
    expect(readNumber('1,500', '.')).toMatchObject({
      value: 1500,
      problem: 'ambiguous',
      otherwise: 1.5,
    });
    expect(readNumber('1,500', ',')).toMatchObject({
      value: 1.5,
      problem: 'ambiguous',
      otherwise: 1500,
    });
    expect(readNumber('20.000', ',')).toMatchObject({ value: 20000, problem: 'ambiguous' });
    expect(readNumber('1.234,5', ',')).toMatchObject({ value: 1234.5, problem: null });
    expect(readNumber('1,234.5', '.')).toMatchObject({ value: 1234.5, problem: null });
    // Text only the other mark reads can mean nothing else.
    expect(readNumber('2.5%', ',')).toMatchObject({ value: 0.025, unit: '%', problem: null });
    expect(readNumber('1,5', '.')).toMatchObject({ value: 1.5, problem: null });
    expect(readNumber('€ 1.500,50', ',')).toMatchObject({
      value: 1500.5,
      unit: '€',
      problem: null,
    });
    expect(readNumber('abc')).toMatchObject({ value: 'abc', problem: 'notANumber' });
  });
});
