import type { Ref } from 'react';
import type { ColorOf, CopyLink, ShowDetail } from '../item-views/detail-callbacks.ts';

/** What every view of the detail panel takes: its detail, the heading that names the panel, and the links out of it. */
export interface DetailViewProps<Detail> {
  detail: Detail;
  /** Id of the heading that names the panel. */
  headingId: string;
  headingRef?: Ref<HTMLHeadingElement>;
  onShow: ShowDetail;
  colorOf?: ColorOf;
  onCopyLink?: CopyLink;
}
