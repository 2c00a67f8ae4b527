/** React wrapper for <ma-salary-table>; importing it registers the element. */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { MaSalaryTable as Element } from '../components/salary-table/salary-table.js';
import type { SortChangeEvent } from '../events.js';
import { catalogEvents } from './events.js';
import '../components/salary-table/salary-table.define.js';

export const MaSalaryTable = createComponent({
  tagName: 'ma-salary-table',
  elementClass: Element,
  react: React,
  displayName: 'MaSalaryTable',
  events: {
    ...catalogEvents,
    onSortChange: 'ma-sort-change' as EventName<SortChangeEvent>,
  },
});
