/** `node --import tsx --import <this file>`: log the SDK clients the process resolves (hooks.ts). */
import { register } from 'node:module';

register('./hooks.ts', import.meta.url);
