/** English texts (tools). */

import type { Shape } from '../id/index.ts';
import type { tools as source } from '../id/tools.ts';

export const tools: Shape<typeof source> = {};
