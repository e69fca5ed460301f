// The first screen of a spreadsheet without an OKR tab yet.
import { useState } from 'preact/hooks';
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
    </section>
  );
}
