/**
 * The Content-Security-Policy every package page carries (a `<meta http-equiv>` in templates/player.hbs).
 * Only the package's own files load: its script (player.js), its stylesheet and media. No inline script runs
 * (the player data is a JSON `<script type="application/json">`, which is never executed), no inline style
 * attribute applies (the player styles through CSSOM), no plugin, no form is sent, and no `<base>` moves links:
 * a rendering mistake cannot become running code.
 * A meta policy cannot set `frame-ancestors` (LMSs frame packages anyway).
 * `connectSrc` (where the player may send requests) comes from the format adapter.
 */
export function contentSecurityPolicy(connectSrc: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "media-src 'self'",
    "font-src 'self'",
    `connect-src ${connectSrc}`,
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join('; ');
}
