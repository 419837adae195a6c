const DAY_MS = 86_400_000;

/** The demo's fixed "today": the data looks the same whichever day it is seeded. */
export const TODAY = "2026-11-28";

export function dayNumber(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export const TODAY_DAY = dayNumber(TODAY);

/** A moment on `day` at `hour`:`minute` local time for a zone `utcOffset` hours ahead of UTC. */
export function momentOn(day: number, hour: number, minute: number, utcOffset: number): Date {
  return new Date(day * DAY_MS + ((hour - utcOffset) * 60 + minute) * 60_000);
}

export function yearOf(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

export function monthOf(day: number): number {
  return new Date(day * DAY_MS).getUTCMonth() + 1;
}
