import { ConversionNotice } from './conversion-notice.tsx';
import { ModelOriginNotice } from './model-origin-notice.tsx';
import type { ConversionSummary } from './read-model-files.ts';

export interface OpenedFileNoticeProps {
  /** The name(s) of the files the model was opened from. */
  fileName: string;
  /** How it was converted, when it was not a Parley model. */
  conversion?: ConversionSummary | undefined;
}

/** Above a model opened from the reader's own files: where it comes from and, for a converted one, what the conversion left out. */
export function OpenedFileNotice({ fileName, conversion }: OpenedFileNoticeProps) {
  return (
    <>
      <ModelOriginNotice fileName={fileName} />
      {conversion && <ConversionNotice conversion={conversion} />}
    </>
  );
}
