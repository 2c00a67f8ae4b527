/** React wrapper for <ma-career-explorer>; importing it registers the element. */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { MaCareerExplorer as Element } from '../components/career-explorer/career-explorer.js';
import type { PathSelectEvent } from '../events.js';
import { catalogEvents } from './events.js';
import '../components/career-explorer/career-explorer.define.js';

export const MaCareerExplorer = createComponent({
  tagName: 'ma-career-explorer',
  elementClass: Element,
  react: React,
  displayName: 'MaCareerExplorer',
  events: {
    ...catalogEvents,
    onPathSelect: 'ma-path-select' as EventName<PathSelectEvent>,
  },
});
