import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('faq', {
  en: {
    loading: 'Loading questions…',
    empty: 'There are no questions to show.',
  },
  es: {
    loading: 'Cargando preguntas…',
    empty: 'No hay preguntas para mostrar.',
  },
});
