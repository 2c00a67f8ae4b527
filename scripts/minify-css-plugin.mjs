// A rollup plugin that minifies the CSS inside Lit's css`…` templates in our
// own sources (Lit leaves them as written). Conservative on purpose: drops
// comments, collapses whitespace outside quoted strings, and removes spaces
// around { } ; , > — never around ':' (".a :hover" is not ".a:hover").
// Templates with ${…} interpolations are left alone.
export function minifyCssTemplate(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

export function minifyCss() {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      // TypeScript emits `css \`…\`` (with a space) by the time this runs.
      if (!/\/src\/.*\.ts$/.test(id) || !/\bcss\s*`/.test(code)) return null;
      const out = code.replace(/\bcss\s*`([^`$]*)`/g, (_, body) => `css\`${minifyCssTemplate(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}
