import { css } from 'lit';

export const styles = css`
  :host {
    --_min-height: var(--ma-career-explorer-min-height, 28em);
    --_lateral: var(--ma-career-lateral-color, var(--_primary));
    --_advance: var(--ma-career-advance-color, var(--_accent));
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }
  [part='header'] p {
    margin-block-start: 0.25em;
    font-size: 0.9375em;
  }
  .map {
    width: 100%;
    height: auto;
    font-size: 13px;
  }
  .map text {
    fill: var(--_text);
    /* A halo in the background colour keeps labels readable where edges cross them. */
    paint-order: stroke;
    stroke: var(--_surface);
    stroke-width: 4px;
    stroke-linejoin: round;
  }
  .map .head,
  .map .t {
    font-weight: 700;
  }
  .map .pay,
  .map .elabel {
    fill: var(--_muted);
    font-size: 12px;
  }
  .edge {
    fill: none;
    stroke-width: 2;
    opacity: 0.55;
  }
  .edge.advance {
    stroke-dasharray: 6 4;
  }
  .edge.on {
    opacity: 1;
    stroke-width: 3;
  }
  .lateral {
    --_c: var(--_lateral);
  }
  .advance {
    --_c: var(--_advance);
  }
  .edge,
  .node {
    stroke: var(--_c, var(--_text));
  }
  .map .head {
    fill: var(--_c);
  }
  .node {
    fill: var(--_c, var(--_text));
    fill-opacity: 0.25;
    stroke-width: 2;
  }
  .node.nr {
    fill: var(--_surface);
    stroke-dasharray: 3 3;
  }
  .start {
    fill-opacity: 1;
  }
  .dest-g {
    cursor: pointer;
  }
  .dest-g.on .node {
    fill-opacity: 1;
  }
  .dest-g.on text {
    font-weight: 700;
  }
  .cols {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 17em), 1fr));
    gap: var(--_gap);
    align-items: start;
  }
  ul {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  .dest {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_c);
    border-radius: var(--_radius);
    background: var(--_surface);
    text-align: start;
    cursor: pointer;
  }
  .dest[aria-expanded='true'] {
    background: var(--_surface-alt);
    outline: 2px solid var(--_c);
  }
  .dest[aria-expanded='true']:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .t {
    font-weight: 600;
  }
  .dest .muted {
    font-size: 0.875em;
  }
  .details {
    margin-block-start: 0.25em;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .kind {
    color: var(--_c);
    font-weight: 600;
    font-size: 0.875em;
  }
  dl {
    margin-block: 0.75em;
  }
  dt {
    font-weight: 600;
    margin-block-start: 0.6em;
  }
  /* The phone-shaped map, about 1:1 at a phone's width; it is not stretched past 30em. */
  .map.tall {
    display: none;
    max-width: 30em;
  }
  /* Below 600px the wide map's 13-unit text would render under 11px: the tall map takes its place. */
  @container (max-width: 600px) {
    .view-auto .map.wide {
      display: none;
    }
    .view-auto .map.tall {
      display: block;
    }
  }
`;
