/** Indonesian texts (org). */
export const org = {};
