/**
 * `ma-widgets/react`: React components for every widget, made with
 * @lit/react. Properties pass through as props (`catalog`, `src`, …) and each
 * `ma-*` event is an `onX` prop (`ma-program-select` → `onProgramSelect`).
 * Importing a wrapper registers its element.
 */
export {};
