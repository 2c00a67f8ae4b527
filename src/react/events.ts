/**
 * The React props for the events every widget sends (from its catalog), shared
 * by the wrappers. `EventName<E>` types the handler's event argument.
 */
import type { EventName } from '@lit/react';
import type { CatalogErrorEvent, CatalogLoadEvent } from '../events.js';

export const catalogEvents = {
  onCatalogLoad: 'ma-catalog-load' as EventName<CatalogLoadEvent>,
  onCatalogError: 'ma-catalog-error' as EventName<CatalogErrorEvent>,
};
