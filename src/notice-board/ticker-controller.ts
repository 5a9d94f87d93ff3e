import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the ticker reads from its element. */
export interface TickerOptions {
  /** True when the page asked for a ticker (the `scroll` attribute) and there is a list to move. */
  enabled(): boolean;
  /** Pixels per second. */
  speed(): number;
  /** The fixed-height box the list moves in. */
  box(): HTMLElement | null | undefined;
  /** The element that moves: the list, then its duplicate copy. It must be positioned (offsetParent of both). */
  track(): HTMLElement | null | undefined;
  /** The list, whose height decides whether the ticker moves. */
  list(): HTMLElement | null | undefined;
  /** The duplicate copy that follows the list for a seamless loop (rendered while `active`). */
  copy(): HTMLElement | null | undefined;
}

/** The default speed when `scroll-speed` is missing or not a positive number. */
export const DEFAULT_SPEED = 30;

/**
 * A seamless vertical ticker with the Web Animations API: the track (list + duplicate copy) moves
 * up by one list height per loop, at `speed` px/s. It moves only while the list is taller than its
 * box and the visitor does not prefer reduced motion; it pauses while hovered, while focus is
 * inside, and when the visitor presses pause. Everything it starts (the animation, a
 * ResizeObserver, a media-query listener) stops when its element leaves the page.
 */
export class TickerController implements ReactiveController {
  /** The list is taller than its box. */
  overflowing = false;
  /** The visitor prefers reduced motion: the list stays still (its box scrolls by hand instead). */
  reducedMotion = false;
  /** Paused with the pause button; stays paused until "Tiếp tục". */
  userPaused = false;

  private hovered = false;
  private focused = false;
  private animation: Animation | undefined;
  private period = 0;
  private duration = 0;
  private resize: ResizeObserver | undefined;
  private observed: Element[] = [];
  private media: MediaQueryList | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: TickerOptions,
  ) {
    host.addController(this);
  }

  /** The ticker moves (unless paused): the host renders the duplicate copy and the pause button. */
  get active(): boolean {
    return this.options.enabled() && this.overflowing && !this.reducedMotion;
  }

  /** Moving right now: active and not paused by hover, focus or the button. */
  get running(): boolean {
    return this.active && !this.userPaused && !this.hovered && !this.focused;
  }

  hostConnected(): void {
    this.media = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.reducedMotion = this.media.matches;
    this.media.addEventListener('change', this.onMedia);
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onMedia);
    this.media = undefined;
    this.unobserve();
    this.stop();
    this.hovered = false;
    this.focused = false;
  }

  hostUpdated(): void {
    this.sync();
  }

  /** The pause / play button. */
  togglePause(): void {
    this.userPaused = !this.userPaused;
    this.apply();
    this.host.requestUpdate();
  }

  readonly onEnter = (): void => {
    this.hovered = true;
    this.apply();
  };

  readonly onLeave = (): void => {
    this.hovered = false;
    this.apply();
  };

  readonly onFocusIn = (e: FocusEvent): void => {
    this.focused = true;
    this.apply();
    if (e.target instanceof Element) this.reveal(e.target);
  };

  readonly onFocusOut = (e: FocusEvent): void => {
    const box = this.options.box();
    if (box && e.relatedTarget instanceof Node && box.contains(e.relatedTarget)) return;
    this.focused = false;
    this.apply();
  };

  /** The browser scrolls the box to show a focused link: fold that into the animation instead. */
  readonly onScroll = (): void => {
    const box = this.options.box();
    if (!box || !this.animation || box.scrollTop === 0) return;
    const extra = box.scrollTop;
    box.scrollTop = 0;
    this.seek(this.offset() + extra);
  };

  private readonly onMedia = (e: MediaQueryListEvent): void => {
    this.reducedMotion = e.matches;
    this.host.requestUpdate();
  };

  /** Measures, then starts, adjusts or stops the animation to match. */
  private sync(): void {
    if (!this.host.isConnected) return;
    const box = this.options.box();
    const list = this.options.list();
    if (!this.options.enabled() || !box || !list) {
      this.unobserve();
      this.stop();
      this.setOverflowing(false);
      return;
    }
    this.observe([box, list]);
    this.setOverflowing(list.offsetHeight > box.clientHeight + 1);
    const track = this.options.track();
    const copy = this.options.copy();
    if (!this.active || !track || !copy) {
      // Not moving, or the copy is not rendered yet (the update that renders it syncs again).
      this.stop();
      return;
    }
    const period = copy.offsetTop - list.offsetTop;
    const speed = this.options.speed() > 0 ? this.options.speed() : DEFAULT_SPEED;
    const duration = (period / speed) * 1000;
    const current = this.animation;
    if (current && current.effect instanceof KeyframeEffect && current.effect.target === track) {
      if (period === this.period && duration === this.duration) {
        this.apply();
        return;
      }
    }
    const offset = this.offset();
    this.stop();
    if (period <= 0) return;
    box.scrollTop = 0;
    this.period = period;
    this.duration = duration;
    this.animation = track.animate([{ transform: 'translateY(0)' }, { transform: `translateY(${-period}px)` }], {
      duration,
      iterations: Infinity,
      easing: 'linear',
    });
    this.seek(offset);
    this.apply();
  }

  private setOverflowing(value: boolean): void {
    if (value === this.overflowing) return;
    this.overflowing = value;
    this.host.requestUpdate();
  }

  /** Plays or pauses the animation to match hover, focus and the button. */
  private apply(): void {
    const a = this.animation;
    if (!a) return;
    if (this.running && a.playState !== 'running') a.play();
    else if (!this.running && a.playState === 'running') a.pause();
  }

  /** How far the track has moved up, in px, within the current loop. */
  private offset(): number {
    const time = Number(this.animation?.currentTime ?? 0);
    return this.duration > 0 ? ((time % this.duration) / this.duration) * this.period : 0;
  }

  /** Moves the track so that `px` of it is above the box. */
  private seek(px: number): void {
    if (!this.animation || this.period <= 0) return;
    const at = ((px % this.period) + this.period) % this.period;
    this.animation.currentTime = (at / this.period) * this.duration;
  }

  /** Brings a focused item fully into the box, at its top, so keyboard users see what they are on. */
  private reveal(target: Element): void {
    const box = this.options.box();
    const list = this.options.list();
    const item = target.closest('li');
    if (!this.animation || !box || !list || !item || !list.contains(item)) return;
    box.scrollTop = 0;
    const top = item.offsetTop - list.offsetTop;
    const shown = this.offset();
    if (top >= shown && top + item.offsetHeight <= shown + box.clientHeight) return;
    this.seek(top);
  }

  private observe(targets: Element[]): void {
    if (this.resize && targets.every((t, i) => this.observed[i] === t)) return;
    this.unobserve();
    this.resize = new ResizeObserver(() => this.sync());
    for (const t of targets) this.resize.observe(t);
    this.observed = targets;
  }

  private unobserve(): void {
    this.resize?.disconnect();
    this.resize = undefined;
    this.observed = [];
  }

  private stop(): void {
    this.animation?.cancel();
    this.animation = undefined;
    this.period = 0;
    this.duration = 0;
  }
}
