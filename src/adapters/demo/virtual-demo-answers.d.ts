// The module build/demo-answers.ts makes: which of the demo's answers are static files.
declare module 'virtual:demo-answers' {
  /** Their folder, under the page's base URL. */
  export const DEMO_ANSWERS_DIR: string;
  /** The symbols whose whole history of prices and of sentiment has a file. */
  export const PREBUILT_SYMBOLS: readonly string[];
}
