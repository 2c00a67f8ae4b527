import { defineMessages } from '../../i18n/messages.js';

export const messages = defineMessages('outlook', {
  en: {
    loading: 'Loading the job outlook…',
    heading: (title: string) => `Job outlook: ${title}`,
    empty: (title: string) => `This catalog has no outlook figures for ${title}.`,
    jobs: (year: string) => (year ? `Jobs in ${year}` : 'Jobs'),
    growth: (period: string) => `Projected growth, ${period}`,
    change: (n: string) => `${n} jobs`,
    openings: (period: string) => `Openings a year, ${period} (average)`,
    pay: 'Median pay',
    projected: 'Jobs, growth and openings',
    per: (period: string): string => (period === 'hourly' ? 'an hour' : 'a year'),
    where: 'Where the jobs are',
    share: (pct: string, title: string, label: string) => `${pct} of ${title} work in ${label}.`,
    noYear: 'year not stated',
  },
  es: {
    loading: 'Cargando las perspectivas laborales…',
    heading: (title: string) => `Perspectivas laborales: ${title}`,
    empty: (title: string) => `Este catálogo no tiene cifras de perspectivas para ${title}.`,
    jobs: (year: string) => (year ? `Empleos en ${year}` : 'Empleos'),
    growth: (period: string) => `Crecimiento previsto, ${period}`,
    change: (n: string) => `${n} empleos`,
    openings: (period: string) => `Vacantes al año, ${period} (promedio)`,
    pay: 'Salario mediano',
    projected: 'Empleos, crecimiento y vacantes',
    per: (period: string) => (period === 'hourly' ? 'por hora' : 'al año'),
    where: 'Dónde están los empleos',
    share: (pct: string, title: string, label: string) => `El ${pct} de los ${title} trabaja en ${label}.`,
    noYear: 'año no indicado',
  },
});
