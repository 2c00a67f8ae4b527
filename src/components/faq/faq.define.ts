import { defineElement } from '../../internal/define.js';
import { MaFaq } from './faq.js';

defineElement('ma-faq', MaFaq);

declare global {
  interface HTMLElementTagNameMap {
    'ma-faq': MaFaq;
  }
}
