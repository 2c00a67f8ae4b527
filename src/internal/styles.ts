/**
 * Shared styles: public `--ma-*` custom properties mapped onto private
 * `--_*` locals, a typography reset on the `base` part (so host-page rules
 * such as `* { font-size: 20px }` on the element itself do not reach the
 * content), controls with 44 px targets and a visible focus ring, and the
 * loading and error states.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_primary: var(--ma-color-primary, #0b6e69);
    --_on-primary: var(--ma-color-on-primary, #ffffff);
    --_text: var(--ma-color-text, #1c2430);
    --_muted: var(--ma-color-muted, #4f5b6a);
    --_surface: var(--ma-color-surface, #ffffff);
    --_surface-alt: var(--ma-color-surface-alt, #f2f5f7);
    --_border: var(--ma-color-border, #6b7785);
    --_danger: var(--ma-color-danger, #b3261e);
    --_accent: var(--ma-color-accent, #7a4300);
    --_focus: var(--ma-color-focus, #1a5fb4);
    --_radius: var(--ma-radius, 8px);
    --_font: var(--ma-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-size: var(--ma-font-size, 16px);
    --_gap: var(--ma-space, 1em);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    white-space: normal;
    color: var(--_text);
    background: var(--_surface);
  }
  h2,
  h3,
  h4,
  p,
  ul,
  ol,
  dl,
  dd,
  figure {
    margin: 0;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    font-weight: 700;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.0625em;
  }
  h4 {
    font-size: 1em;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
  }
  .btn.secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  .btn:disabled,
  .btn[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .field label,
  .label {
    font-weight: 600;
    font-size: 0.9375em;
  }
  input[type='text'],
  input[type='search'],
  input[type='number'],
  select {
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    width: 100%;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: 0.875em;
  }
  /* A list of result cards. */
  .list {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75em;
  }
  /* A small outlined label, such as "Sponsored". */
  .tag {
    padding: 0 0.4em;
    border: 1px solid var(--_accent);
    border-radius: 4px;
    color: var(--_accent);
    font-size: 0.875em;
    font-weight: 600;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  .state {
    min-height: var(--_min-height, 12em);
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: 0.75em;
    padding: var(--_gap);
    border: 1px solid var(--_surface-alt);
    border-radius: var(--_radius);
  }
  .error {
    border-inline-start: 4px solid var(--_danger);
    padding: 0.75em 1em;
    background: var(--_surface);
  }
  .error strong {
    color: var(--_danger);
  }
`;
