/** English texts (org). */

import type { Shape } from '../id/index.ts';
import type { org as source } from '../id/org.ts';

export const org: Shape<typeof source> = {};
