/**
 * Marks text still to be written in a lesson made by `npm run new:lesson`: a draft may hold it, a
 * published lesson may not (rule placeholder-text).
 */
export const PLACEHOLDER = 'TODO:';
