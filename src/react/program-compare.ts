/** React wrapper for <ma-program-compare>; importing it registers the element. */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { MaProgramCompare as Element } from '../components/program-compare/program-compare.js';
import type { CompareChangeEvent, CompareRequestEvent, ProgramSelectEvent } from '../events.js';
import { catalogEvents } from './events.js';
import '../components/program-compare/program-compare.define.js';

export const MaProgramCompare = createComponent({
  tagName: 'ma-program-compare',
  elementClass: Element,
  react: React,
  displayName: 'MaProgramCompare',
  events: {
    ...catalogEvents,
    onCompareChange: 'ma-compare-change' as EventName<CompareChangeEvent>,
    onCompareRequest: 'ma-compare-request' as EventName<CompareRequestEvent>,
    onProgramSelect: 'ma-program-select' as EventName<ProgramSelectEvent>,
  },
});
