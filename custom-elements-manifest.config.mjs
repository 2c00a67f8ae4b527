// custom-elements.json for editors, docs and framework wrappers, written to
// dist/ by `npm run build` (`cem analyze`). Two things the analyzer cannot
// know on its own are taught by the small plugin below:
// - our elements are registered with `defineElement('ma-x', MaX)` (safe
//   registration), not `customElements.define`, so tag names come from those calls;
// - paths should name the published files (dist/…/*.js), not the TypeScript sources.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';

const DEFINE = 'defineElement';

/** `src/components/x/x.ts` → `dist/components/x/x.js`; a define module → `dist/define/x.js` (`ma-widgets/x.js`). */
function publishedPath(path) {
  const p = path.replace(/^\//, '');
  const define = /^src\/components\/([^/]+)\/\1\.define\.ts$/.exec(p);
  if (define) return `dist/define/${define[1]}.js`;
  return p.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

/** Event name → { name, module } of its class (published path), filled by the plugin below. */
let eventClassesByName = new Map();

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
      const eventClasses = new Map();
      for (const mod of modules)
        for (const d of mod.declarations ?? []) {
          const n = d.members?.find((m) => m.static && m.name === 'eventName');
          if (!n?.default) continue;
          const name = n.default.replace(/^['"]|['"]$/g, '');
          eventNames.set(d.name, name);
          eventClasses.set(name, { name: d.name, module: publishedPath(mod.path) });
        }
      eventClassesByName = eventClasses;
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
          // Every event's type is its class (the analyzer only sees the dispatched ones).
          for (const e of byName.values()) if (!e.type && eventClasses.has(e.name)) e.type = { text: eventClasses.get(e.name).name };
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

// The framework and editor files are generated from the same manifest by the
// custom-elements-manifest ecosystem's generators, after the plugin above has
// fixed tags and paths. Each types a tag's props from its class's own
// declaration (dist/components/<d>/<d>.d.ts for <ma-<d>>: the folder
// convention), so a new widget folder is picked up with no edit here.
const classTypes = (_name, tag) => `./components/${tag.replace(/^ma-/, '')}/${tag.replace(/^ma-/, '')}.js`;

/**
 * The framework generators write an event handler as `(e: CustomEvent<T>) =>
 * void` with T the event's `type.text`, which the manifest (rightly) holds as
 * the event's class. Give them a copy whose T is that class's detail, as an
 * inline `import()` type (no import statement to collide when several widgets
 * share an event), so `onma-filter-change={(e) => e.detail.total}` is typed.
 */
function withDetailTypes(manifest) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules ?? [])
    for (const d of mod.declarations ?? [])
      for (const e of d.events ?? []) {
        const cls = eventClassesByName.get(e.name);
        const from = cls && `./${cls.module.replace(/^dist\//, '')}`;
        e.type = { text: cls ? `import('${from}').${cls.name}['detail']` : 'unknown' };
      }
  return copy;
}

function frameworkTypesPlugin() {
  return {
    name: 'ma-widgets: JSX, Vue and Svelte types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = withDetailTypes(customElementsManifest);
      const options = { outdir: 'dist', hideLogs: true, componentTypePath: classTypes };
      // `ma-widgets/jsx`: `CustomElements` for React 19's and Preact's JSX.IntrinsicElements.
      generateJsxTypes(manifest, { ...options, fileName: 'jsx.d.ts' });
      // `ma-widgets/vue`: Vue's GlobalComponents.
      generateVuejsTypes(manifest, { ...options, fileName: 'vue.d.ts' });
      vueNames('dist/vue.d.ts');
      // `ma-widgets/svelte`: Svelte's element attributes.
      generateSvelteTypes(manifest, { ...options, fileName: 'svelte.d.ts' });
      svelte5('dist/svelte.d.ts');
      // Each types file has a (empty) module beside it, so the package entry
      // resolves for `import` as well as for `types`.
      for (const f of ['jsx', 'vue', 'svelte']) writeFileSync(`dist/${f}.js`, '// Types only: see ./' + f + '.d.ts.\nexport {};\n');
    },
  };
}

/**
 * custom-element-svelte-integration@1.2 writes Svelte 4 syntax (`on:event`,
 * `bind:prop`, `JSX.*` types) into a `declare namespace svelteHTML` that, in a
 * file with imports, is module-local and augments nothing. Svelte 5 sets a
 * custom element's props as properties (`catalog={…}`) and listens with
 * `onma-x={…}`: rename the keys and augment `svelte/elements`, where Svelte 5
 * looks up element attributes.
 */
function svelte5(file) {
  const before = readFileSync(file, 'utf8');
  const after = before
    .replace(/"on:(ma-[a-z-]+)"\?:/g, '"on$1"?:')
    .replace(/"bind:([A-Za-z]+)"\?:/g, '$1?:')
    .replace(/children\?: JSX\.Element;/, 'children?: import("svelte").Snippet;')
    .replace(/style\?: JSX\.CSSProperties;/, 'style?: string;')
    .replace(/declare namespace svelteHTML \{[\s\S]*?interface IntrinsicElements extends CustomElements \{\}\s*\}/, `declare module "svelte/elements" {\n  interface SvelteHTMLElements extends CustomElements {}\n}`);
  if (after === before || /\bon:|bind:|JSX\.|svelteHTML/.test(after)) throw new Error(`${file}: the Svelte generator's output changed; update svelte5() in custom-elements-manifest.config.mjs`);
  writeFileSync(file, after);
}

/**
 * Vue's template type-checker (vue-tsc) normalizes names before it looks them
 * up in GlobalComponents: `page-size` is checked as `pageSize` and
 * `@ma-filter-change` as `onMaFilterChange`. custom-element-vuejs-integration@1.4
 * writes the HTML names (`"page-size"`, `"onma-filter-change"`), which
 * strictTemplates then rejects and loose mode never checks: write Vue's names.
 */
function vueNames(file) {
  const camel = (s) => s.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  const before = readFileSync(file, 'utf8');
  const after = before
    .replace(/^(\s*)"on(ma-[a-z-]+)"\?:/gm, (_, sp, name) => `${sp}on${camel(name).replace(/^m/, 'M')}?:`)
    .replace(/^(\s*)"([a-z]+(?:-[a-z]+)+)"\?:/gm, (_, sp, name) => `${sp}${camel(name)}?:`);
  if (after === before || /^\s*"on/m.test(after)) throw new Error(`${file}: the Vue generator's output changed; update vueNames() in custom-elements-manifest.config.mjs`);
  writeFileSync(file, after);
}

const editorDocs = { outdir: 'dist', hideLogs: true, descriptionSrc: 'summary', hideMethodDocs: true };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/react/**', 'src/**/*.d.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    defineElementPlugin(),
    frameworkTypesPlugin(),
    // Editor hover docs and completion: VS Code custom data, JetBrains web-types.
    customElementVsCodePlugin({ ...editorDocs, htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json' }),
    customElementJetBrainsPlugin({ ...editorDocs, webTypesFileName: 'web-types.json', excludeCss: false, packageJson: false }),
  ],
};
