// Sizes the desktop boundary accepts, in a module with no schema code so the page can read them cheaply.

/** Largest file the renderer may hand to the desktop side in one call (characters of UTF-16 text). */
export const maxFileChars = 64 * 1024 * 1024;
