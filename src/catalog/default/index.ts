/**
 * The built-in sample catalog, kept in its own module so that bundlers split
 * it into a chunk that is only downloaded by widgets that have neither a
 * `catalog` property nor a `src` attribute.
 */
import data from '../../../data/default-catalog.json';

export default data as unknown;
