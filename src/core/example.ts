// The method's example at three levels, for Set up: a company objective for the year with two
// key results, a team objective for the quarter aligned to the first, and a personal objective
// aligned to the team's first key result. Texts from the method (messages/example.ts).
import { translator, type Lang } from './i18n';
import { exampleMessages } from './messages/example';
import { emptyItem, type ItemType, type OkrItem } from './model';
import { periodKey, quarterOfSerial, yearOfSerial } from './period';

const t = translator(exampleMessages);

/** The example items in outline order; `nextId` hands out IDs. */
export function exampleItems(
  lang: Lang,
  todaySerial: number,
  nextId: (type: ItemType) => string,
): OkrItem[] {
  const year = yearOfSerial(todaySerial);
  const quarter = periodKey(quarterOfSerial(todaySerial));
  const items: OkrItem[] = [];
  const add = (type: ItemType, fields: Partial<OkrItem>): OkrItem => {
    const item = { ...emptyItem(type, nextId(type)), ...fields };
    items.push(item);
    return item;
  };
  const owner1 = t(lang, 'example.owner1');
  const owner2 = t(lang, 'example.owner2');
  const team = t(lang, 'example.team');

  const company = { level: 'company' as const, owner: owner1, period: periodKey(year) };
  const o1 = add('objective', { ...company, title: t(lang, 'example.o1', { year: year.year }) });
  const kr1 = add('keyResult', {
    ...company,
    parentId: o1.id,
    title: t(lang, 'example.o1.kr1', { year: year.year }),
    start: 0,
    target: 30,
    current: 12,
    unit: lang === 'nl' ? 'klanten' : 'customers',
    confidence: 'medium',
  });
  add('initiative', {
    ...company,
    owner: owner2,
    team,
    parentId: kr1.id,
    title: t(lang, 'example.o1.kr1.i1'),
  });
  const kr2 = add('keyResult', {
    ...company,
    parentId: o1.id,
    title: t(lang, 'example.o1.kr2'),
    start: 0.025,
    target: 0.018,
    current: 0.021,
    unit: '%',
    confidence: 'high',
  });
  add('initiative', { ...company, parentId: kr2.id, title: t(lang, 'example.o1.kr2.i1') });

  const teamFields = { level: 'team' as const, owner: owner2, team, period: quarter };
  const o2 = add('objective', { ...teamFields, alignedTo: kr1.id, title: t(lang, 'example.o2') });
  const kr3 = add('keyResult', {
    ...teamFields,
    parentId: o2.id,
    title: t(lang, 'example.o2.kr1'),
    start: 120,
    target: 500,
    current: 310,
  });
  const kr4 = add('keyResult', {
    ...teamFields,
    parentId: o2.id,
    title: t(lang, 'example.o2.kr2'),
    start: 40,
    target: 25,
    current: 33,
    unit: '€',
  });
  add('initiative', { ...teamFields, parentId: kr4.id, title: t(lang, 'example.o2.kr2.i1') });

  const personal = { level: 'personal' as const, owner: owner2, team, period: quarter };
  const o3 = add('objective', { ...personal, alignedTo: kr3.id, title: t(lang, 'example.o3') });
  add('keyResult', {
    ...personal,
    parentId: o3.id,
    title: t(lang, 'example.o3.kr1'),
    kind: 'milestone',
    current: lang === 'nl' ? 'nee' : 'no',
  });
  add('keyResult', {
    ...personal,
    parentId: o3.id,
    title: t(lang, 'example.o3.kr2'),
    start: 0,
    target: 9,
    current: 4,
  });
  return items;
}
