import { QueryClient } from '@tanstack/react-query';

/** The app's QueryClient: created once per mount. Models are static, so no refetch on focus. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
}
