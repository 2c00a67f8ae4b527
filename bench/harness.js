// In-page helpers for bench/finder.mjs, loaded first by every bench page.
// Times are performance.now() milliseconds of the page.
(() => {
  /** Long animation frames (>= 50 ms), as they are reported. */
  const loaf = (window.__loaf = []);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const end = e.startTime + e.duration;
        loaf.push({
          start: e.startTime,
          duration: e.duration,
          // Where the frame went: script entry points, and style + layout (+ paint) at its end.
          script: e.scripts.reduce((n, s) => n + s.duration, 0),
          layout: e.styleAndLayoutStart ? end - e.styleAndLayoutStart : 0,
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    window.__noLoaf = true;
  }

  /** Long tasks (>= 50 ms) of the main thread. */
  const tasks = (window.__tasks = []);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    window.__noLongtask = true;
  }

  /** Resolves with the time just after the next paint: a task queued from requestAnimationFrame runs once the frame is out. */
  const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));

  /** Resolves with the after-paint time once `check()` holds, re-checked on every DOM change under `node`. */
  const whenPainted = (node, check, timeout = 20000) =>
    new Promise((resolve, reject) => {
      let done = false;
      const timer = setTimeout(() => {
        done = true;
        mo.disconnect();
        reject(new Error(`nothing changed within ${timeout} ms`));
      }, timeout);
      const settle = () => {
        if (done || !check()) return;
        done = true;
        clearTimeout(timer);
        mo.disconnect();
        afterPaint().then(resolve);
      };
      const mo = new MutationObserver(settle);
      mo.observe(node, { subtree: true, childList: true, characterData: true, attributes: true });
      settle();
    });

  /**
   * Arms a measurement of one user input: from the first `click`, `input` or
   * `change` event anywhere in the page (capture phase, so before the
   * widget's own handler) to the paint after `signature()` (the results)
   * differs from what it is now.
   */
  const measureInput = (node, signature) => {
    const before = signature();
    let t0;
    const onInput = () => (t0 ??= performance.now());
    addEventListener('click', onInput, true);
    addEventListener('input', onInput, true);
    addEventListener('change', onInput, true);
    return whenPainted(node, () => t0 !== undefined && signature() !== before).then((t1) => {
      removeEventListener('click', onInput, true);
      removeEventListener('input', onInput, true);
      removeEventListener('change', onInput, true);
      return { start: t0, end: t1, ms: t1 - t0 };
    });
  };

  /** Resolves with the time of the first idle period (no task left to run): the page is interactive. */
  const idle = () => new Promise((r) => requestIdleCallback(() => r(performance.now()), { timeout: 10000 }));

  window.bench = { afterPaint, whenPainted, measureInput, idle };
})();
