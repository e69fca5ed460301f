// The alignment map's tree (WAI-ARIA tree pattern): one tab stop, the arrow keys move through
// the visible nodes, Right opens a branch or goes to its first child, Left closes it or goes to
// the parent, Home and End go to the first and last node, Enter (or a click) selects the row in
// the sheet. Every branch starts closed, so a sheet of hundreds of objectives shows its roots
// only; Expand all and Collapse all open or close every branch.
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { alignmentTree, type AlignmentNode } from '../../core/alignment';
import type { ItemView } from '../../core/model';
import { SEVERITY_COLORS } from '../../core/palette';
import { runsFromEnclosing } from '../../core/running';
import { call } from '../client';
import { ProgressBar, StatusChip } from '../components';
import { useApp } from '../context';
import { levelName, typeName } from '../format';
import { coreT } from '../strings';

type Node = AlignmentNode<ItemView>;

/** An objective that aligns to nothing looks like a health warning. */
const warn = SEVERITY_COLORS.warning;

/** A node's key: its row (IDs may repeat on a sheet that needs a health check). */
const keyOf = (n: Node) => String(n.item.row);

interface Visible {
  node: Node;
  parent: Node | undefined;
}

export function AlignmentMap({ onSelected }: { onSelected: (row: number) => void }) {
  const app = useApp();
  const { snapshot, tr, fmt } = app;
  const [period, setPeriod] = useState(snapshot.currentQuarter);
  const roots = useMemo(() => alignmentTree(snapshot.items, period), [snapshot.items, period]);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState('');
  const [selected, setSelected] = useState('');
  const moveFocus = useRef(false);

  const visible = useMemo(() => {
    const out: Visible[] = [];
    const stack: Visible[] = roots.map((node) => ({ node, parent: undefined })).reverse();
    while (stack.length > 0) {
      const v = stack.pop() as Visible;
      out.push(v);
      if (open.has(keyOf(v.node)))
        for (let i = v.node.children.length - 1; i >= 0; i--)
          stack.push({ node: v.node.children[i] as Node, parent: v.node });
    }
    return out;
  }, [roots, open]);
  const index = new Map(visible.map((v, i) => [keyOf(v.node), i]));
  const current = index.has(focused) ? focused : visible[0] ? keyOf(visible[0].node) : '';

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    document.getElementById(`node-${current}`)?.focus();
  }, [current]);

  const focusAt = (i: number) => {
    const v = visible[Math.max(0, Math.min(visible.length - 1, i))];
    if (!v) return;
    moveFocus.current = true;
    setFocused(keyOf(v.node));
  };
  const toggle = (node: Node, to?: boolean) => {
    const key = keyOf(node);
    const next = new Set(open);
    if (to ?? !next.has(key)) next.add(key);
    else next.delete(key);
    setOpen(next);
  };
  const select = async (node: Node) => {
    setSelected(keyOf(node));
    const done = await app.run(() => call('selectItem', { id: node.item.id }));
    if (done !== undefined || !app.busy) onSelected(node.item.row);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const i = index.get(current) ?? 0;
    const v = visible[i];
    if (!v) return;
    const branch = v.node.children.length > 0;
    const isOpen = open.has(current);
    if (e.key === 'ArrowDown') focusAt(i + 1);
    else if (e.key === 'ArrowUp') focusAt(i - 1);
    else if (e.key === 'Home') focusAt(0);
    else if (e.key === 'End') focusAt(visible.length - 1);
    else if (e.key === 'ArrowRight') {
      if (branch && !isOpen) toggle(v.node, true);
      else if (branch) focusAt(i + 1);
    } else if (e.key === 'ArrowLeft') {
      if (branch && isOpen) toggle(v.node, false);
      else if (v.parent) focusAt(index.get(keyOf(v.parent)) ?? i);
    } else if (e.key === 'Enter' || e.key === ' ') void select(v.node);
    else return;
    e.preventDefault();
  };

  const allBranches = () => {
    const keys = new Set<string>();
    const stack = [...roots];
    while (stack.length > 0) {
      const n = stack.pop() as Node;
      if (n.children.length > 0) keys.add(keyOf(n));
      stack.push(...n.children);
    }
    return keys;
  };

  const renderNodes = (nodes: Node[], level: number, parent?: Node): JSX.Element[] =>
    nodes.map((node, i) => {
      const key = keyOf(node);
      const item = node.item;
      const branch = node.children.length > 0;
      const isOpen = branch && open.has(key);
      const objective = item.type === 'objective';
      const target = item.alignedTo;
      return (
        <li
          key={key}
          id={`node-${key}`}
          role="treeitem"
          class={`map-node map-${item.type}`}
          aria-level={level}
          aria-setsize={nodes.length}
          aria-posinset={i + 1}
          aria-expanded={branch ? isOpen : undefined}
          aria-selected={selected === key ? true : undefined}
          tabIndex={key === current ? 0 : -1}
          data-id={item.id}
          onFocus={(e) => {
            if (e.target === e.currentTarget) setFocused(key);
          }}
        >
          <div
            class="map-row"
            onClick={(e) => {
              e.stopPropagation();
              moveFocus.current = true;
              setFocused(key);
              void select(node);
            }}
          >
            <span
              class="map-twisty"
              aria-hidden="true"
              onClick={(e) => {
                e.stopPropagation();
                if (branch) toggle(node);
              }}
            >
              {branch ? (isOpen ? '▾' : '▸') : ''}
            </span>
            <span class="map-title" id={`label-${key}`}>
              <span class="item-id">{item.id}</span> {item.title}
            </span>
            <span class="map-progress">
              <ProgressBar progress={item.progress} expected={item.expected} status={item.status} />
            </span>
            <StatusChip status={item.status} />
            <span class="map-meta" id={`meta-${key}`}>
              <span class="chip">
                {objective ? levelName(app.lang, item.level) : typeName(app.lang, item.type)}
              </span>
              {runsFromEnclosing(item.period, period) && (
                <span class="chip chip-period">
                  {coreT(app.lang, 'period.annual', { period: fmt.period(item.period) })}
                </span>
              )}
              {item.team && item.level !== 'company' && <span>{item.team}</span>}
              {item.owner && <span>{tr('ownerShort', { value: item.owner })}</span>}
              {node.objectives > 0 && <span>{tr('alignedBelow', { count: node.objectives })}</span>}
              {objective && level === 1 && item.level !== 'company' && !target && (
                <span class="chip" style={{ background: warn.fill, color: warn.ink }}>
                  {tr('notAligned')}
                </span>
              )}
              {objective && !parent && target && item.level !== 'company' && (
                <span>{tr('alignedOutside', { id: target })}</span>
              )}
            </span>
          </div>
          {isOpen && <ul role="group">{renderNodes(node.children, level + 1, node)}</ul>}
        </li>
      );
    });

  return (
    <section class="map" aria-labelledby="map-tree-label">
      <div class="map-tools">
        <label for="map-period">{tr('filterPeriod')}</label>
        <select
          id="map-period"
          value={period}
          onChange={(e) => {
            setPeriod(e.currentTarget.value);
            setOpen(new Set());
          }}
        >
          <option value="">{tr('all')}</option>
          {snapshot.periods.map((p) => (
            <option key={p} value={p}>
              {fmt.period(p)}
            </option>
          ))}
        </select>
        <button type="button" class="btn btn-text btn-small" onClick={() => setOpen(allBranches())}>
          {tr('expandAll')}
        </button>
        <button type="button" class="btn btn-text btn-small" onClick={() => setOpen(new Set())}>
          {tr('collapseAll')}
        </button>
      </div>
      <p class="map-keys" id="map-keys">
        {tr('alignmentKeys')}
      </p>
      <h2 id="map-tree-label" class="sr-only">
        {tr('alignmentTree')}
      </h2>
      {roots.length === 0 ? (
        <p class="empty">{tr('alignmentEmpty')}</p>
      ) : (
        <ul
          role="tree"
          class="map-tree"
          aria-labelledby="map-tree-label"
          aria-describedby="map-keys"
          onKeyDown={onKeyDown}
        >
          {renderNodes(roots, 1)}
        </ul>
      )}
    </section>
  );
}
