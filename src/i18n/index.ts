export * from './lang.js';
export * from './format.js';
export * from './messages.js';
