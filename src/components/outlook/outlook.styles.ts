import { css } from 'lit';

export const styles = css`
  :host {
    --_min-height: var(--ma-outlook-min-height, 22em);
    --_bar: var(--ma-outlook-bar-color, var(--_primary));
  }
  .base {
    display: grid;
    gap: var(--_gap);
  }
  .h {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.25;
  }
  .h2 {
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.25;
  }
  .figs {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10em, 1fr));
    gap: 0.75em;
  }
  .fig {
    display: flex;
    flex-direction: column;
    gap: 0.125em;
    padding: 0.75em;
    border: 1px solid var(--_surface-alt);
    border-radius: var(--_radius);
  }
  dt {
    font-weight: 600;
    font-size: 0.9375em;
  }
  dd {
    margin: 0;
  }
  .num {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--_primary);
  }
  .sub {
    display: block;
    font-size: 0.6em;
    font-weight: 600;
  }
  .sources {
    display: grid;
    gap: 0.25em;
    margin-block-start: -0.5em;
  }
  .where {
    display: grid;
    gap: 0.5em;
  }
  .bars {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.375em;
  }
  .bars li {
    display: grid;
    grid-template-columns: minmax(8em, 14em) 1fr 3.5em;
    align-items: center;
    gap: 0.75em;
  }
  .bars .pct {
    text-align: end;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  svg.bar {
    display: block;
    width: 100%;
    height: 0.875em;
  }
  .track {
    fill: var(--_surface-alt);
  }
  .fill {
    fill: var(--_bar);
  }
  .jobs {
    justify-self: start;
  }
  @container (max-width: 480px) {
    .bars li {
      grid-template-columns: 1fr 3.5em;
    }
    .bars svg.bar {
      grid-column: 1 / -1;
      grid-row: 2;
    }
  }
`;
