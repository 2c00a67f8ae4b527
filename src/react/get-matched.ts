/** React wrapper for <ma-get-matched>; importing it registers the element. */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { MaGetMatched as Element } from '../components/get-matched/get-matched.js';
import type { MatchCompleteEvent, MatchResultsEvent, ProgramSelectEvent } from '../events.js';
import { catalogEvents } from './events.js';
import '../components/get-matched/get-matched.define.js';

export const MaGetMatched = createComponent({
  tagName: 'ma-get-matched',
  elementClass: Element,
  react: React,
  displayName: 'MaGetMatched',
  events: {
    ...catalogEvents,
    onMatchComplete: 'ma-match-complete' as EventName<MatchCompleteEvent>,
    onMatchResults: 'ma-match-results' as EventName<MatchResultsEvent>,
    onProgramSelect: 'ma-program-select' as EventName<ProgramSelectEvent>,
  },
});
