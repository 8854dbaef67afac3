import { describe, expect, it } from 'vitest';
import { overflowOf } from './ScrollTable.tsx';

describe('overflowOf', () => {
  it('says nothing is hidden when the table fits', () => {
    expect(overflowOf({ scrollLeft: 0, scrollWidth: 300, clientWidth: 300 })).toEqual({ left: false, right: false });
    // Sub-pixel widths round up by one.
    expect(overflowOf({ scrollLeft: 0, scrollWidth: 301, clientWidth: 300 })).toEqual({ left: false, right: false });
  });

  it('says columns are hidden on the right at the start, on both sides midway, on the left at the end', () => {
    expect(overflowOf({ scrollLeft: 0, scrollWidth: 640, clientWidth: 320 })).toEqual({ left: false, right: true });
    expect(overflowOf({ scrollLeft: 100, scrollWidth: 640, clientWidth: 320 })).toEqual({ left: true, right: true });
    expect(overflowOf({ scrollLeft: 320, scrollWidth: 640, clientWidth: 320 })).toEqual({ left: true, right: false });
  });

  it('reads a right-to-left scroll position (negative) the same way', () => {
    expect(overflowOf({ scrollLeft: -100, scrollWidth: 640, clientWidth: 320 })).toEqual({ left: true, right: true });
  });
});
