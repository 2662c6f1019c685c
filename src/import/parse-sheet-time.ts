/** A clock time read from a spreadsheet cell. */
export interface SheetTime {
  readonly hour: number;
  readonly minute?: number;
  readonly second?: number;
}

/**
 * A TimelineJS sheet's Time cell → hour, minute and second: "7:02", "07:02:30", "0702", "7.02",
 * "7:02 PM", "7 pm", as TimelineJS reads them. Undefined when it is not a time.
 */
export function parseSheetTime(cell: string): SheetTime | undefined {
  let text = cell.trim();
  const period = /\s*([ap])\.?m\.?\s*$/i.exec(text);
  if (period) text = text.slice(0, period.index).trim();
  const compact = /^(\d{1,2})(\d{2})$/.exec(text);
  const parts = compact ? [compact[1] ?? '', compact[2] ?? ''] : text.split(text.includes(':') ? ':' : '.');
  if (parts.length > 3 || parts.some((p) => !/^\d{1,2}$/.test(p))) return undefined;
  let hour = Number(parts[0]);
  const ampm = period?.[1]?.toLowerCase();
  if (ampm !== undefined && (hour < 1 || hour > 12)) return undefined;
  if (ampm === 'p' && hour !== 12) hour += 12;
  if (ampm === 'a' && hour === 12) hour = 0;
  const minute = parts[1] === undefined ? undefined : Number(parts[1]);
  const second = parts[2] === undefined ? undefined : Number(parts[2]);
  if (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return undefined;
  return { hour, ...(minute !== undefined && { minute }), ...(second !== undefined && { second }) };
}
