// Overview: the OKRs of a period as a tree (level → team → objective → key results →
// initiatives) with progress, the expected-progress marker, status, confidence and grade.
// Choosing an item's title selects its row in the sheet; the alignment map opens beside it.
import { useMemo, useState } from 'preact/hooks';
import type { ItemView } from '../../core/model';
import { LEVELS, type Level } from '../../core/vocabulary';
import { call } from '../client';
import { Button, CheckField, DueChip, GradeChip, ProgressBar, StatusChip } from '../components';
import { useApp } from '../context';
import { confidenceName, levelName, statusName } from '../format';
import { buildTree, type Filters, type ObjectiveNode } from '../options';
import { dueForCheckIn, needsAttention } from '../../core/attention';
import { runsFromEnclosing } from '../../core/running';
import { coreT } from '../strings';

export function Overview({
  filters,
  setFilters,
}: {
  filters: Filters;
  setFilters: (f: Filters) => void;
}) {
  const app = useApp();
  const { snapshot, tr, lang, fmt } = app;
  // The selection's key results that need attention: the tree when the filter is on, and the
  // checkbox's count either way.
  const attentionTree = useMemo(
    () =>
      buildTree(snapshot.items, { ...filters, attention: true }, (kr) =>
        needsAttention(kr, snapshot.today, snapshot.checkInDays),
      ),
    [snapshot.items, filters, snapshot.today, snapshot.checkInDays],
  );
  const tree = useMemo(
    () => (filters.attention ? attentionTree : buildTree(snapshot.items, filters)),
    [attentionTree, snapshot.items, filters],
  );
  const attentionCount = attentionTree
    .flatMap((g) => g.teams.flatMap((t) => t.objectives))
    .reduce((n, o) => n + o.keyResults.length, 0);
  const set = (patch: Partial<Filters>) => setFilters({ ...filters, ...patch });
  const [showMore, setShowMore] = useState(Boolean(filters.level || filters.team || filters.owner));

  return (
    <section aria-labelledby="overview-title">
      <h2 id="overview-title" class="sr-only">
        {tr('navOverview')}
      </h2>
      <div class="filters">
        <div class="filter-row">
          <label for="f-period">{tr('filterPeriod')}</label>
          <select
            id="f-period"
            value={filters.period}
            onChange={(e) => set({ period: e.currentTarget.value })}
          >
            <option value="">{tr('all')}</option>
            {snapshot.periods.map((p) => (
              <option key={p} value={p}>
                {fmt.period(p)}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="btn btn-text btn-small"
            aria-expanded={showMore}
            aria-controls="more-filters"
            onClick={() => setShowMore(!showMore)}
          >
            {tr('filters')}
            {filters.level || filters.team || filters.owner ? ' •' : ''}
          </button>
        </div>
        <CheckField
          id="f-attention"
          checked={filters.attention}
          onChange={(v) => set({ attention: v })}
        >
          {tr('filterAttention', {
            count: attentionCount,
            atRisk: statusName(lang, 'atRisk').toLowerCase(),
            offTrack: statusName(lang, 'offTrack').toLowerCase(),
          })}
        </CheckField>
        <div id="more-filters" class="more-filters" hidden={!showMore}>
          <label for="f-level">{tr('filterLevel')}</label>
          <select
            id="f-level"
            value={filters.level}
            onChange={(e) => set({ level: e.currentTarget.value as Level | '' })}
          >
            <option value="">{tr('all')}</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {levelName(lang, l)}
              </option>
            ))}
          </select>
          <label for="f-team">{tr('filterTeam')}</label>
          <select
            id="f-team"
            value={filters.team}
            onChange={(e) => set({ team: e.currentTarget.value })}
          >
            <option value="">{tr('all')}</option>
            {snapshot.teams.map((team) => (
              <option key={team} value={team}>
                {team}
              </option>
            ))}
          </select>
          <label for="f-owner">{tr('filterOwner')}</label>
          <select
            id="f-owner"
            value={filters.owner}
            onChange={(e) => set({ owner: e.currentTarget.value })}
          >
            <option value="">{tr('all')}</option>
            {snapshot.owners.map((owner) => (
              <option key={owner} value={owner}>
                {owner}
              </option>
            ))}
          </select>
        </div>
      </div>

      {tree.length === 0 && (
        <p class="empty">{tr(filters.attention ? 'emptyAttention' : 'emptyPeriod')}</p>
      )}

      {tree.map((group) => (
        <section key={group.level} class="level" aria-labelledby={`lvl-${group.level}`}>
          <h2 id={`lvl-${group.level}`} class="level-title">
            {levelName(lang, group.level)}
          </h2>
          {group.teams.map((team) => (
            <div key={team.team} class="team">
              {group.level !== 'company' && <h3 class="team-title">{team.team || tr('noTeam')}</h3>}
              <TeamObjectives objectives={team.objectives} period={filters.period} />
            </div>
          ))}
        </section>
      ))}

      <div class="view-actions sticky-actions">
        <Button kind="primary" onClick={() => app.go({ view: 'add', type: 'objective' })}>
          {tr('addObjective')}
        </Button>
        <Button onClick={() => void app.run(() => call('showAlignmentMap', {}))}>
          {tr('alignmentOpen')}
        </Button>
      </div>
    </section>
  );
}

/** Objectives rendered at first per team; the rest one click away (big sheets stay quick). */
const FIRST_OBJECTIVES = 25;

function TeamObjectives({ objectives, period }: { objectives: ObjectiveNode[]; period: string }) {
  const { tr } = useApp();
  const [limit, setLimit] = useState(FIRST_OBJECTIVES);
  const shown = objectives.slice(0, limit);
  const rest = objectives.length - shown.length;
  return (
    <>
      <ul class="objectives">
        {shown.map((node) => (
          <li key={node.objective.id} class="objective">
            <ItemRow item={node.objective} period={period} />
            {node.keyResults.length > 0 && (
              <ul class="krs">
                {node.keyResults.map((kr) => (
                  <li key={kr.keyResult.id} class="kr">
                    <ItemRow item={kr.keyResult} period={period} />
                    {kr.initiatives.length > 0 && (
                      <ul class="initiatives">
                        {kr.initiatives.map((ini) => (
                          <li key={ini.id}>
                            <InitiativeRow item={ini} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <button
          type="button"
          class="btn btn-text btn-small show-more"
          onClick={() => setLimit(limit + FIRST_OBJECTIVES * 4)}
        >
          {tr('showMore', { count: Math.min(rest, FIRST_OBJECTIVES * 4), total: rest })}
        </button>
      )}
    </>
  );
}

function useSelect(item: ItemView) {
  const app = useApp();
  return () => void app.run(() => call('selectItem', { id: item.id }));
}

function ItemRow({ item, period }: { item: ItemView; period: string }) {
  const app = useApp();
  const { tr, lang, fmt } = app;
  const select = useSelect(item);
  const isObjective = item.type === 'objective';
  const showGrade = item.closed || item.expected === 1;
  // An annual objective in a quarter: marked with its year (its expected is the year's).
  const annual = isObjective && runsFromEnclosing(item.period, period);
  return (
    <div class={`item item-${item.type}`} data-id={item.id}>
      <div class="item-head">
        <button
          type="button"
          class="item-title"
          onClick={select}
          disabled={app.busy}
          title={tr('selectRow', { row: item.row, title: item.title })}
        >
          <span class="item-id">{item.id}</span> {item.title}
        </button>
        {dueForCheckIn(item, app.snapshot.today, app.snapshot.checkInDays) && <DueChip />}
        <StatusChip status={item.status} />
      </div>
      <ProgressBar progress={item.progress} expected={item.expected} status={item.status} />
      <div class="item-foot">
        <div class="item-meta">
          {annual && (
            <span class="chip chip-period">
              {coreT(lang, 'period.annual', { period: fmt.period(item.period) })}
            </span>
          )}
          {item.owner && <span>{tr('ownerShort', { value: item.owner })}</span>}
          {item.confidence && (
            <span>{tr('confidenceShort', { value: confidenceName(lang, item.confidence) })}</span>
          )}
          {!isObjective && item.lastCheckIn && (
            <span>{tr('lastCheckIn', { date: fmt.date(item.lastCheckIn) })}</span>
          )}
          {isObjective && item.alignedTo && <span>{tr('alignedTo', { id: item.alignedTo })}</span>}
          {isObjective && item.initiativesTotal > 0 && (
            <span>
              {tr('initiativesDone', { done: item.initiativesDone, total: item.initiativesTotal })}
            </span>
          )}
          {showGrade && <GradeChip grade={item.grade} color={item.gradeColor} />}
          {item.closed && <span class="chip">{tr('closed')}</span>}
        </div>
        <div class="item-actions">
          <button
            type="button"
            class="btn btn-text btn-small"
            disabled={app.busy}
            aria-label={tr('editItem', { title: item.title })}
            onClick={() => app.go({ view: 'edit', id: item.id })}
          >
            {tr('edit')}
          </button>
          {item.type === 'keyResult' && !item.closed && (
            <button
              type="button"
              class="btn btn-text btn-small"
              disabled={app.busy}
              aria-label={tr('checkInItem', { title: item.title })}
              onClick={() => app.go({ view: 'checkIn', id: item.id })}
            >
              {tr('navCheckIn')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

function InitiativeRow({ item }: { item: ItemView }) {
  const app = useApp();
  const { tr } = app;
  const select = useSelect(item);
  const done = app.done(item.current);
  return (
    <div class="item item-initiative" data-id={item.id}>
      <span class={`tick${done ? ' tick-done' : ''}`} aria-hidden="true">
        {done ? '✓' : '○'}
      </span>
      <button
        type="button"
        class="item-title"
        onClick={select}
        disabled={app.busy}
        title={tr('selectRow', { row: item.row, title: item.title })}
      >
        <span class="sr-only">{done ? tr('done') : tr('open')}: </span>
        {item.title}
      </button>
      <button
        type="button"
        class="btn btn-text btn-small"
        disabled={app.busy}
        aria-label={tr('editItem', { title: item.title })}
        onClick={() => app.go({ view: 'edit', id: item.id })}
      >
        {tr('edit')}
      </button>
    </div>
  );
}
