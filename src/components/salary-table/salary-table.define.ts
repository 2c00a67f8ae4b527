import { defineElement } from '../../internal/define.js';
import { MaSalaryTable } from './salary-table.js';

defineElement('ma-salary-table', MaSalaryTable);

declare global {
  interface HTMLElementTagNameMap {
    'ma-salary-table': MaSalaryTable;
  }
}
