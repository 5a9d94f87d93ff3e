/** Why an element was not rendered on the server: it stays as it was, for the browser to render. */
export class RenderError extends Error {
  /**
   * @param {string} tag
   * @param {string} message
   */
  constructor(tag, message) {
    super(`<${tag}>: ${message}`);
    this.name = 'RenderError';
  }
}
