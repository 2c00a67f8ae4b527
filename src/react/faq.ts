/** React wrapper for <ma-faq>; importing it registers the element. */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { MaFaq as Element } from '../components/faq/faq.js';
import { catalogEvents } from './events.js';
import '../components/faq/faq.define.js';

export const MaFaq = createComponent({
  tagName: 'ma-faq',
  elementClass: Element,
  react: React,
  displayName: 'MaFaq',
  events: catalogEvents,
});
