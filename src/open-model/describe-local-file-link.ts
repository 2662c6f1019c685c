/**
 * Why a model opened from the reader's own files has no links, embeds or shareable address, and how
 * to get them: the page cannot put a local file into a URL, and a link without it would open another model.
 */
export function describeLocalFileLink(fileName: string): string {
  return (
    `No link can carry ${fileName}: it is a file on this device, not on the web, and a link without it would open another model. ` +
    'To share this timeline, publish the model file on a website and open it with ?model=<its address> (see "Publishing" in Parley’s README).'
  );
}
