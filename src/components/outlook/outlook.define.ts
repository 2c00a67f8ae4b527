import { defineElement } from '../../internal/define.js';
import { MaOutlook } from './outlook.js';

defineElement('ma-outlook', MaOutlook);

declare global {
  interface HTMLElementTagNameMap {
    'ma-outlook': MaOutlook;
  }
}
