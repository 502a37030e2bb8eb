// @ts-check
/**
 * The portal's own configuration, with Astro's cache (the content data store) in BENCH_CACHE_DIR: the
 * benchmark gives every measured build an empty cache, and leaves the cache of other builds alone.
 */
import config from '../astro.config.mjs';

export default { ...config, ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}) };
