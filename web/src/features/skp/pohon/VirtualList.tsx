/**
 * A minimal fixed-row-height virtual list: only the rows inside the scrolled window (plus a few
 * above and below) are in the DOM, so tens of thousands of rows scroll smoothly on a phone.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';

export function VirtualList({
  count,
  rowHeight,
  height,
  renderRow,
  overscan = 8,
  label,
}: {
  count: number;
  rowHeight: number;
  height: number;
  renderRow: (index: number) => ReactNode;
  overscan?: number;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const total = count * rowHeight;
  const viewport = Math.min(height, Math.max(total, rowHeight));
  // Keep the scroll position valid when rows collapse.
  useEffect(() => {
    const el = ref.current;
    if (el && el.scrollTop > Math.max(0, total - viewport)) {
      el.scrollTop = Math.max(0, total - viewport);
      setScrollTop(el.scrollTop);
    }
  }, [total, viewport]);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  const items: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    items.push(
      <li key={i} style={{ position: 'absolute', top: i * rowHeight, left: 0, right: 0, height: rowHeight }}>
        {renderRow(i)}
      </li>,
    );
  }
  return (
    <div
      ref={ref}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      style={{ height: viewport, overflowY: 'auto', position: 'relative', overscrollBehavior: 'contain' }}
    >
      <ul aria-label={label} style={{ height: total, position: 'relative', listStyle: 'none', margin: 0, padding: 0 }}>
        {items}
      </ul>
    </div>
  );
}
