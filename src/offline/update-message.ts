/** The message a page posts to a waiting worker when the reader clicks Reload (the worker receives it in its manifest). */
export const UPDATE_MESSAGE = 'culture-first:use-new-version';
