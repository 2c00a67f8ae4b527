/** React wrapper for <ma-program-finder>; importing it registers the element. */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { MaProgramFinder as Element } from '../components/program-finder/program-finder.js';
import type { FilterChangeEvent, ProgramSelectEvent, CompareChangeEvent } from '../events.js';
import { catalogEvents } from './events.js';
import '../components/program-finder/program-finder.define.js';

export const MaProgramFinder = createComponent({
  tagName: 'ma-program-finder',
  elementClass: Element,
  react: React,
  displayName: 'MaProgramFinder',
  events: {
    ...catalogEvents,
    onFilterChange: 'ma-filter-change' as EventName<FilterChangeEvent>,
    onProgramSelect: 'ma-program-select' as EventName<ProgramSelectEvent>,
    onCompareChange: 'ma-compare-change' as EventName<CompareChangeEvent>,
  },
});
