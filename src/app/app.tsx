import { useQuery } from '@tanstack/react-query';
import { modelQueryOptions } from '../data/model-query-options';
import { LoadingIndicator } from '../components/loading-indicator';
import { ModelErrorView } from './model-error-view';
import { EventList } from '../event-list/event-list';

interface AppProps {
  /** Address of the model to show (the bundled one unless `?model=` says otherwise). */
  modelUrl: string;
}

/** Loads the model and shows the timeline, or why it can't. */
export function App({ modelUrl }: AppProps) {
  const query = useQuery(modelQueryOptions(modelUrl));
  if (query.isPending) return <LoadingIndicator label="Loading the timeline…" />;
  if (query.isError) {
    return <ModelErrorView error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  const { model } = query.data;
  return (
    <>
      <header className="app-header">
        <h1 className="app-header__title">{model.meta.title}</h1>
        <p className="app-header__description">{model.meta.description}</p>
      </header>
      <main id="main">
        <EventList model={model} />
      </main>
    </>
  );
}
