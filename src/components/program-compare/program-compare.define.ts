/** Registers <ma-program-compare>. */
import { defineElement } from '../../internal/define.js';
import { MaProgramCompare } from './program-compare.js';

defineElement('ma-program-compare', MaProgramCompare);

declare global {
  interface HTMLElementTagNameMap {
    'ma-program-compare': MaProgramCompare;
  }
}
