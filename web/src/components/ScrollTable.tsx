/**
 * A table wider than the screen (a phone at 360 px), scrolled sideways inside its own box — with a
 * visible cue while columns are out of sight: a line of text above it and a shadow on the side
 * where more columns are. Columns and buttons are never hidden without one (issue 9). The box is
 * focusable while it scrolls, so a keyboard can scroll it too (axe scrollable-region-focusable).
 */
import { Box, Text } from '@mantine/core';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Overflow {
  left: boolean;
  right: boolean;
}

/** Which sides of a scroll box hide content (a pixel of slack for sub-pixel widths). */
export function overflowOf(el: { scrollLeft: number; scrollWidth: number; clientWidth: number }): Overflow {
  const scrollLeft = Math.abs(el.scrollLeft); // right-to-left pages count scrollLeft negative
  return { left: scrollLeft > 1, right: scrollLeft + el.clientWidth < el.scrollWidth - 1 };
}

const shadow = (side: 'left' | 'right') => ({
  position: 'absolute' as const,
  top: 0,
  bottom: 0,
  [side]: 0,
  width: 24,
  pointerEvents: 'none' as const,
  background: `linear-gradient(to ${side === 'left' ? 'right' : 'left'}, rgba(0, 0, 0, 0.14), transparent)`,
});

export function ScrollTable({ minWidth, label, children }: { minWidth: number; label?: string; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState<Overflow>({ left: false, right: false });
  const measure = useCallback(() => {
    const el = ref.current;
    if (!el) return;
    const next = overflowOf(el);
    setOverflow((o) => (o.left === next.left && o.right === next.right ? o : next));
  }, []);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, [measure]);
  const scrolls = overflow.left || overflow.right;
  return (
    <div>
      {scrolls && (
        <Text size="xs" c="dimmed" mb={4} data-testid="scroll-hint">
          {t('common.scrollHint')}
        </Text>
      )}
      <Box pos="relative">
        {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: the label is set only together with role="region" (while it scrolls); one element throughout, so a table's inputs keep their state. */}
        <div
          ref={ref}
          onScroll={measure}
          tabIndex={scrolls ? 0 : undefined}
          role={scrolls ? 'region' : undefined}
          aria-label={scrolls ? (label ?? t('common.scrollHint')) : undefined}
          style={{ overflowX: 'auto' }}
        >
          <div style={{ minWidth }}>{children}</div>
        </div>
        {overflow.left && <div style={shadow('left')} aria-hidden />}
        {overflow.right && <div style={shadow('right')} aria-hidden />}
      </Box>
    </div>
  );
}
