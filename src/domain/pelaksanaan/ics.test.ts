import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buatUndanganIcs, icsEscape, icsFold, icsUtc } from './ics.ts';

const base = {
  uid: 'dialog-123@kinerja',
  sequence: 2,
  dtstamp: new Date('2026-05-01T03:04:05.678Z'),
  mulai: new Date('2026-05-10T02:00:00Z'),
  selesai: new Date('2026-05-10T03:00:00Z'),
  summary: 'Dialog kinerja: Budi, S.E.; TW2',
};

describe('calendar invitation (RFC 5545)', () => {
  it('writes a REQUEST with a stable UID, DTSTAMP and UTC start/end, CRLF line ends', () => {
    const ics = buatUndanganIcs({
      ...base,
      location: 'Ruang rapat 2, lantai 3',
      organizer: { nama: 'Kasi "Umum"', email: 'kasi@example.go.id' },
      attendees: [{ nama: 'Budi', email: null }],
    });
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('METHOD:REQUEST');
    expect(lines).toContain('UID:dialog-123@kinerja');
    expect(lines).toContain('SEQUENCE:2');
    expect(lines).toContain('DTSTAMP:20260501T030405Z');
    expect(lines).toContain('DTSTART:20260510T020000Z');
    expect(lines).toContain('DTEND:20260510T030000Z');
    expect(lines).toContain('SUMMARY:Dialog kinerja: Budi\\, S.E.\\; TW2');
    expect(lines).toContain('LOCATION:Ruang rapat 2\\, lantai 3');
    expect(lines).toContain('ORGANIZER;CN="Kasi Umum":mailto:kasi@example.go.id');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED', () => {
    const ics = buatUndanganIcs({ ...base, status: 'CANCELLED', description: 'a\nb' });
    expect(ics).toContain('METHOD:CANCEL\r\n');
    expect(ics).toContain('STATUS:CANCELLED\r\n');
    expect(ics).toContain('DESCRIPTION:a\\nb\r\n');
  });

  it('escapes backslash, semicolon, comma and newlines so a hostile place cannot add properties', () => {
    expect(icsEscape('a\\b;c,d\r\nATTENDEE:x')).toBe('a\\\\b\\;c\\,d\\nATTENDEE:x');
    const ics = buatUndanganIcs({ ...base, location: 'x\r\nATTENDEE:mailto:evil@x' });
    expect(ics.split('\r\n').filter((l) => l.startsWith('ATTENDEE'))).toEqual([]);
  });

  it('formats UTC instants in the basic form', () => {
    expect(icsUtc(new Date('2026-12-31T23:59:59.999Z'))).toBe('20261231T235959Z');
  });

  it('folds lines at 75 octets without splitting a character (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        const folded = icsFold(`SUMMARY:${s}`);
        const parts = folded.split('\r\n');
        for (const p of parts) expect(new TextEncoder().encode(p).length).toBeLessThanOrEqual(75);
        expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(`SUMMARY:${s}`);
      }),
    );
  });
});
