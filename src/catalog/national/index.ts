/**
 * The national catalog (every medical assisting program in IPEDS 2023-24,
 * made by `ma-catalog import ipeds`; see scripts/build-national.mjs), in its
 * own module so that bundlers split it into a chunk that is only downloaded
 * by a widget with `catalog-name="national"`.
 */
import data from '../../../data/national-catalog.json';

export default data as unknown;
