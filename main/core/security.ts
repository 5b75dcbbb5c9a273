/**
 * One Content-Security-Policy for the Electron window and the preview host:
 * scripts and styles only from the app itself, no inline code, no eval, no
 * framing, no connections anywhere but the app's own origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
