// Plain HTML needs no framework plugin: Vite bundles main.js and the widget it imports.
import { defineConfig } from 'vite';

export default defineConfig({ root: import.meta.dirname, base: './', logLevel: 'warn' });
