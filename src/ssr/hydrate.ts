/**
 * `ma-widgets/hydrate.js` (and dist/cdn/ma-widgets-hydrate.js for a script tag): Lit's hydration
 * support, which must run before any widget is defined, so that a server-rendered widget
 * (ma-widgets/ssr) takes over its declarative shadow root instead of rendering it again.
 *
 * Lit applies the support when lit-element is evaluated, if it is installed by then. In the
 * script-tag build lit-element shares a chunk with the rest of Lit, which this module needs
 * too, so it is evaluated first: the support is then applied here, once, still before any
 * widget is defined (the widgets' scripts come after this one).
 */
import { LitElement } from 'lit';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

type Support = (lit: { LitElement: typeof LitElement }) => void;
// Applied already (lit-element evaluated after the support): LitElement has its own observedAttributes.
if (!Object.getOwnPropertyDescriptor(LitElement, 'observedAttributes')) {
  (globalThis as { litElementHydrateSupport?: Support }).litElementHydrateSupport?.({ LitElement });
}
export {};
