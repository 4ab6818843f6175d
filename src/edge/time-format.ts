// Formats instants for people, in the plan's time zone whatever the script's zone is.

export function formatInstant(instant: number, timeZone: string): string {
  return Utilities.formatDate(new Date(instant), timeZone, 'dd/MM/yyyy HH:mm');
}
