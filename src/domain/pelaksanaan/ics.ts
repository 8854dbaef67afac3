/**
 * A calendar invitation for a dialog kinerja (RFC 5545 iCalendar, METHOD:REQUEST per RFC 5546).
 * Written by hand: the format needs a dozen lines, escaping and line folding, which is smaller and
 * easier to audit than a dependency.
 */

export interface UndanganDialog {
  /** Stable per dialog (RFC 5545 §3.8.4.7): a reschedule updates the same event. */
  uid: string;
  /** Increases on every change of the dialog (§3.8.7.4), so calendars replace the old one. */
  sequence: number;
  dtstamp: Date;
  mulai: Date;
  selesai: Date;
  summary: string;
  description?: string | null;
  location?: string | null;
  /** CN and mailto of the organiser and attendees, when they have an address. */
  organizer?: { nama: string; email: string | null };
  attendees?: Array<{ nama: string; email: string | null }>;
  status?: 'CONFIRMED' | 'CANCELLED';
}

const utf8 = new TextEncoder();

/** UTC date-time in the basic format (§3.3.5 form #2), e.g. 20260510T010000Z. */
export function icsUtc(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT escaping (§3.3.11): backslash, semicolon, comma, newline. CR is dropped. */
export function icsEscape(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A parameter value (§3.2): quoted, with the characters a quoted value cannot hold removed. */
function icsParam(s: string): string {
  return `"${s.replace(/["\r\n]/g, '')}"`;
}

/**
 * Folds a content line at 75 octets (§3.1): continuation lines start with one space. Splits on code
 * points so a multi-byte character is never cut in half.
 */
export function icsFold(line: string): string {
  const out: string[] = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = utf8.encode(ch).length;
    const limit = out.length ? 74 : 75;
    if (bytes + n > limit) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

function person(prop: string, p: { nama: string; email: string | null }, extra = ''): string {
  // Without an address the calendar still shows the name; the URI is then a placeholder.
  return `${prop};CN=${icsParam(p.nama)}${extra}:mailto:${p.email ?? 'tanpa-email@kinerja.invalid'}`;
}

/** The whole VCALENDAR, CRLF line endings. */
export function buatUndanganIcs(u: UndanganDialog): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kinerja//Dialog Kinerja//ID',
    'CALSCALE:GREGORIAN',
    `METHOD:${u.status === 'CANCELLED' ? 'CANCEL' : 'REQUEST'}`,
    'BEGIN:VEVENT',
    `UID:${u.uid}`,
    `SEQUENCE:${u.sequence}`,
    `DTSTAMP:${icsUtc(u.dtstamp)}`,
    `DTSTART:${icsUtc(u.mulai)}`,
    `DTEND:${icsUtc(u.selesai)}`,
    `SUMMARY:${icsEscape(u.summary)}`,
    ...(u.description ? [`DESCRIPTION:${icsEscape(u.description)}`] : []),
    ...(u.location ? [`LOCATION:${icsEscape(u.location)}`] : []),
    ...(u.organizer ? [person('ORGANIZER', u.organizer)] : []),
    ...(u.attendees ?? []).map((a) => person('ATTENDEE', a, ';ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION')),
    `STATUS:${u.status ?? 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(icsFold).join('\r\n')}\r\n`;
}
