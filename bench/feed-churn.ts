// A feed that keeps changing by itself, injected into a replica page by the
// busy-feed bench (bench/feed.ts) with page.evaluate: new posts appended (the
// oldest dropped, as the real sites' virtualised timelines do), like and
// reply counts rewritten several times a second, timestamps rewritten every
// second, and images that load late (lazy, from generated data: URLs, with no
// size given, so the page reflows when they arrive). DOM APIs only, and
// self-contained: Playwright sends the function's source to the page, so it
// may use nothing from outside its own body.
//
// Nobody types and nobody scrolls: whatever the extension does meanwhile is
// what it costs everyone with Chorus installed who just reads the feed.

export type FeedSite = 'linkedin' | 'x';

/** Starts the churn; `window.__feedChurn.stop()` ends it. Runs in the page. */
export function startFeedChurn(site: FeedSite): void {
  const w = window as unknown as { __feedChurn?: { stop: () => void; appended: number } };
  w.__feedChurn?.stop();
  // LinkedIn: the finite-scroll list of updates; X: the timeline's cell list.
  const list =
    site === 'linkedin'
      ? document.querySelector<HTMLElement>('.scaffold-finite-scroll__content')
      : document.querySelector<HTMLElement>('[aria-label="Timeline: Your Home Timeline"]');
  if (!list) throw new Error(`feed churn: no feed list on the ${site} replica`);
  // A post to copy, without anything that holds an editor (LinkedIn's open comment box).
  const template = list.lastElementChild?.cloneNode(true) as HTMLElement | undefined;
  if (!template) throw new Error('feed churn: the feed has no post to copy');
  for (const el of template.querySelectorAll('.comments-comment-box, [contenteditable]')) el.remove();
  template.querySelector('[data-replica-comments]')?.setAttribute('data-replica-comments', 'closed');

  const MAX_POSTS = 40;
  const canvas = document.createElement('canvas');
  const picture = (n: number) => {
    canvas.width = 120 + (n % 5) * 40;
    canvas.height = 60 + (n % 3) * 30;
    const g = canvas.getContext('2d');
    if (g) {
      g.fillStyle = `hsl(${(n * 47) % 360} 60% 55%)`;
      g.fillRect(0, 0, canvas.width, canvas.height);
      g.fillStyle = '#fff';
      g.font = '20px sans-serif';
      g.fillText(`#${n}`, 10, 30);
    }
    return canvas.toDataURL('image/png');
  };

  let appended = 0;
  const append = () => {
    appended++;
    const post = template.cloneNode(true) as HTMLElement;
    const text = post.querySelector('[data-testid="tweetText"], .update-components-text span[dir="ltr"]');
    if (text) text.textContent = `Post number ${appended} from the busy-feed bench, with a few more words so it wraps on two lines like a real one does.`;
    const img = document.createElement('img');
    img.loading = 'lazy';
    img.alt = '';
    img.style.display = 'block';
    img.style.maxWidth = '100%';
    post.append(img);
    // The picture arrives later than its post, as a lazy image does.
    const n = appended;
    setTimeout(() => {
      img.src = picture(n);
    }, 300);
    list.append(post);
    while (list.childElementCount > MAX_POSTS) list.firstElementChild?.remove();
    if (w.__feedChurn) w.__feedChurn.appended = appended;
  };

  let tick = 0;
  const rewriteCounts = () => {
    tick++;
    // X: the numbers beside reply/repost/like and their aria-labels; LinkedIn: reactions and comments.
    const counts = list.querySelectorAll<HTMLElement>('[data-testid="like"] span, [data-testid="retweet"] span, .social-details-social-counts__comments');
    counts.forEach((el, i) => {
      el.textContent = site === 'x' ? String(100 + ((tick + i) % 900)) : `${10 + ((tick + i) % 90)} comments`;
    });
    for (const group of list.querySelectorAll<HTMLElement>('[role="group"]')) group.setAttribute('aria-label', `${tick} replies, ${tick * 2} reposts, ${tick * 3} likes`);
  };
  const rewriteTimes = () => {
    const stamps = list.querySelectorAll<HTMLElement>('time, .update-components-actor__sub-description');
    stamps.forEach((el, i) => {
      el.textContent = `${(tick + i) % 59}m`;
    });
  };

  const timers = [setInterval(append, 500), setInterval(rewriteCounts, 200), setInterval(rewriteTimes, 1000)];
  w.__feedChurn = {
    appended: 0,
    stop() {
      for (const timer of timers) clearInterval(timer);
    },
  };
}

/** Ends the churn started by startFeedChurn. Runs in the page. */
export function stopFeedChurn(): number {
  const w = window as unknown as { __feedChurn?: { stop: () => void; appended: number } };
  w.__feedChurn?.stop();
  return w.__feedChurn?.appended ?? 0;
}
