/** React wrapper for <ma-steps>; importing it registers the element. */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { MaSteps as Element } from '../components/steps/steps.js';
import { catalogEvents } from './events.js';
import '../components/steps/steps.define.js';

export const MaSteps = createComponent({
  tagName: 'ma-steps',
  elementClass: Element,
  react: React,
  displayName: 'MaSteps',
  events: catalogEvents,
});
