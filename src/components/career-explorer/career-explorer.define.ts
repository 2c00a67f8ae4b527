import { defineElement } from '../../internal/define.js';
import { MaCareerExplorer } from './career-explorer.js';

defineElement('ma-career-explorer', MaCareerExplorer);

declare global {
  interface HTMLElementTagNameMap {
    'ma-career-explorer': MaCareerExplorer;
  }
}
