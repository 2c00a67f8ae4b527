/** Styles of <ma-get-matched>: one question per step, big option rows, result cards. */
import { css } from 'lit';

export const styles = css`
  :host {
    --_min-height: var(--ma-match-min-height, 24em);
  }
  .base {
    /* Keep the loading state's height once loaded, so the page below does not move. */
    min-height: var(--_min-height);
    align-content: start;
    display: grid;
    gap: 0.75em;
    padding: var(--_gap);
    border: 1px solid var(--_surface-alt);
    border-radius: var(--_radius);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
    display: grid;
    gap: 0.5em;
  }
  legend {
    padding: 0;
    margin-bottom: 0.5em;
  }
  .options {
    display: grid;
    gap: 0.5em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
    background: var(--_surface-alt);
  }
  .more {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10em, 1fr));
    gap: 0.75em;
    margin-top: 0.25em;
  }
  .err {
    color: var(--_danger);
    font-weight: 600;
  }
  .err:empty {
    display: none;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .nav [type='submit'],
  .nav a.btn {
    margin-inline-start: auto;
  }
  .reasons {
    display: grid;
    gap: 0.35em;
  }
  .reasons h4 {
    margin: 0;
  }
  .reasons ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .card .yes li::marker {
    content: '✓  ';
    color: var(--_primary);
  }
  .card .no li::marker {
    content: '✗  ';
    color: var(--_danger);
  }
  .score {
    font-weight: 600;
  }
  .note {
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-alt);
  }
  .empty {
    min-height: 8em;
  }
  @container (max-width: 480px) {
    .nav .btn {
      flex: 1 1 auto;
    }
  }
`;
