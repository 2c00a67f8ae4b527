import { defineElement } from '../../internal/define.js';
import { MaSteps } from './steps.js';

defineElement('ma-steps', MaSteps);

declare global {
  interface HTMLElementTagNameMap {
    'ma-steps': MaSteps;
  }
}
