import { css } from 'lit';

export const styles = css`
  :host {
    --_min-height: var(--ma-faq-min-height, 16em);
    --_scroll-margin: var(--ma-faq-scroll-margin, 1em);
  }
  .base {
    display: grid;
    gap: 0.5em;
  }
  details {
    border: 1px solid var(--_surface-alt);
    border-radius: var(--_radius);
    scroll-margin-block-start: var(--_scroll-margin);
  }
  summary {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    font-weight: 700;
    cursor: pointer;
    list-style: none;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary:hover {
    background: var(--_surface-alt);
  }
  .q {
    flex: 1;
  }
  .chev {
    flex: none;
    transition: transform 0.15s;
  }
  details[open] .chev {
    transform: rotate(180deg);
  }
  .answer {
    padding: 0 0.75em 0.75em;
  }
  @media (prefers-reduced-motion: reduce) {
    .chev {
      transition: none;
    }
  }
`;
