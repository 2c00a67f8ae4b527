import { expect } from '@open-wc/testing';
import { barGeometry, isHighlighted, pickTable, sortRows, tableMax } from '../../src/careers/salary.js';
import { careers } from '../fixtures/careers/catalog.js';

const pct = careers.salaryTables![1];
const labels = (rows: typeof pct.rows) => rows.map((r) => (typeof r.label === 'string' ? r.label : r.label.en));

describe('careers/salary', () => {
  it('picks a table by id, the first without one, none for an unknown id', () => {
    expect(pickTable(careers.salaryTables)?.id).to.equal('stages');
    expect(pickTable(careers.salaryTables, 'pct')?.id).to.equal('pct');
    expect(pickTable(careers.salaryTables, 'nope')).to.equal(undefined);
    expect(pickTable(undefined)).to.equal(undefined);
  });

  it('sorts by a column both ways with unreported values last either way', () => {
    expect(labels(sortRows(pct.rows, { column: 'median', direction: 'ascending' }, 'en'))).to.deep.equal([
      'Home health aides',
      'Medical assistants',
      'Registered nurses',
      'Clinical medical assistants',
    ]);
    expect(labels(sortRows(pct.rows, { column: 'median', direction: 'descending' }, 'en'))).to.deep.equal([
      'Registered nurses',
      'Medical assistants',
      'Home health aides',
      'Clinical medical assistants',
    ]);
    expect(labels(sortRows(pct.rows, undefined, 'en'))).to.deep.equal(labels(pct.rows));
  });

  it('sorts labels in the reader’s language and alphabet', () => {
    const es = sortRows(pct.rows, { column: 'label', direction: 'ascending' }, 'es').map((r) => (r.label as Record<string, string>).es);
    expect(es).to.deep.equal(['Asistentes médicos', 'Asistentes médicos clínicos', 'Auxiliares de salud en el hogar', 'Enfermeros registrados']);
    expect(labels(sortRows(pct.rows, { column: 'label', direction: 'descending' }, 'en'))[0]).to.equal('Registered nurses');
  });

  it('highlights by occupation id or by label in any language, ignoring case', () => {
    const [ma, rn] = pct.rows;
    expect(isHighlighted(ma, 'ma')).to.equal(true);
    expect(isHighlighted(ma, ' medical ASSISTANTS ')).to.equal(true);
    expect(isHighlighted(ma, 'Asistentes médicos')).to.equal(true);
    expect(isHighlighted(rn, 'ma')).to.equal(false);
    expect(isHighlighted(ma, '')).to.equal(false);
  });

  it('draws each row’s bar on one scale for the whole table, from its lowest to its highest value', () => {
    expect(tableMax(pct)).to.equal(97550);
    expect(barGeometry([50, null, 100, undefined], 100, 120)).to.deep.equal({ x1: 60, x2: 120, dots: [60, 120] });
    expect(barGeometry([null, undefined], 100, 120)).to.equal(undefined);
    expect(barGeometry([0], 0, 120)).to.deep.equal({ x1: 0, x2: 0, dots: [0] });
  });
});
