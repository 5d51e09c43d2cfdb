import { safeFileName } from '@hn-elements/core';
import type { AppointmentView } from './model.js';

/** iCalendar (RFC 5545) for one appointment, so the citizen can add it to their own calendar. */

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Escapes TEXT values: backslash, semicolon, comma and line breaks. */
export function escapeIcsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (UTF-8), continuing lines with one space. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export interface IcsTexts {
  /** Heading for the description's preparation part. */
  preparationLabel: string;
  videoLabel: string;
}

export function appointmentToIcs(item: AppointmentView, texts: IcsTexts, now: Date = new Date()): string {
  const end = item.end ?? new Date(item.start.getTime() + 30 * 60_000);
  const description = [
    item.description,
    item.practitioner,
    item.videoUrl ? `${texts.videoLabel}: ${item.videoUrl}` : undefined,
    item.preparation ? `${texts.preparationLabel}: ${item.preparation}` : undefined,
    item.sourceName,
  ]
    .filter(Boolean)
    .join('\n');
  const location = item.place ? [item.place.name, item.place.address].filter(Boolean).join(', ') : item.videoUrl;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//hn-elements//appointment-list//NO',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeIcsText(`${item.sourceId || 'bundle'}-${item.id}@hn-elements`)}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART:${utcStamp(item.start)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${escapeIcsText(item.title)}`,
    location ? `LOCATION:${escapeIcsText(location)}` : undefined,
    description ? `DESCRIPTION:${escapeIcsText(description)}` : undefined,
    item.videoUrl ? `URL:${item.videoUrl}` : undefined,
    item.status === 'cancelled' ? 'STATUS:CANCELLED' : 'STATUS:CONFIRMED',
    'END:VEVENT',
    'END:VCALENDAR',
  ].filter((line): line is string => line !== undefined);
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** The calendar file's name: core's file-name rule, the appointment's day (in Oslo) first. */
export function icsFileName(item: AppointmentView): string {
  return safeFileName(item.title, { extension: 'ics', date: item.start, fallback: 'time' });
}
