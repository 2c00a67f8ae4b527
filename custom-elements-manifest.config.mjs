// custom-elements.json for editors, docs and framework wrappers, written to
// dist/ by `npm run build` (`cem analyze`). Two things the analyzer cannot
// know on its own are taught by the small plugin below:
// - our elements are registered with `defineElement('ma-x', MaX)` (safe
//   registration), not `customElements.define`, so tag names come from those calls;
// - paths should name the published files (dist/…/*.js), not the TypeScript sources.
const DEFINE = 'defineElement';

/** `src/components/x/x.ts` → `dist/components/x/x.js`; a define module → `dist/define/x.js` (`ma-widgets/x.js`). */
function publishedPath(path) {
  const p = path.replace(/^\//, '');
  const define = /^src\/components\/([^/]+)\/\1\.define\.ts$/.exec(p);
  if (define) return `dist/define/${define[1]}.js`;
  return p.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

function defineElementPlugin() {
  return {
    name: 'ma-widgets: defineElement calls and published paths',
    analyzePhase({ ts, node, moduleDoc, context }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== DEFINE) return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      const imported = context?.imports?.find((i) => i.name === klass.text && !i.isBareModuleSpecifier);
      const module = imported ? new URL(imported.importPath, `file:///${moduleDoc.path}`).pathname.replace(/\.js$/, '.ts') : moduleDoc.path;
      moduleDoc.exports = [...(moduleDoc.exports ?? []), { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } }];
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      // Event classes carry their name (`static eventName = 'ma-x'`): give the
      // analyzer's nameless `dispatchEvent(new XEvent())` entries that name and
      // merge them with the JSDoc `@event` line.
      const eventNames = new Map();
      for (const mod of modules)
        for (const d of mod.declarations ?? []) {
          const n = d.members?.find((m) => m.static && m.name === 'eventName');
          if (n?.default) eventNames.set(d.name, n.default.replace(/^['"]|['"]$/g, ''));
        }
      for (const mod of modules)
        for (const d of mod.declarations ?? []) {
          if (d.kind !== 'class') continue;
          // Only registered elements are custom elements (not the abstract bases).
          if (!d.tagName) delete d.customElement;
          if (!d.events) continue;
          const byName = new Map();
          for (const e of d.events) {
            const name = e.name ?? eventNames.get(e.type?.text);
            if (!name) continue;
            byName.set(name, { ...byName.get(name), ...e, name, ...(e.type ? { type: e.type } : {}) });
          }
          for (const e of d.events) if (e.name && e.description) byName.get(e.name).description = e.description;
          d.events = [...byName.values()];
        }
      const fix = (ref) => {
        if (ref?.module) ref.module = publishedPath(ref.module);
      };
      for (const mod of modules) {
        mod.path = publishedPath(mod.path);
        for (const e of mod.exports ?? []) fix(e.declaration);
        for (const d of mod.declarations ?? []) {
          fix(d.superclass);
          for (const m of [...(d.members ?? []), ...(d.attributes ?? []), ...(d.events ?? [])]) fix(m.inheritedFrom);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/react/**', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [defineElementPlugin()],
};
