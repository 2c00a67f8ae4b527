/** Layout of <ma-program-finder>: filters beside results, folded behind a button in a narrow column. */
import { css } from 'lit';

export const styles = css`
  :host {
    --_min-height: var(--ma-finder-min-height, 32em);
  }
  .finder {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  .header {
    display: flex;
    gap: 0.75em;
    align-items: flex-end;
  }
  .search {
    flex: 1;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(13em, 16em) 1fr;
    gap: var(--_gap);
    align-items: start;
  }
  .toggle {
    display: none;
  }
  .filters {
    display: flex;
    flex-direction: column;
    gap: 1em;
    padding: 1em;
    background: var(--_surface-alt);
    border-radius: var(--_radius);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    font-weight: 600;
    font-size: 0.9375em;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2em;
    cursor: pointer;
  }
  .check input {
    flex: none;
  }
  .n,
  .hint,
  .note {
    font-size: 0.875em;
  }
  .n {
    color: var(--_muted);
  }
  .invalid {
    color: var(--_danger);
    font-weight: 600;
  }
  .zip {
    display: grid;
    gap: 0.5em;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-end;
    gap: 0.75em;
    margin-block-end: 0.75em;
  }
  .count {
    font-weight: 600;
  }
  .sort select {
    width: auto;
  }
  .more {
    margin-block-start: 1em;
    width: 100%;
  }
  .empty {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.75em;
    padding: 1.25em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .tray {
    position: sticky;
    bottom: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding: 0.5em 1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .tray-bar,
  .tray-list {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .tray-h {
    font-size: 1em;
    margin-inline-end: auto;
  }
  /* The tray is one strip (what is chosen, and the way to compare) that unfolds to the list on demand:
     unfolded, four long names took a third of a desktop screen over the results. */
  .tray:not(.expanded) .tray-list {
    display: none;
  }
  .tray ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    padding: 0;
  }
  .tray li {
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  a.btn.go {
    text-decoration: none;
  }
  .x {
    padding: 0;
  }
  .skip {
    position: absolute;
    inset-inline-start: 0.5em;
    top: 0.5em;
    z-index: 2;
  }
  .skip:not(:focus) {
    clip-path: inset(50%);
    width: 1px;
    height: 1px;
    overflow: hidden;
    padding: 0;
    border: 0;
    min-height: 0;
    min-width: 0;
  }
  .finder {
    position: relative;
  }
  .sheet-foot {
    display: none;
  }
  .none {
    font-size: 0.875em;
    color: var(--_muted);
  }
  @container (max-width: 640px) {
    .layout {
      grid-template-columns: 1fr;
    }
    .toggle {
      display: inline-flex;
    }
    .filters {
      display: none;
    }
    .open .filters {
      display: flex;
    }
    /* The sheet ends with a sticky "Show N programs": the count stays in sight while filtering. */
    .open .sheet-foot {
      display: block;
      position: sticky;
      bottom: 0;
      margin: 0 -1em -1em;
      padding: 0.75em 1em;
      background: var(--_surface-alt);
      border-top: 1px solid var(--_border);
    }
    .show {
      width: 100%;
    }
    /* While the sheet is open its button is the sticky strip; the tray waits. */
    .open .tray {
      display: none;
    }
    /* Folded, the tray is one line: at most about 15% of a phone screen. */
    .tray {
      padding: 0.375em 0.75em;
      gap: 0.375em;
    }
    .tray-bar {
      gap: 0.375em 0.5em;
    }
    .go {
      flex: 1 0 100%;
    }
  }
`;
