/** What a program card says (finder results, and the quiz's results later), in English and Spanish. */
import { defineMessages } from '../../i18n/messages.js';

const en = {
  delivery: 'How classes are taught',
  credential: 'Credential',
  length: 'Length',
  tuition: 'Tuition',
  control: 'School type',
  graduates: 'Graduates',
  awardLevel: 'the range its award level defines, not stated by the school',
  away: (miles: string) => `${miles} mi away`,
  onlineAnywhere: 'Online: no campus visits needed',
  onlineStates: (states: string) => `Online: takes students from ${states}`,
  accredited: (body: string) => `${body} accredited`,
  initial: (body: string) => `${body} (initial accreditation)`,
  probation: (body: string) => `${body} (on probation)`,
  eligible: (exam: string) => `${exam} eligible`,
  unclear: (exam: string) => `${exam}: not enough data`,
  compare: 'Compare',
  noPage: 'Program page: not reported',
  sources: (list: string) => `Sources: ${list}`,
  source: (text: string) => `Source: ${text}`,
};

export const cardMessages = defineMessages('program-card', {
  en,
  es: {
    delivery: 'Modalidad de las clases',
    credential: 'Título',
    length: 'Duración',
    tuition: 'Matrícula',
    control: 'Tipo de escuela',
    graduates: 'Graduados',
    awardLevel: 'el rango que define su nivel de título, no lo indica la escuela',
    away: (miles: string) => `a ${miles} mi`,
    onlineAnywhere: 'En línea: no hace falta ir al campus',
    onlineStates: (states: string) => `En línea: acepta estudiantes de ${states}`,
    accredited: (body: string) => `Acreditado por ${body}`,
    initial: (body: string) => `${body} (acreditación inicial)`,
    probation: (body: string) => `${body} (en período de prueba)`,
    eligible: (exam: string) => `Apto para ${exam}`,
    unclear: (exam: string) => `${exam}: faltan datos`,
    compare: 'Comparar',
    noPage: 'Página del programa: sin datos',
    sources: (list: string) => `Fuentes: ${list}`,
    source: (text: string) => `Fuente: ${text}`,
  },
});
