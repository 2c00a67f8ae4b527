/** Styles of <ma-program-compare>: the table scrolls sideways with its row headers stuck to the start edge. */
import { css } from 'lit';

export const styles = css`
  :host {
    --_min-height: var(--ma-compare-min-height, 20em);
  }
  .base {
    display: grid;
    gap: 0.75em;
  }
  .switch {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    font-weight: 600;
    cursor: pointer;
  }
  .scroll {
    overflow: auto;
    /* A box of its own height, so the program names (sticky header) stay in view while the rows scroll. */
    max-height: var(--ma-compare-max-height, 85vh);
    overscroll-behavior-x: contain;
    /* Scrolling a focused cell into view stops clear of the sticky first column (WCAG 2.4.11). */
    scroll-padding-inline-start: 8em;
    border: 1px solid var(--_surface-alt);
    border-radius: var(--_radius);
  }
  table {
    border-collapse: separate;
    border-spacing: 0;
    width: 100%;
  }
  th,
  td {
    padding: 0.5em 0.75em;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_surface-alt);
    max-width: 16em;
    min-width: 9em;
  }
  thead th {
    vertical-align: bottom;
  }
  /* The program names stay in view while the rows scroll up under them. */
  thead > tr > * {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_surface);
    box-shadow: 0 1px 0 var(--_border);
  }
  thead > tr > :first-child {
    z-index: 3;
    background: var(--_surface-alt);
  }
  th,
  td {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .sources {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.25em;
  }
  .hint {
    display: none;
    margin: 0;
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
  }
  tbody th {
    font-weight: 600;
  }
  /* The row headers (and the empty corner) stay in view while the programs scroll. */
  tr > :first-child {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    background: var(--_surface-alt);
    min-width: 8em;
  }
  .name {
    display: block;
    font-weight: 700;
  }
  .tag {
    display: inline-block;
    margin-block: 0.25em;
  }
  .remove {
    display: flex;
    margin-top: 0.5em;
    font-size: 0.875em;
  }
  .diff td {
    background: var(--_surface-alt);
  }
  .diff > th {
    border-inline-start: 4px solid var(--_primary);
  }
  .mark {
    display: block;
    color: var(--_primary);
    font-size: 0.8125em;
  }
  .empty {
    min-height: 8em;
    padding: var(--_gap);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: 0.5em;
    align-content: center;
  }
  @container (max-width: 640px) {
    th,
    td {
      min-width: 8em;
      padding: 0.4em 0.5em;
    }
    tr > :first-child {
      min-width: 6.5em;
      max-width: 8em;
    }
    /* Two programs share a phone's width with the row names: no sideways scroll, nothing cut. */
    /* Row and program names a little smaller, so that long words ("accreditation") fit narrow columns whole. */
    tbody tr > th:first-child {
      font-size: 0.8125em;
      /* In its own (smaller) em: about 7em of the widget's type, "accreditation" whole. */
      min-width: 8.5em;
      max-width: 9.5em;
    }
    .name {
      font-size: 0.9375em;
    }
    .n1 :is(th, td),
    .n2 :is(th, td) {
      padding-inline: 0.35em;
    }
    .remove {
      white-space: nowrap;
      padding-inline: 0.5em;
    }
    .n1 :is(th, td),
    .n2 :is(th, td) {
      min-width: 0;
    }
    .n1 tr > :first-child,
    .n2 tr > :first-child {
      min-width: 0;
      max-width: none;
      width: 28%;
    }
  }
  /* Three or four programs are wider than the column: say that it scrolls sideways (6.5em + n × 8em). */
  @container (max-width: 31em) {
    .hint.n3 {
      display: block;
    }
  }
  @container (max-width: 39em) {
    .hint.n4 {
      display: block;
    }
  }
`;
