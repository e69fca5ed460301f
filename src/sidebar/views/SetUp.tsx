// The first screen of a spreadsheet without an OKR tab yet: set up (with the example or empty),
// or structure a loose OKR sheet of one's own (a preview first, then the OKR tab is written).
import { useState } from 'preact/hooks';
import type { StructurePreview } from '../../shared/rpc';
import { call } from '../client';
import { Button, CheckField } from '../components';
import { useApp } from '../context';
import { periodShowing } from '../options';

export function SetUp() {
  const app = useApp();
  const { tr } = app;
  const [example, setExample] = useState(true);
  async function setUp() {
    const result = await app.run(() => call('setUp', { example }));
    if (!result) return;
    // An empty workbook has nothing to check in yet: on to the overview to add objectives.
    if (!example) app.go({ view: 'overview' });
    app.apply(result.snapshot, result.message);
  }
  return (
    <section aria-labelledby="setup-title">
      <h2 id="setup-title" class="view-title">
        {tr('setUpTitle')}
      </h2>
      <p class="hint">{tr('setUpIntro')}</p>
      <CheckField id="setup-example" checked={example} onChange={setExample}>
        {tr('setUpExample')}
      </CheckField>
      <div class="view-actions">
        <Button kind="primary" onClick={setUp}>
          {tr('setUpButton')}
        </Button>
      </div>
      <Structure />
    </section>
  );
}

function Structure() {
  const app = useApp();
  const { tr } = app;
  const [preview, setPreview] = useState<StructurePreview | null>(null);
  // Items already on the OKR tab are skipped unless the person ticks "write them again".
  const [writeAgain, setWriteAgain] = useState(false);
  async function check() {
    const result = await app.run(() => call('previewStructure', {}));
    if (result) {
      setPreview(result);
      setWriteAgain(false);
    }
  }
  async function write() {
    if (!preview) return;
    const duplicates = writeAgain ? 'write' : 'skip';
    const result = await app.run(() =>
      call('structureSheet', { sheetName: preview.sheetName, duplicates }),
    );
    if (!result) return;
    // The structured items are seen in the overview first, in a period that shows them all.
    app.go(
      result.periods.length > 0
        ? { view: 'overview', period: periodShowing(result.periods) }
        : { view: 'overview' },
    );
    app.apply(result.snapshot, result.message);
  }
  const read = preview?.columns.filter((c) => c.field !== 'notes').map((c) => c.header) ?? [];
  const notes = preview?.columns.filter((c) => c.field === 'notes').map((c) => c.header) ?? [];
  return (
    <section aria-labelledby="structure-title" class="structure">
      <h3 id="structure-title" class="sub-title">
        {tr('structureTitle')}
      </h3>
      <p class="hint">{tr('structureIntro')}</p>
      {!preview && (
        <div class="view-actions">
          <Button kind="secondary" onClick={check}>
            {tr('structureCheck')}
          </Button>
        </div>
      )}
      {preview && (
        <div class="structure-preview" aria-live="polite">
          <p>
            {tr('structureFound', {
              sheet: preview.sheetName,
              objectives: preview.objectives,
              keyResults: preview.keyResults,
              initiatives: preview.initiatives,
            })}
          </p>
          {read.length > 0 && (
            <p class="hint">{tr('structureColumns', { columns: read.join(', ') })}</p>
          )}
          {notes.length > 0 && (
            <p class="hint">{tr('structureNotes', { columns: notes.join(', ') })}</p>
          )}
          {preview.context.length > 0 && (
            <>
              <h4 class="list-title">{tr('structureContext')}</h4>
              <ul class="plain-list">
                {preview.context.map((c, i) => (
                  <li key={i}>{tr('structureRow', { row: c.row, text: c.message })}</li>
                ))}
              </ul>
            </>
          )}
          {preview.warnings.length > 0 && (
            <>
              <h4 class="list-title">{tr('structureWarnings')}</h4>
              <ul class="plain-list">
                {preview.warnings.map((w, i) => (
                  <li key={i}>
                    {w.row > 0 ? tr('structureRow', { row: w.row, text: w.message }) : w.message}
                  </li>
                ))}
              </ul>
            </>
          )}
          {preview.notes.length > 0 && (
            <>
              <h4 class="list-title">{tr('structurePlacedNotes')}</h4>
              <ul class="plain-list">
                {preview.notes.map((n, i) => (
                  <li key={i}>{tr('structureNote', { ...n })}</li>
                ))}
              </ul>
            </>
          )}
          {preview.unplaced.length > 0 && (
            <>
              <h4 class="list-title">{tr('structureUnplaced')}</h4>
              <ul class="plain-list">
                {preview.unplaced.map((u, i) => (
                  <li key={i}>{tr('structureRow', { row: u.row, text: u.text })}</li>
                ))}
              </ul>
            </>
          )}
          {preview.existing > 0 && (
            <>
              <p class="hint">{tr('structureExisting', { count: preview.existing })}</p>
              <CheckField id="structure-write-again" checked={writeAgain} onChange={setWriteAgain}>
                {tr('structureWriteAgain')}
              </CheckField>
            </>
          )}
          <div class="view-actions">
            <Button kind="primary" onClick={write}>
              {tr('structureWrite')}
            </Button>
            <Button kind="secondary" onClick={() => setPreview(null)}>
              {tr('cancel')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
