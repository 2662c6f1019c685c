// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../components/error-boundary';
import { createModuleLoader } from './create-module-loader';
import { useLoadedModule } from './use-loaded-module';

afterEach(cleanup);

interface Greeting {
  readonly text: string;
}

function Probe({ loader }: { loader: ReturnType<typeof createModuleLoader<Greeting>> }) {
  const module = useLoadedModule(loader);
  return <p>{module ? module.text : 'Loading…'}</p>;
}

describe('useLoadedModule', () => {
  it('shows the loading state, fetches the module and renders it when it arrives', async () => {
    let arrive: (m: Greeting) => void = () => {};
    const importer = vi.fn(() => new Promise<Greeting>((resolve) => (arrive = resolve)));
    const loader = createModuleLoader(importer);
    render(<Probe loader={loader} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(importer).toHaveBeenCalledTimes(1);
    arrive({ text: 'Who talks about whom' });
    expect(await screen.findByText('Who talks about whom')).toBeTruthy();
  });

  it('renders a module fetched ahead of time in the first render, with no loading state', async () => {
    const loader = createModuleLoader(() => Promise.resolve({ text: 'Prefetched' }));
    await loader.load();
    const { container } = render(<Probe loader={loader} />);
    expect(container.textContent).toBe('Prefetched');
  });

  it('throws a failed import to the nearest error boundary', async () => {
    const loader = createModuleLoader<Greeting>(() => Promise.reject(new Error('chunk failed')));
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary fallback={(error) => <p>Failed: {(error as Error).message}</p>}>
        <Probe loader={loader} />
      </ErrorBoundary>,
    );
    expect(await screen.findByText('Failed: chunk failed')).toBeTruthy();
    vi.restoreAllMocks();
  });
});
