import { createHash } from 'node:crypto';

/** Finds the inline `<script>` bodies of a page, so a Content-Security-Policy can allow exactly them. */
export function findInlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/.test(attributes) || /type\s*=\s*["']?application\/(ld\+)?json/i.test(attributes)) continue;
    if (match[2]!.trim()) scripts.push(match[2]!);
  }
  return scripts;
}

/** The CSP source expression for one inline script. */
export function hashScript(body: string): string {
  return `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
}

/**
 * The `_headers` file for Netlify and Cloudflare Pages: security headers on every page (a CSP that
 * allows only this origin, the given inline-script hashes and Pagefind's WebAssembly), and
 * long-lived caching for fingerprinted assets.
 */
export function buildHeadersFile(base: string, scriptHashes: Iterable<string>): string {
  const hashes = [...new Set(scriptHashes)].sort();
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${hashes.length ? ` ${hashes.join(' ')}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return [
    '/*',
    `  Content-Security-Policy: ${csp}`,
    '  X-Content-Type-Options: nosniff',
    '  X-Frame-Options: DENY',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    '',
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    `${base}pagefind/*`,
    '  Cache-Control: public, max-age=3600, must-revalidate',
    '',
  ].join('\n');
}
