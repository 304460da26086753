// Runs `run` once things have been quiet for `ms`: the debounce of the
// keystroke paths. The usual clearTimeout + setTimeout on every key costs two
// timer calls per keystroke; here a key costs one clock read, and the one
// timer, when it falls due early, waits out the rest of the pause.

export interface Pause {
  /** Something happened: start (or extend) the pause. */
  poke: () => void;
  cancel: () => void;
}

export function afterPause(ms: number, run: () => void, now: () => number = () => performance.now()): Pause {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = 0;
  const due = () => {
    const left = last + ms - now();
    if (left > 1) {
      timer = setTimeout(due, left);
      return;
    }
    timer = undefined;
    run();
  };
  return {
    poke() {
      last = now();
      timer ??= setTimeout(due, ms);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
