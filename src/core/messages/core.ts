// The core's messages: errors of the OKR math, and the vocabulary (kinds, statuses, grades,
// levels, types, confidence). `{arg}` is the name of the argument or column at fault and
// `{value}` the offending value as the user typed it.
import type { Catalogue } from '../placeholders';

export const coreMessages = {
  // Values
  'error.notANumber': {
    en: '{arg} must be a number or a percentage, not "{value}"',
    nl: '{arg} moet een getal of een percentage zijn, niet "{value}"',
  },
  'error.ambiguousNumber': {
    en: '{arg} "{value}" reads two ways: this spreadsheet writes decimals with "{mark}", so write {fixed} (or a plain number)',
    nl: '{arg} "{value}" is dubbelzinnig: deze spreadsheet schrijft decimalen met "{mark}", schrijf dus {fixed} (of een gewoon getal)',
  },
  'error.required': {
    en: '{arg} is empty: enter a value',
    nl: '{arg} is leeg: vul een waarde in',
  },
  'error.progressOutOfRange': {
    en: '{arg} must be a progress from 0 to 1 (0% to 100%), not "{value}"',
    nl: '{arg} moet een voortgang van 0 tot 1 zijn (0% tot 100%), niet "{value}"',
  },
  'error.milestoneValue': {
    en: '{arg} of a milestone must be done, yes, TRUE or 1 (or open, no, FALSE, 0), not "{value}"',
    nl: '{arg} van een mijlpaal moet klaar, ja, WAAR of 1 zijn (of open, nee, ONWAAR, 0), niet "{value}"',
  },
  // Progress
  'error.unknownKind': {
    en: '{arg} "{value}" is unknown: use increase, decrease, at least, at most, milestone or roll-up, or leave it blank',
    nl: '{arg} "{value}" is onbekend: gebruik toename, afname, minimaal, maximaal, mijlpaal of samengesteld, of laat het leeg',
  },
  'error.targetMissing': {
    en: 'target is empty: enter the value the key result must reach',
    nl: 'target is leeg: vul de waarde in die het kernresultaat moet halen',
  },
  'error.startEqualsTarget': {
    en: 'start and target are both {value}: set kind to "at least" or "at most", or change the target',
    nl: 'start en target zijn allebei {value}: zet kind op "minimaal" of "maximaal", of pas target aan',
  },
  'error.increaseNeedsHigherTarget': {
    en: 'kind "increase" needs a target above start (start {start}, target {target}): use "decrease" or leave kind blank',
    nl: 'kind "toename" vraagt een target boven start (start {start}, target {target}): gebruik "afname" of laat kind leeg',
  },
  'error.decreaseNeedsLowerTarget': {
    en: 'kind "decrease" needs a target below start (start {start}, target {target}): use "increase" or leave kind blank',
    nl: 'kind "afname" vraagt een target onder start (start {start}, target {target}): gebruik "toename" of laat kind leeg',
  },
  // Roll-up
  'error.negativeWeight': {
    en: '{arg} {value} is negative: use a positive weight, or 0 to leave the item out',
    nl: '{arg} {value} is negatief: gebruik een positief gewicht, of 0 om het item weg te laten',
  },
  'error.shapeMismatch': {
    en: '{arg} is {shape} but {other} is {otherShape}: ranges must have the same size (or pass a single value)',
    nl: '{arg} is {shape} maar {other} is {otherShape}: bereiken moeten even groot zijn (of geef één waarde)',
  },
  // Periods and dates
  'error.periodMissing': {
    en: '{arg} is empty: enter a year (2026) or a quarter (2026-Q1)',
    nl: '{arg} is leeg: vul een jaar (2026) of een kwartaal (2026-K1) in',
  },
  'error.periodMalformed': {
    en: '{arg} "{value}" is not a period: use a year (2026) or a quarter (2026-Q1)',
    nl: '{arg} "{value}" is geen periode: gebruik een jaar (2026) of een kwartaal (2026-K1)',
  },
  'error.dateMissing': {
    en: '{arg} is empty: pass a cell that holds the date',
    nl: '{arg} is leeg: geef een cel met de datum',
  },
  'error.dateMalformed': {
    en: '{arg} "{value}" is not a date: pass a date cell, a date number or text like 2026-02-15',
    nl: '{arg} "{value}" is geen datum: geef een datumcel, een datumgetal of tekst zoals 2026-02-15',
  },
  // Status
  'error.badThresholds': {
    en: 'thresholds must satisfy 0 ≤ at risk ≤ on track, not on track {onTrack} and at risk {atRisk}',
    nl: 'drempels moeten voldoen aan 0 ≤ risico ≤ op koers, niet op koers {onTrack} en risico {atRisk}',
  },

  // Kinds of key result
  'kind.increase': { en: 'Increase', nl: 'Toename' },
  'kind.decrease': { en: 'Decrease', nl: 'Afname' },
  'kind.atLeast': { en: 'At least', nl: 'Minimaal' },
  'kind.atMost': { en: 'At most', nl: 'Maximaal' },
  'kind.milestone': { en: 'Milestone', nl: 'Mijlpaal' },
  'kind.rollup': { en: 'Roll-up', nl: 'Samengesteld' },

  // Status
  'status.noCheckIn': { en: 'No check-in', nl: 'Geen check-in' },
  'status.achieved': { en: 'Achieved', nl: 'Behaald' },
  'status.onTrack': { en: 'On track', nl: 'Op koers' },
  'status.atRisk': { en: 'At risk', nl: 'Risico' },
  'status.offTrack': { en: 'Off track', nl: 'Niet op koers' },

  // Grade colours
  'grade.green': { en: 'green', nl: 'groen' },
  'grade.yellow': { en: 'yellow', nl: 'geel' },
  'grade.red': { en: 'red', nl: 'rood' },

  // Levels
  'level.company': { en: 'Company', nl: 'Bedrijf' },
  'level.team': { en: 'Team', nl: 'Team' },
  'level.personal': { en: 'Personal', nl: 'Persoonlijk' },

  // Item types
  'type.objective': { en: 'Objective', nl: 'Doelstelling' },
  'type.keyResult': { en: 'Key result', nl: 'Kernresultaat' },
  'type.initiative': { en: 'Initiative', nl: 'Initiatief' },

  // Confidence
  'confidence.low': { en: 'Low', nl: 'Laag' },
  'confidence.medium': { en: 'Medium', nl: 'Gemiddeld' },
  'confidence.high': { en: 'High', nl: 'Hoog' },

  // An annual item in a quarter's views (running.ts): marked with its own period
  'period.annual': { en: 'Annual {period}', nl: 'Jaar {period}' },

  // A quarter closed before (rollover.ts's listing): in the sidebar and in the menu's dialog
  'rollover.closedOn': {
    en: '{period} was closed on {date}.',
    nl: '{period} is afgesloten op {date}.',
  },
  'rollover.closed': { en: '{period} was closed.', nl: '{period} is afgesloten.' },
  'rollover.carried': {
    en: 'Carried over to {next} ({count} {count:item|items}):',
    nl: 'Doorgezet naar {next} ({count} {count:item|items}):',
  },
  'rollover.carriedNone': {
    en: 'Nothing was carried over to {next}.',
    nl: 'Er is niets doorgezet naar {next}.',
  },
} as const satisfies Catalogue;
