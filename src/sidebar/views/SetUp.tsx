// The first screen of a spreadsheet without an OKR tab yet: set up (with the example or empty),
// or structure a loose OKR sheet of one's own (a preview first, then the OKR tab is written).
import { useState } from 'preact/hooks';
import type { StructurePreview } from '../../shared/rpc';
import { call } from '../client';
import { Button } from '../components';
import { useApp } from '../context';

export function SetUp() {
  const app = useApp();
  const { tr } = app;
  const [example, setExample] = useState(true);
  async function setUp() {
    const result = await app.run(() => call('setUp', { example }));
    if (result) app.apply(result.snapshot, result.message);
  }
  return (
    <section aria-labelledby="setup-title">
      <h2 id="setup-title" class="view-title">
        {tr('setUpTitle')}
      </h2>
      <p class="hint">{tr('setUpIntro')}</p>
      <div class="check-field">
        <input
          id="setup-example"
          type="checkbox"
          checked={example}
          onChange={(e) => setExample(e.currentTarget.checked)}
        />
        <label for="setup-example">{tr('setUpExample')}</label>
      </div>
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
  async function check() {
    const result = await app.run(() => call('previewStructure', {}));
    if (result) setPreview(result);
  }
  async function write() {
    if (!preview) return;
    const result = await app.run(() => call('structureSheet', { sheetName: preview.sheetName }));
    if (result) app.apply(result.snapshot, result.message);
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
