/**
 * Window-scrolled virtualisation for long lists of fixed-height rows: only the rows near the
 * viewport are rendered, so a tree of ~1,300 units (all expanded) scrolls smoothly on a phone.
 * The page itself scrolls (no nested scroll area).
 */
import { type RefObject, useEffect, useState } from 'react';

export function useWindowVirtual(ref: RefObject<HTMLElement | null>, count: number, rowHeight: number, overscan = 8) {
  const [range, setRange] = useState({ start: 0, end: Math.min(count, 40) });
  useEffect(() => {
    let frame = 0;
    const update = () => {
      frame = 0;
      const el = ref.current;
      if (!el) return;
      const top = el.getBoundingClientRect().top;
      const first = Math.floor(Math.max(0, -top) / rowHeight);
      const visible = Math.ceil(window.innerHeight / rowHeight);
      const start = Math.max(0, first - overscan);
      const end = Math.min(count, first + visible + overscan);
      setRange((r) => (r.start === start && r.end === end ? r : { start, end }));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ref, count, rowHeight, overscan]);
  return { ...range, totalHeight: count * rowHeight };
}
