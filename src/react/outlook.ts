/** React wrapper for <ma-outlook>; importing it registers the element. */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { MaOutlook as Element } from '../components/outlook/outlook.js';
import { catalogEvents } from './events.js';
import '../components/outlook/outlook.define.js';

export const MaOutlook = createComponent({
  tagName: 'ma-outlook',
  elementClass: Element,
  react: React,
  displayName: 'MaOutlook',
  events: catalogEvents,
});
