// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackPrePost } from '../../../lib/content/pre-post';

// The card beside Post: shown while Post is pointed at or focused, gone a
// moment after, kept while the card itself is pointed at; and once stopped,
// no timer of it redraws (it used to, after its panel was gone).

function setup(cardHovered = () => false) {
  const button = document.createElement('button');
  document.body.append(button);
  const redraw = vi.fn();
  const placer = vi.fn(() => () => ({ left: 0, top: 0, width: 10, maxHeight: 10, compact: false }));
  const card = trackPrePost({ button, placer, cardHovered, redraw });
  return { button, redraw, card };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('trackPrePost', () => {
  it('shows on pointerenter and focus, hides a moment after leaving', () => {
    vi.useFakeTimers();
    const { button, card, redraw } = setup();
    button.dispatchEvent(new Event('pointerenter'));
    expect(card.current()).not.toBeNull();
    expect(redraw).toHaveBeenCalledTimes(1);
    button.dispatchEvent(new Event('pointerleave'));
    vi.advanceTimersByTime(299);
    expect(card.current()).not.toBeNull();
    vi.advanceTimersByTime(1);
    expect(card.current()).toBeNull();
    button.dispatchEvent(new Event('focus'));
    expect(card.current()).not.toBeNull();
  });

  it('stays while the card itself is pointed at, and while Post is entered again', () => {
    vi.useFakeTimers();
    let onCard = true;
    const { button, card } = setup(() => onCard);
    button.dispatchEvent(new Event('pointerenter'));
    button.dispatchEvent(new Event('pointerleave'));
    vi.advanceTimersByTime(1000);
    expect(card.current()).not.toBeNull();
    onCard = false;
    card.hideSoon();
    button.dispatchEvent(new Event('pointerenter'));
    vi.advanceTimersByTime(1000);
    expect(card.current()).not.toBeNull();
  });

  it('after stop, no timer redraws and Post no longer shows it', () => {
    vi.useFakeTimers();
    const { button, card, redraw } = setup();
    button.dispatchEvent(new Event('pointerenter'));
    button.dispatchEvent(new Event('pointerleave'));
    redraw.mockClear();
    card.stop();
    vi.advanceTimersByTime(1000);
    expect(redraw).not.toHaveBeenCalled();
    button.dispatchEvent(new Event('pointerenter'));
    expect(card.current()).toBeNull();
    expect(redraw).not.toHaveBeenCalled();
  });

  it('without a Post button it never shows', () => {
    const redraw = vi.fn();
    const card = trackPrePost({ button: null, placer: vi.fn(), cardHovered: () => false, redraw });
    expect(card.current()).toBeNull();
    card.stop();
  });
});
