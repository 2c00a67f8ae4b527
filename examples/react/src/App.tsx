// React 19 renders custom elements itself: `state` is an attribute, `catalog`
// is set as a property (the element has one), and `onma-filter-change`
// listens for the `ma-filter-change` event. No wrapper needed.
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
