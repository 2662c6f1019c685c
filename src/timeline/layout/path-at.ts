/**
 * A constant SVG path (a glyph centred on 0,0) as a function of where it is drawn: `pathAt(d)(x, y)`
 * is `d` with its absolute coordinates moved by (x, y). Marks are placed this way, not with a
 * `transform` attribute: each transformed element is a paint chunk of its own, and Chromium sorts
 * every chunk into compositor layers again on each frame a gesture moves the layer (at 10,000 events
 * that was ~7 ms a frame). Handles the commands glyphs use: M L H V A (absolute), any relative
 * command, Z.
 */
export function pathAt(d: string): (x: number, y: number) => string {
  type Part = string | { readonly n: number; readonly axis: 'x' | 'y' };
  const parts: Part[] = [];
  for (const [, command, args] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    parts.push(command!);
    const numbers = (args!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? []).map(Number);
    const axes = axesOf(command!, numbers.length);
    numbers.forEach((n, i) => {
      if (i > 0) parts.push(',');
      const axis = axes[i];
      parts.push(axis ? { n, axis } : String(n));
    });
  }
  return (x, y) => {
    let out = '';
    for (const part of parts) out += typeof part === 'string' ? part : round(part.n + (part.axis === 'x' ? x : y));
    return out;
  };
}

/** Which argument of an absolute command is an x or a y coordinate (relative ones move with the pen). */
function axesOf(command: string, count: number): ('x' | 'y' | undefined)[] {
  const axes: ('x' | 'y' | undefined)[] = [];
  for (let i = 0; i < count; i++) {
    if (command === 'M' || command === 'L') axes.push(i % 2 ? 'y' : 'x');
    else if (command === 'H') axes.push('x');
    else if (command === 'V') axes.push('y');
    else if (command === 'A') axes.push(i % 7 === 5 ? 'x' : i % 7 === 6 ? 'y' : undefined);
    else if (/[a-z]/.test(command)) axes.push(undefined);
    else throw new Error(`pathAt: unsupported command ${command}`);
  }
  return axes;
}

const round = (n: number) => String(Math.round(n * 100) / 100);
