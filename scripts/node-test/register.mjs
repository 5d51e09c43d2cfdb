// `node --import ./scripts/node-test/register.mjs`: installs the '.js' -> '.ts' resolve hook.
import { register } from 'node:module';

register('./ts-resolve.mjs', import.meta.url);
