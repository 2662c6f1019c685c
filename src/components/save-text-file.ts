/**
 * Offers text as a file to download, as a link with `download` does: a Blob URL clicked through a
 * detached anchor, released once the browser has taken it. Nothing leaves the reader's device.
 */
export function saveTextFile(fileName: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the download has started from the click by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
