import { z } from 'zod';

/**
 * The app's CSP forbids eval, and zod compiles a fast path with `new Function` unless told not to.
 * Schemas decide at creation, so this module must be imported before any schema is built: first
 * import of the preload and of the renderer.
 */
z.config({ jitless: true });
