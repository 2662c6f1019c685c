import type { Plugin } from 'vite';

/**
 * The built page's Content-Security-Policy. No inline scripts or styles and no eval; models may come
 * from any http(s) address (`?model=`), hence the open connect-src. `frame-ancestors` is not here:
 * browsers ignore it in a <meta> (and log an error), so deployments send it as a header (README).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' https: http:",
  // Large models are checked in a worker built with the app (src/data/model-worker.ts).
  "worker-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// Script types that are data, not code; CSP does not apply to them and neither do we.
const DATA_SCRIPT = /\btype\s*=\s*["']?application\/(?:ld\+)?json\b/i;

/**
 * What in an HTML page the policy would block: inline scripts and event handlers, <style> elements,
 * style attributes and javascript: URLs. A regular-expression scan, which is enough for the one page
 * we write ourselves and Vite's output; it errs on the side of reporting.
 */
export function findInlineCode(html: string): string[] {
  const problems: string[] = [];
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '');
  for (const match of withoutComments.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = match[1] ?? '';
    if (DATA_SCRIPT.test(attrs)) continue;
    if (!/\ssrc\s*=/i.test(` ${attrs}`)) problems.push('an inline <script> element');
    else if ((match[2] ?? '').trim() !== '') problems.push('a <script src> element with inline code');
  }
  if (/<style\b/i.test(withoutComments)) problems.push('a <style> element');
  for (const match of withoutComments.matchAll(/<[a-z][^>]*>/gi)) {
    const tag = match[0];
    if (/\sstyle\s*=/i.test(tag)) problems.push(`a style attribute in ${tag}`);
    const handler = /\s(on[a-z]+)\s*=/i.exec(tag);
    if (handler) problems.push(`an ${handler[1]} handler in ${tag}`);
    if (/=\s*["']?\s*javascript:/i.test(tag)) problems.push(`a javascript: URL in ${tag}`);
  }
  return problems;
}

/** The <meta> tag that carries `policy`, escaped for its double-quoted attribute. */
export function cspMetaTag(policy: string = CONTENT_SECURITY_POLICY): string {
  const content = policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<meta http-equiv="Content-Security-Policy" content="${content}" />`;
}

/** Puts the meta tag first in <head> (after <meta charset>): a policy only covers what comes after it. */
export function injectCspMeta(html: string, policy: string = CONTENT_SECURITY_POLICY): string {
  if (/http-equiv\s*=\s*["']?content-security-policy/i.test(html)) {
    throw new Error('index.html already has a Content-Security-Policy meta tag; let vite-csp-plugin write the only one.');
  }
  const tag = cspMetaTag(policy);
  const charset = /<meta\s+charset\s*=[^>]*>/i.exec(html);
  if (charset) return html.replace(charset[0], `${charset[0]}\n    ${tag}`);
  const head = /<head\b[^>]*>/i.exec(html);
  if (!head) throw new Error('index.html has no <head> to put the Content-Security-Policy in.');
  return html.replace(head[0], `${head[0]}\n    ${tag}`);
}

export interface VitePluginCspOptions {
  /** The policy to ship; CONTENT_SECURITY_POLICY by default. */
  policy?: string;
}

/**
 * Vite plugin (build only): writes the CSP into the built index.html, and fails the build if the page
 * has anything the policy would block, so a regression shows up as a red build, not a blank page.
 * Runs after Vite's own HTML transforms (order 'post'), when the page is final.
 */
export function viteCspPlugin({ policy = CONTENT_SECURITY_POLICY }: VitePluginCspOptions = {}): Plugin {
  return {
    name: 'parley:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const problems = findInlineCode(html);
        if (problems.length > 0) {
          throw new Error(`The built page would break under its Content-Security-Policy: ${problems.join('; ')}.`);
        }
        return injectCspMeta(html, policy);
      },
    },
  };
}
