// Words that make a key result read like a task ("launch", "write", "organiseren" …): the
// health check's taskLike rule suggests making such a key result an initiative.
/** Words that make a key result read like a task (first or last word, EN and NL). */
const TASK_WORDS: readonly string[] = [
  'launch',
  'write',
  'organise',
  'organize',
  'build',
  'create',
  'make',
  'implement',
  'develop',
  'hold',
  'run',
  'plan',
  'design',
  'publish',
  'send',
  'call',
  'post',
  'start',
  'set',
  'finish',
  'complete',
  'introduce',
  'deliver',
  'prepare',
  'hire',
  'test',
  'update',
  'migrate',
  'install',
  'lanceren',
  'schrijven',
  'maken',
  'organiseren',
  'bouwen',
  'ontwikkelen',
  'implementeren',
  'opzetten',
  'houden',
  'plannen',
  'ontwerpen',
  'publiceren',
  'versturen',
  'sturen',
  'bellen',
  'posten',
  'starten',
  'afronden',
  'invoeren',
  'opleveren',
  'voorbereiden',
  'aannemen',
  'testen',
  'bijwerken',
  'migreren',
  'installeren',
  'lanceer',
  'schrijf',
  'maak',
  'organiseer',
  'bouw',
];
const TASK_SET = new Set(TASK_WORDS);

/** The task word a title starts or ends with, or null. */
export function taskWord(title: string): string | null {
  const words = title
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w !== '');
  const first = words[0];
  const last = words[words.length - 1];
  if (first && TASK_SET.has(first)) return first;
  if (last && TASK_SET.has(last)) return last;
  return null;
}
