import { css } from 'lit';

export const styles = css`
  :host {
    --_min-height: var(--ma-steps-min-height, 24em);
    --_marker: var(--ma-steps-marker-color, var(--_primary));
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5em;
  }
  li {
    border: 1px solid var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .toggle {
    display: flex;
    align-items: center;
    gap: 0.75em;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_surface-alt);
  }
  .n {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 2em;
    height: 2em;
    border-radius: 50%;
    background: var(--_marker);
    color: var(--_on-primary);
    font-size: 0.875em;
  }
  .t {
    flex: 1;
  }
  .chev {
    flex: none;
    transition: transform 0.15s;
  }
  [aria-expanded='true'] .chev {
    transform: rotate(180deg);
  }
  .body {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding: 0 0.75em 0.75em calc(0.75em + 1.75em + 0.75em);
  }
  .body[hidden] {
    display: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .chev {
      transition: none;
    }
  }
`;
