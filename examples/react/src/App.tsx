// React 19 renders custom elements itself, no wrapper needed: a prop the
// element has is set as a property (`catalog`, an object; `state`, which is
// also the `state` attribute in HTML), any other as an attribute, and
// `onma-filter-change` listens for the `ma-filter-change` event.
import { useState } from 'react';
import 'ma-widgets/program-finder.js';
import type { Catalog } from 'ma-widgets';
import { catalog as data } from '../../shared/catalog.js';

const catalog = data as Catalog;

export function App() {
  const [total, setTotal] = useState<number | null>(null);
  return (
    <main>
      <h1>Programs in Texas</h1>
      <ma-program-finder state="TX" catalog={catalog} onma-filter-change={(e) => setTotal(e.detail.total)} />
      <p>
        Matching programs: <output id="total">{total === null ? 'not changed yet' : String(total)}</output>
      </p>
    </main>
  );
}
