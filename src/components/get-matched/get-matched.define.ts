/** Registers <ma-get-matched>. */
import { defineElement } from '../../internal/define.js';
import { MaGetMatched } from './get-matched.js';

defineElement('ma-get-matched', MaGetMatched);

declare global {
  interface HTMLElementTagNameMap {
    'ma-get-matched': MaGetMatched;
  }
}
