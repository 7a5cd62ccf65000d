/**
 * The Content-Security-Policy every package page carries (a `<meta http-equiv>` in templates/player.hbs).
 * Only the package's own files load: its script (player.js), its stylesheet and media. No inline script runs
 * (the player data is a JSON `<script type="application/json">`, which is never executed), no inline style
 * attribute applies (the player styles through CSSOM), no plugin, no form is sent, and no `<base>` moves links:
 * a rendering mistake cannot become running code.
 * A meta policy cannot set `frame-ancestors` (LMSs frame packages anyway).
 */
import type { FormatId } from '../contract/player-data.ts';

/** Where the player may send requests. xAPI and cmi5 talk to the LRS the launch URL names, at run time: any web origin. */
const connect: { [F in FormatId]: string } = {
  scorm12: "'none'",
  scorm2004: "'none'",
  web: "'none'",
  xapi: "'self' https: http:",
  cmi5: "'self' https: http:",
};

export function contentSecurityPolicy(format: FormatId): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "media-src 'self'",
    "font-src 'self'",
    `connect-src ${connect[format]}`,
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join('; ');
}
