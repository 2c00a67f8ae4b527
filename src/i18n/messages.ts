/**
 * Typed message tables. Each module that shows text declares one table per
 * locale with `defineMessages`; the Spanish table must have exactly the
 * English table's keys (the compiler checks it, and a test checks every
 * registered table at run time). A message is a string or a function of
 * its values, so plural and word order stay in the translator's hands.
 */
import type { Locale } from './lang.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...args: any[]) => string);
export type MessageTable = Record<string, Message>;
/** The English table's shape with its literal strings widened, which every other locale must match. */
export type Widen<T extends MessageTable> = { [K in keyof T]: T[K] extends string ? string : T[K] };
export type Translations<T extends MessageTable> = { [L in Locale]: Widen<T> };

const registry = new Map<string, Translations<MessageTable>>();

/** Registers a module's tables under `name` and returns a lookup by locale. */
export function defineMessages<T extends MessageTable>(name: string, tables: { en: T } & { [L in Exclude<Locale, 'en'>]: NoInfer<Widen<T>> }): (locale: Locale) => Widen<T> {
  registry.set(name, tables as Translations<MessageTable>);
  return (locale) => (tables[locale] ?? tables.en) as Widen<T>;
}

/** Every table registered so far (for the tests that compare locales). */
export function registeredMessages(): ReadonlyMap<string, Translations<MessageTable>> {
  return registry;
}

/** Messages every widget shares: states, "not reported", sources. */
export const coreMessages = defineMessages('core', {
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    notReported: 'Not reported',
    sampleData: 'Sample data for demonstration',
    source: (name: string, vintage: string) => `Source: ${name}, ${vintage}`,
    errorTitle: 'This content could not be loaded.',
    error: (kind: string) =>
      ({
        network: 'The program data could not be reached. Check your connection and try again.',
        timeout: 'The program data took too long to arrive. Please try again.',
        http: 'The program data is not available right now.',
        'not-json': 'The program data is damaged and cannot be read.',
        schema: 'The program data has errors, so it is not shown.',
        'unsupported-version': 'The program data was made for a newer version of this widget.',
      })[kind] ?? 'Something went wrong.',
  },
  es: {
    loading: 'Cargando…',
    retry: 'Intentar de nuevo',
    notReported: 'Sin datos',
    sampleData: 'Datos de ejemplo para demostración',
    source: (name: string, vintage: string) => `Fuente: ${name}, ${vintage}`,
    errorTitle: 'No se pudo cargar este contenido.',
    error: (kind: string) =>
      ({
        network: 'No se pudo acceder a los datos de los programas. Revise su conexión e inténtelo de nuevo.',
        timeout: 'Los datos de los programas tardaron demasiado. Inténtelo de nuevo.',
        http: 'Los datos de los programas no están disponibles en este momento.',
        'not-json': 'Los datos de los programas están dañados y no se pueden leer.',
        schema: 'Los datos de los programas tienen errores, por eso no se muestran.',
        'unsupported-version': 'Los datos de los programas son para una versión más nueva de este widget.',
      })[kind] ?? 'Algo salió mal.',
  },
});
