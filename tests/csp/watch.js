// Loaded first (an external classic script: the page allows no inline script). Records every CSP
// violation, uncaught error and unhandled rejection for scripts/check/strict-csp.mjs to read.
window.__problems = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__problems.push(
    `CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
  );
});
window.addEventListener('error', (e) => window.__problems.push(`error: ${e.message} at ${e.filename}:${e.lineno}`));
window.addEventListener('unhandledrejection', (e) => window.__problems.push(`unhandled rejection: ${e.reason}`));
