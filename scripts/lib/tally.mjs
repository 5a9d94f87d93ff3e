// The pass/fail tally of the Node check scripts: each check is counted, printed when it fails (every
// one with `always`, or with CHECK_VERBOSE=1), and `finish()` prints `<label>: N passed, N failed` as
// the last line (what .ci/run adds up) and exits 1 on any failure.

/** A tally for one check script; `show` writes a failed check's detail after its name. */
export function tally(label, { show = (detail) => `: ${detail}`, always = false } = {}) {
  let passed = 0;
  let failed = 0;
  return {
    check(name, ok, detail = '') {
      if (ok) passed++;
      else failed++;
      if (!ok || always || process.env.CHECK_VERBOSE)
        console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? show(detail) : ''}`);
    },
    finish() {
      console.log(`${label}: ${passed} passed, ${failed} failed`);
      process.exit(failed ? 1 : 0);
    },
  };
}
