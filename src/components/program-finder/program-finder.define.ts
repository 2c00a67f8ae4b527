/** Registers <ma-program-finder>. */
import { defineElement } from '../../internal/define.js';
import { MaProgramFinder } from './program-finder.js';

defineElement('ma-program-finder', MaProgramFinder);

declare global {
  interface HTMLElementTagNameMap {
    'ma-program-finder': MaProgramFinder;
  }
}
