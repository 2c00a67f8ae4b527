/**
 * Writes a widget's JSON-LD as one `<script type="application/ld+json">` in
 * the light DOM, right after the widget (search engines read the document,
 * not shadow roots), and keeps it in step with what the widget shows.
 *
 * - One block per widget, updated in place when the widget re-renders (a new
 *   language, a new catalog), removed when the widget leaves the page or
 *   structured data is switched off.
 * - One block per thing per page: each block carries a key
 *   (`data-ma-structured-data="faq"`, `"occupation medical-assistants"`…); a
 *   widget whose key another block on the page already has writes nothing.
 *   The check reads the DOM, so it holds across two copies of the bundle.
 * - Trusted Types: under `require-trusted-types-for 'script'` the text of
 *   every script element is checked when the element is inserted, data
 *   blocks included (Chromium reports a violation for a JSON-LD block whose
 *   text was set from a plain string or a text node). So the text goes
 *   through a policy of its own, `ma-widgets-json-ld`, whose `createScript`
 *   accepts only valid JSON (data, which cannot run). A page that lists its
 *   allowed policies (`trusted-types …`) must add that name; where it is not
 *   allowed, the widget writes no block and warns once.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { serializeJsonLd } from './serialize.js';

export const STRUCTURED_DATA_ATTR = 'data-ma-structured-data';
export const TRUSTED_TYPES_POLICY = 'ma-widgets-json-ld';

export interface StructuredData {
  /** What the block describes, unique per page (e.g. `faq`, `occupation medical-assistants`). */
  key: string;
  data: unknown;
}

interface ScriptPolicy {
  createScript(input: string): unknown;
}
type PolicyFactory = { createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy };

let policy: ScriptPolicy | null | undefined;
/** The block's text as the page requires it: a TrustedScript under Trusted Types, else the string; undefined when not allowed. */
function scriptText(json: string): unknown {
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory) return json;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY, {
        // Only JSON passes: a TrustedScript made here can hold data, never code.
        createScript: (input) => (JSON.parse(input), input),
      });
    } catch (e) {
      policy = null;
      console.warn(`[ma-widgets] no structured data: this page's Trusted Types policy does not allow a policy named "${TRUSTED_TYPES_POLICY}".`, e);
    }
  }
  return policy ? policy.createScript(json) : undefined;
}

export class StructuredDataController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #build: () => StructuredData | undefined;
  #script?: HTMLScriptElement;

  /** `build` says what the widget shows now, or undefined for no block (off, loading, error, empty). */
  constructor(host: ReactiveElement, build: () => StructuredData | undefined) {
    this.#host = host;
    this.#build = build;
    host.addController(this);
  }

  hostConnected(): void {
    // Back on the page (moved by a framework): write the block again.
    if (this.#host.hasUpdated) this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.#remove();
  }

  /** The block this widget wrote, if any (for tests and for the widget itself). */
  get script(): HTMLScriptElement | undefined {
    return this.#script?.isConnected ? this.#script : undefined;
  }

  sync(): void {
    const host = this.#host;
    let ld: StructuredData | undefined;
    try {
      ld = host.isConnected ? this.#build() : undefined;
    } catch (e) {
      console.error('[ma-widgets] could not build structured data:', e);
    }
    if (!ld) return this.#remove();
    const root = host.getRootNode() as Document | ShadowRoot;
    const taken = [...root.querySelectorAll(`script[${STRUCTURED_DATA_ATTR}]`)].some((s) => s !== this.#script && s.getAttribute(STRUCTURED_DATA_ATTR) === ld.key);
    if (taken) return this.#remove();
    const json = serializeJsonLd(ld.data);
    let s = this.#script;
    if (!s || s.textContent !== json) {
      const text = scriptText(json);
      if (text === undefined) return this.#remove();
      s ??= document.createElement('script');
      s.type = 'application/ld+json';
      s.textContent = text as string;
      this.#script = s;
    }
    s.setAttribute(STRUCTURED_DATA_ATTR, ld.key);
    if (host.nextElementSibling !== s) host.after(s);
  }

  #remove(): void {
    this.#script?.remove();
    this.#script = undefined;
  }
}

/** Reads a `structured-data` attribute: `off` switches it off; otherwise on when present, else `byDefault`. */
export function structuredDataOn(value: string | null | undefined, byDefault: boolean): boolean {
  if (value == null) return byDefault;
  return value.trim().toLowerCase() !== 'off';
}
