/** Indonesian texts (tools). */
export const tools = {};
