// Clock helpers for the seed data. Appointments are placed at ordinary clinic hours
// in Norway (Europe/Oslo), relative to the moment the data is seeded, whatever time
// zone the machine runs in. All stored instants are UTC ISO strings.

const DAY_MS = 24 * 60 * 60 * 1000;

const osloFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * The wall-clock reading in Oslo at the given instant.
 * @param {Date} date
 */
function osloParts(date) {
  /** @type {Record<string, string>} */
  const parts = {};
  for (const part of osloFormat.formatToParts(date)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/**
 * Minutes Oslo is ahead of UTC at the given instant (60 in winter, 120 in summer).
 * @param {Date} date
 */
function osloOffsetMinutes(date) {
  const p = osloParts(date);
  const asIfUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asIfUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant when the clock in Oslo shows `hour:minute` on the day `dayOffset`
 * days after the Oslo date of `now`.
 * @param {Date} now
 * @param {number} dayOffset  0 = today, 1 = tomorrow, -7 = a week ago
 * @param {string} time  "HH:MM" in Oslo time
 * @param {{ weekdaysOnly?: boolean }} [options]  move Saturday and Sunday to the next Monday (forwards) or previous Friday (backwards)
 * @returns {Date}
 */
export function osloTime(now, dayOffset, time, { weekdaysOnly = false } = {}) {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  const today = osloParts(now);
  let day = today.day + dayOffset;
  if (weekdaysOnly) {
    const weekday = new Date(Date.UTC(today.year, today.month - 1, day)).getUTCDay(); // 0 Sunday, 6 Saturday
    if (weekday === 6) day += dayOffset >= 0 ? 2 : -1;
    if (weekday === 0) day += dayOffset >= 0 ? 1 : -2;
  }
  const wallClockAsUtc = Date.UTC(today.year, today.month - 1, day, hour, minute);
  // Two rounds so a daylight-saving change between now and then is handled.
  let instant = wallClockAsUtc - osloOffsetMinutes(new Date(wallClockAsUtc)) * 60000;
  instant = wallClockAsUtc - osloOffsetMinutes(new Date(instant)) * 60000;
  return new Date(instant);
}

/**
 * `now` moved by some minutes and rounded down to five minutes, for "happening right now".
 * @param {Date} now
 * @param {number} minutes
 */
export function minutesFrom(now, minutes) {
  const step = 5 * 60000;
  return new Date(Math.floor((now.getTime() + minutes * 60000) / step) * step);
}

/**
 * @param {Date} date
 * @param {number} minutes
 */
export function addMinutes(date, minutes) {
  return new Date(date.getTime() + minutes * 60000);
}

/**
 * @param {Date} date
 * @param {number} days
 */
export function addDays(date, days) {
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * The Oslo calendar date as FHIR `date` (YYYY-MM-DD).
 * @param {Date} date
 */
export function osloDate(date) {
  const p = osloParts(date);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}
