/** Styles of a program card (./program-card.ts), shared by the finder and the quiz's results. */
import { css } from 'lit';

export const cardStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.4em;
    padding: 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    /* Cards out of view are neither styled nor laid out until they come near it: a keystroke
       repaints the cards on screen, not all twenty (npm run bench: key at 10,000 programs ~24 -> ~18 ms).
       The estimate is a desktop card's height; once drawn, a card keeps its real one. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 500px;
  }
  .card h3:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .sponsored {
    align-self: flex-start;
    font-size: 0.8125em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_accent);
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    font-size: 0.9375em;
  }
  .facts dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .facts dd {
    margin: 0;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    list-style: none;
    padding: 0;
  }
  .badge {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_primary);
    border-radius: 1em;
    font-size: 0.8125em;
    font-weight: 600;
    color: var(--_primary);
  }
  .badge.unknown {
    border-style: dashed;
    border-color: var(--_border);
    color: var(--_muted);
  }
  .foot {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em;
  }
  .basis {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .sources {
    overflow-wrap: anywhere;
  }
`;
