// Dates as people in the meeting read them: the local time zone, ISO order.
const two = (n: number) => String(n).padStart(2, '0');

/** "2026-12-03". */
export const localDate = (date: Date): string =>
  `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;

/** "2026-12-03 10:05"; an unreadable ISO string is given back as it is. */
export function localDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${localDate(date)} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
