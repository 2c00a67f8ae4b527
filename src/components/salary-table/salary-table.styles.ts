import { css } from 'lit';

export const styles = css`
  :host {
    --_min-height: var(--ma-salary-table-min-height, 20em);
    --_bar: var(--ma-salary-bar-color, var(--_primary));
    --_highlight: var(--ma-salary-highlight-color, #fff4cc);
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.125em;
    padding-block-end: 0.5em;
  }
  th,
  td {
    padding: 0.5em 0.375em;
    border-block-end: 1px solid var(--_surface-alt);
    text-align: end;
    vertical-align: top;
  }
  th:first-child {
    text-align: start;
  }
  thead th {
    padding: 0.25em;
    border-block-end: 2px solid var(--_border);
    vertical-align: bottom;
  }
  tbody th {
    font-weight: 600;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    min-height: 44px;
    padding: 0.25em 0.125em;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    font-weight: 700;
    text-align: inherit;
    cursor: pointer;
  }
  .sort:hover {
    border-color: var(--_border);
  }
  [aria-sort] .sort {
    color: var(--_primary);
  }
  .arrow {
    font-size: 0.8em;
  }
  .hl > * {
    background: var(--_highlight);
  }
  mark {
    background: none;
    color: inherit;
  }
  svg {
    display: block;
    margin-block-start: 0.35em;
  }
  .track {
    stroke: var(--_surface-alt);
    stroke-width: 2;
  }
  .range {
    fill: var(--_bar);
    opacity: 0.35;
  }
  .dot {
    fill: var(--_bar);
  }
  .cl {
    display: none;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.25em 1em;
    font-size: 0.875em;
  }
  .legend p {
    flex: 1 1 16em;
    margin: 0;
  }
  .legend text {
    fill: var(--_muted);
    font-size: 11px;
  }
  .tick {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .note,
  .source {
    font-size: 0.875em;
  }
  /* Narrow: one card per occupation. The real table elements stay (with their roles restated, since
     some browsers drop table semantics when display changes), so each value keeps its header. The
     visible column names in the cards are aria-hidden to avoid hearing them twice. */
  @container (max-width: 480px) {
    table,
    caption,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em;
    }
    thead th {
      border: 0;
    }
    tbody tr {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin-block-start: 0.75em;
      overflow: hidden;
    }
    th,
    td {
      text-align: start;
    }
    td {
      display: flex;
      justify-content: space-between;
      gap: 1em;
    }
    tbody tr > :last-child {
      border: 0;
    }
    .cl {
      display: inline;
    }
  }
`;
