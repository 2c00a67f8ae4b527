/**
 * The one rule for every outgoing link a widget draws: a sponsored program's
 * link says so (`rel="sponsored"`, as search engines ask of paid placements),
 * a link that opens another tab or window cannot reach back into the page
 * (`rel="noopener"`), and no link sends more referrer than
 * `strict-origin-when-cross-origin` (the origin only, to other sites), even
 * when the host page's own policy would send the full URL.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

export interface LinkAttrs {
  rel?: string;
  target?: string;
  referrerpolicy: typeof REFERRER_POLICY;
}

/** The attributes of a link to `p` (a program, or anything that may be `sponsored`) opened in `target`. */
export function linkAttrs(p?: { sponsored?: boolean } | null, target?: string | null): LinkAttrs {
  const t = target?.trim() || undefined;
  // Any target but these three names another browsing context, possibly a new one.
  const opens = t !== undefined && !['_self', '_parent', '_top'].includes(t.toLowerCase());
  const rel = [p?.sponsored ? 'sponsored' : '', opens ? 'noopener' : ''].filter(Boolean).join(' ');
  return { rel: rel || undefined, target: t, referrerpolicy: REFERRER_POLICY };
}

class LinkDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('link() goes on an <a> element: <a href=${…} ${link(program)}>');
  }
  render(_p?: { sponsored?: boolean } | null, _target?: string | null) {
    return nothing;
  }
  override update(part: ElementPart, [p, target]: Parameters<this['render']>) {
    const attrs = linkAttrs(p, target);
    for (const name of ['rel', 'target', 'referrerpolicy'] as const) {
      const value = attrs[name];
      if (value) part.element.setAttribute(name, value);
      else part.element.removeAttribute(name);
    }
    return nothing;
  }
}

/** Sets `linkAttrs(p, target)` on the element it is bound to: `<a href=${href} ${link(program, target)}>`. */
export const link = directive(LinkDirective);
