import { useEffect, useState } from 'react';

/** `value`, but only after it has stayed the same for `delay` ms; for live regions that should not chatter. */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
