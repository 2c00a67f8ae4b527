import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('steps', {
  en: {
    loading: 'Loading the steps…',
    empty: 'There are no steps to show.',
    step: (n: number) => `Step ${n}`,
    /** The HowTo's name in the structured data. */
    howTo: 'How to become a medical assistant',
  },
  es: {
    loading: 'Cargando los pasos…',
    empty: 'No hay pasos para mostrar.',
    step: (n: number) => `Paso ${n}`,
    howTo: 'Cómo llegar a ser asistente médico',
  },
});
