/** The trends' module: series, chart geometry and template, loaded once the answers are shown in full. */
export type TrendsModule = typeof import('./templates/trends-section.js');

/** Where the trends' module comes from. A module object, so a test can make the load fail. */
export const trendsSource = { load: (): Promise<TrendsModule> => import('./templates/trends-section.js') };
