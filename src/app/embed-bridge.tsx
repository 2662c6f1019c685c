import { useMemo } from 'react';
import type { Model } from '../model/types';
import type { Selection } from '../view-state/view-state';
import { useEmbedBridge } from '../embed/use-embed-bridge';
import { resolveAllowedOrigins } from '../embed/resolve-allowed-origins';
import { selectDetail } from '../selectors/select-detail';
import { getDetailTitle } from '../detail-panel/get-detail-title';
import { getPositionTitle } from '../selectors/get-position-title';

export interface EmbedBridgeProps {
  model: Model;
  /** The app's content root, whose height the host's iframe takes. */
  root: Element | null;
  selection: Selection | null;
  /** The selection the page opened with (from its URL): the host knows it, so it is not reported. */
  openedWith: Selection | null;
  /** `origins=` from the URL: host origins allowed to script the embed. */
  origins: readonly string[];
  onShow: (kind: Selection['kind'], id: string) => void;
  onWindow: (from: string, to: string) => void;
  onStep: (step: number) => void;
}

/**
 * The iframe protocol of an embed (see embed/): host commands in, height and selections out.
 * A component so the app can load it, with what it needs, only when it runs embedded.
 */
export function EmbedBridge({ model, root, selection, openedWith, origins, onShow, onWindow, onStep }: EmbedBridgeProps) {
  const allowedOrigins = useMemo(
    () => resolveAllowedOrigins({ origins, referrer: document.referrer, ancestorOrigins: location.ancestorOrigins }),
    [origins],
  );
  const title = useMemo(() => {
    if (selection?.kind === 'position') {
      const position = model.positions.get(selection.id as never);
      return position && getPositionTitle(model, position);
    }
    const detail = selection ? selectDetail(model, selection) : undefined;
    return detail ? getDetailTitle(detail) : undefined;
  }, [model, selection]);
  useEmbedBridge({
    enabled: true,
    root,
    allowedOrigins,
    selection: selection && title !== undefined ? { kind: selection.kind, id: selection.id, title } : null,
    onSelect: onShow,
    onWindow,
    onStep,
    openedWith: openedWith ? `${openedWith.kind}:${openedWith.id}` : '',
  });
  return null;
}
