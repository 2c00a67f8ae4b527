/**
 * The pause between slices of long work (catalog validation, the search
 * index): lets the page handle input, and lets a frame out at least every
 * ~40 ms. Chromium runs yielded work ahead of rendering for up to ~100 ms,
 * so short tasks alone still make long animation frames.
 */
const FRAME_EVERY = 40;
let lastFrame = 0;

export function yieldToPage(): Promise<void> {
  const g = globalThis as { scheduler?: { yield?: () => Promise<void> }; requestAnimationFrame?: (cb: () => void) => number; document?: { visibilityState?: string } };
  const now = performance.now();
  if (g.requestAnimationFrame && g.document?.visibilityState === 'visible' && now - lastFrame > FRAME_EVERY) {
    lastFrame = now;
    // After the next frame; a timer in case no frame comes (a page hidden meanwhile).
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, 50);
      g.requestAnimationFrame!(() => {
        clearTimeout(timer);
        setTimeout(resolve, 0);
      });
    });
  }
  return g.scheduler?.yield ? g.scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Programs checked per slice, and the size above which a catalog object is
 * checked in slices at all: about 3 ms of work on a laptop, 15-40 ms on a
 * busy 2-core machine, so that no task of the check comes near 50 ms.
 */
export const SLICE = 250;
